#include "queue/queuemodel.h"
#include "displayformat.h"

#include "errortext.h"

#include "task/runqueue.h"

#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace rh {

namespace {

QColor stateColour(JobState state)
{
    switch (state) {
    case JobState::Uploading:
    case JobState::Submitting:
    case JobState::Queued:
        return QColor(0x25, 0x63, 0xeb);
    case JobState::Running:
        return QColor(0xb4, 0x53, 0x09);
    case JobState::Succeeded:
        return QColor(0x16, 0xa3, 0x4a);
    case JobState::Failed:
        return QColor(0xdc, 0x26, 0x26);
    case JobState::Unknown:
    case JobState::OnHold:
        return QColor(0xea, 0x58, 0x0c);
    case JobState::Waiting:
    case JobState::Cancelled:
        break;
    }
    return {};
}

bool isMovable(JobState state)
{
    return state == JobState::Waiting || state == JobState::OnHold;
}

} // namespace

QueueModel::QueueModel(RunQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
    , m_rows(int(queue->jobs().size()))
{
    connect(queue, &RunQueue::jobsAdded, this, [this](int first, int last) {
        beginInsertRows({}, first, last);
        m_rows = int(m_queue->jobs().size());
        endInsertRows();
    });
    connect(queue, &RunQueue::aboutToReset, this, [this] { beginResetModel(); });
    connect(queue, &RunQueue::reset, this, [this] {
        m_rows = int(m_queue->jobs().size());
        endResetModel();
    });
    connect(queue, &RunQueue::jobChanged, this, [this](qint64 id) {
        const int row = m_queue->indexOf(id);
        if (row >= 0 && row < m_rows)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

qint64 QueueModel::jobId(int row) const
{
    return row >= 0 && row < m_rows ? m_queue->jobs().at(row).id : 0;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const Job &job = m_queue->jobs().at(index.row());
    switch (role) {
    case JobIdRole:
        return job.id;
    case StateRole:
        return int(job.state);
    case BatchIdRole:
        return job.origin.batchId;
    case Qt::ForegroundRole:
        return index.column() == StateColumn ? QVariant(stateColour(job.state)) : QVariant();
    case Qt::ToolTipRole:
        return job.errorText.isEmpty() && job.failureKey.isEmpty() ? QVariant()
                                                                   : QVariant(ErrorText::forJobFailure(job));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case LabelColumn:
        return job.label;
    case AppColumn:
        return job.appName.isEmpty() ? job.request.webappId : job.appName;
    case StateColumn:
        return ErrorText::jobStateName(job.state);
    case TaskIdColumn:
        return job.taskId;
    case AttemptsColumn:
        return job.attempt;
    case CostColumn:
        return DisplayFormat::coins(job.coins);
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case AppColumn:
        return tr("App");
    case StateColumn:
        return tr("State");
    case TaskIdColumn:
        return tr("Task ID");
    case AttemptsColumn:
        return tr("Attempts");
    case CostColumn:
        return tr("Cost");
    default:
        return {};
    }
}

Qt::ItemFlags QueueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.row() < m_rows && isMovable(m_queue->jobs().at(index.row()).state))
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList QueueModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *QueueModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = jobId(index.row());
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), bytes);
    return mime;
}

bool QueueModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return data && data->hasFormat(mimeType()) && action == Qt::MoveAction;
}

bool QueueModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<qint64> ids;
    QDataStream stream(data->data(mimeType()));
    stream >> ids;
    // Dropped on a row: before it; between rows: at row; below the last: at the end.
    const int at = row >= 0 ? row : (parent.isValid() ? parent.row() : m_rows);
    m_queue->move(ids, at);
    // The queue has reordered itself: the view must not remove the dragged rows afterwards.
    return false;
}

Qt::DropActions QueueModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions QueueModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace rh
