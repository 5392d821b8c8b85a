#include "history/historymodel.h"
#include "displayformat.h"

#include "errortext.h"

#include <QColor>

#include <QFutureWatcher>

#include <algorithm>

namespace rh {

namespace {

/// Text colour of a state, readable on light and dark bases: blue waiting, amber running, green, red, orange.
QColor stateColour(TaskState state)
{
    switch (state) {
    case TaskState::Submitting:
    case TaskState::Create:
    case TaskState::Queued:
        return QColor(0x25, 0x63, 0xeb);
    case TaskState::Running:
        return QColor(0xb4, 0x53, 0x09);
    case TaskState::Success:
        return QColor(0x16, 0xa3, 0x4a);
    case TaskState::Failed:
    case TaskState::Rejected:
    case TaskState::NotFound:
        return QColor(0xdc, 0x26, 0x26);
    case TaskState::Unknown:
    case TaskState::GaveUp:
        return QColor(0xea, 0x58, 0x0c);
    case TaskState::None:
    case TaskState::Cancelled:
        break;
    }
    return {};
}

// SQLite's CAST(x AS REAL) for the store's number strings (NOT NULL, '' when unknown): text that is not a
// number, the empty string included, is 0.0.
double castToReal(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? value : 0.0;
}

// length(x), x for digit strings: numeric order.
int compareDigits(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

int compareRuns(const RunRecord &a, const RunRecord &b, HistoryStore::Column column)
{
    switch (column) {
    case HistoryStore::Column::CreatedAt: {
        const qint64 x = a.createdAt.toMSecsSinceEpoch(), y = b.createdAt.toMSecsSinceEpoch();
        return x == y ? 0 : (x < y ? -1 : 1);
    }
    case HistoryStore::Column::AppName: {
        const QByteArray x = a.appName.toUtf8(), y = b.appName.toUtf8(); // SQLite BINARY collation
        return x == y ? 0 : (x < y ? -1 : 1);
    }
    case HistoryStore::Column::WebappId:
        return compareDigits(a.webappId, b.webappId);
    case HistoryStore::Column::TaskId:
        return compareDigits(a.taskId, b.taskId);
    case HistoryStore::Column::State:
        return taskStateKey(a.state).compare(taskStateKey(b.state));
    case HistoryStore::Column::CostTime:
    case HistoryStore::Column::Coins: {
        const bool cost = column == HistoryStore::Column::CostTime;
        const double x = castToReal(cost ? a.costTime : a.coins), y = castToReal(cost ? b.costTime : b.coins);
        return x == y ? 0 : (x < y ? -1 : 1);
    }
    }
    return 0;
}

} // namespace

HistoryModel::HistoryModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    Q_ASSERT(store);
    connect(store, &HistoryStore::runAdded, this, &HistoryModel::onRunAdded);
    connect(store, &HistoryStore::runChanged, this, &HistoryModel::onRunChanged);
    connect(store, &HistoryStore::runRemoved, this, &HistoryModel::onRunRemoved);
    reload();
}

void HistoryModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    reload();
}

void HistoryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return; // the view asks again when sorting is switched on: the rows are already in this order
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_ids.clear();
    m_offset = 0;
    bool exhausted = false;
    m_rows = readPage(&exhausted);
    m_total = int(m_rows.size());
    m_morePages = !exhausted;
    m_totalKnown = exhausted;
    ++m_countRound; // an answer still coming for the last filter is no longer wanted
    endResetModel();
    if (!exhausted)
        countLater(); // a count over 100,000 runs can take tens of milliseconds: not on the GUI thread
    Q_EMIT totalCountChanged(m_total);
}

void HistoryModel::countLater()
{
    m_totalKnown = false;
    const quint64 round = ++m_countRound;
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher, round] {
        watcher->deleteLater();
        // An answer for an earlier filter, or a count that failed (paging still goes on page by page).
        if (round != m_countRound || watcher->future().resultCount() == 0 || watcher->result() < 0)
            return;
        m_total = qMax(int(m_rows.size()), watcher->result());
        m_totalKnown = true;
        Q_EMIT totalCountChanged(m_total);
    });
    watcher->setFuture(m_store->countLater(m_filter));
}

QVector<RunRecord> HistoryModel::readPage(bool *exhausted)
{
    const QList<RunRecord> page = m_store->page(m_filter, storeColumn(m_sortColumn), m_sortOrder, m_offset, m_pageSize);
    m_offset += int(page.size());
    // Fewer than asked for: the store has no more (rows may have left the filter since it was counted).
    *exhausted = page.size() < m_pageSize;
    QVector<RunRecord> fresh;
    fresh.reserve(page.size());
    for (const RunRecord &run : page) {
        if (m_ids.contains(run.id))
            continue; // moved into this page after a change since the earlier pages were read
        m_ids.insert(run.id);
        fresh.append(run);
    }
    return fresh;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && (m_rows.size() < m_total || (!m_totalKnown && m_morePages));
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    bool exhausted = false;
    const QVector<RunRecord> fresh = readPage(&exhausted);
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
    }
    m_morePages = !exhausted && !fresh.isEmpty();
    if (!m_morePages) {
        m_total = int(m_rows.size());
        m_totalKnown = true;
        ++m_countRound; // everything is loaded: a count still coming adds nothing
        Q_EMIT totalCountChanged(m_total);
    } else if (!m_totalKnown) {
        m_total = qMax(m_total, int(m_rows.size()));
    }
}

qint64 HistoryModel::runId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

RunRecord HistoryModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : RunRecord{};
}

int HistoryModel::rowOfRun(qint64 runId) const
{
    if (!m_ids.contains(runId))
        return -1;
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [runId](const RunRecord &r) { return r.id == runId; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::displayData(const RunRecord &run, int column) const
{
    switch (column) {
    case TimeColumn:
        return DisplayFormat::dateTime(run.createdAt);
    case AppColumn:
        return run.appName.isEmpty() ? run.webappId : run.appName;
    case StateColumn:
        return ErrorText::stateName(run.state);
    case TaskIdColumn:
        return run.taskId;
    case CostTimeColumn:
        return DisplayFormat::runTime(run.costTime);
    case CoinsColumn:
        return DisplayFormat::coins(run.coins);
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &run = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(run, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return DisplayFormat::longDateTime(run.createdAt);
        if (index.column() == AppColumn)
            return tr("App ID: %1").arg(run.webappId);
        if (index.column() == StateColumn)
            return run.errorText.isEmpty() ? ErrorText::stateSentence(run.state) : run.errorText;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && stateColour(run.state).isValid())
            return stateColour(run.state);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CostTimeColumn || index.column() == CoinsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case RunIdRole:
        return run.id;
    case StateRole:
        return int(run.state);
    case WebappIdRole:
        return run.webappId;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AppColumn:
        return tr("App");
    case StateColumn:
        return tr("State");
    case TaskIdColumn:
        return tr("Task ID");
    case CostTimeColumn:
        return tr("Run time");
    case CoinsColumn:
        return DisplayFormat::costTitle();
    default:
        return {};
    }
}

HistoryStore::Column HistoryModel::storeColumn(int column)
{
    switch (column) {
    case AppColumn:
        return HistoryStore::Column::AppName;
    case StateColumn:
        return HistoryStore::Column::State;
    case TaskIdColumn:
        return HistoryStore::Column::TaskId;
    case CostTimeColumn:
        return HistoryStore::Column::CostTime;
    case CoinsColumn:
        return HistoryStore::Column::Coins;
    default:
        return HistoryStore::Column::CreatedAt;
    }
}

bool HistoryModel::matches(const RunRecord &run, const HistoryFilter &filter)
{
    if (!filter.server.isEmpty() && run.server != filter.server)
        return false;
    if (!filter.matchesText(run.appName, run.webappId, run.taskId))
        return false;
    if (!filter.webappId.isEmpty() && run.webappId != filter.webappId)
        return false;
    return !filter.state || run.state == *filter.state;
}

bool HistoryModel::lessThan(const RunRecord &a, const RunRecord &b, HistoryStore::Column column)
{
    const int order = compareRuns(a, b, column);
    return order != 0 ? order < 0 : a.id < b.id;
}

void HistoryModel::onRunAdded(qint64 runId)
{
    const std::optional<RunRecord> found = m_store->run(runId);
    if (!found || m_ids.contains(runId) || !matches(*found, m_filter))
        return;
    RunRecord run = *found;
    run.outputs.clear(); // rows are kept light, as page() reads them
    run.events.clear();
    const HistoryStore::Column column = storeColumn(m_sortColumn);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const auto before = [column, ascending](const RunRecord &x, const RunRecord &y) {
        return ascending ? lessThan(x, y, column) : lessThan(y, x, column);
    };
    const int row = int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), run, before) - m_rows.cbegin());
    const bool allLoaded = m_totalKnown && m_rows.size() == m_total;
    if (row < m_rows.size() || allLoaded) {
        // Inside what is loaded (or everything is loaded): show it now. Otherwise a later page brings it.
        beginInsertRows({}, row, row);
        m_rows.insert(row, run);
        m_ids.insert(runId);
        ++m_offset;
        endInsertRows();
    }
    if (!m_totalKnown) {
        countLater(); // the count under way may have missed this run: count again
        return;
    }
    ++m_total;
    Q_EMIT totalCountChanged(m_total);
}

void HistoryModel::onRunChanged(qint64 runId)
{
    const int row = rowOfRun(runId);
    if (row < 0)
        return;
    const std::optional<RunRecord> found = m_store->run(runId);
    if (!found)
        return;
    RunRecord &run = m_rows[row];
    run = *found;
    run.outputs.clear();
    run.events.clear();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void HistoryModel::onRunRemoved(qint64 runId)
{
    const int row = rowOfRun(runId);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_ids.remove(runId);
        --m_offset;
        endRemoveRows();
    }
    if (row >= 0 || !m_totalKnown) {
        m_total = qMax(int(m_rows.size()), m_total - (row >= 0 ? 1 : 0));
        Q_EMIT totalCountChanged(m_total);
        return;
    }
    // A run that was not loaded may or may not have matched the filter: ask the store.
    countLater();
}

} // namespace rh
