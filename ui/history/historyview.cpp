#include "history/historyview.h"
#include "displayformat.h"

#include "errortext.h"
#include "history/historycostlabel.h"
#include "history/historymodel.h"
#include "model/requestfrompreview.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rh {

namespace {

QString eventTime(const QDateTime &at)
{
    return DisplayFormat::dateTime(at);
}

QTreeWidget *makeTree(const QString &objectName, const QString &accessibleName, const QStringList &headers,
                      QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->setAlternatingRowColors(true);
    for (int column = 0; column < headers.size() - 1; ++column)
        tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    return tree;
}

QPushButton *makeButton(const QString &text, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setEnabled(false);
    return button;
}

} // namespace

HistoryView::~HistoryView()
{
    // The table goes with the QWidget part of this object, after HistoryView is gone: its header must not call
    // back into a HistoryView that no longer exists while it hides and resizes.
    m_table->horizontalHeader()->disconnect(this);
}

HistoryView::HistoryView(HistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new HistoryModel(store, this))
    , m_filterTimer(new QTimer(this))
{
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &HistoryView::applyFilter);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTableView"));
    m_table->setAccessibleName(tr("History"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    sizeColumns();
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column != HistoryModel::AppColumn)
            fitAppColumn();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryView::onCurrentRowChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_showResultsButton->isEnabled())
            m_showResultsButton->click();
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    auto *tableBox = new QWidget(splitter);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    m_costLabel = new HistoryCostLabel(store, tableBox);
    tableLayout->addWidget(m_costLabel);
    splitter->addWidget(tableBox);
    splitter->addWidget(makeDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeFilterRow());
    layout->addWidget(splitter, 1);

    connect(m_model, &HistoryModel::totalCountChanged, this, &HistoryView::updateCountLabel);
    connect(m_model, &HistoryModel::rowsInserted, this, &HistoryView::updateCountLabel);
    connect(m_model, &HistoryModel::modelReset, this, [this] {
        // The selection does not survive a reset: keep showing the same run when it is still listed.
        if (!m_current || !selectRun(m_current->id))
            showRun(std::nullopt);
    });
    connect(store, &HistoryStore::runChanged, this, [this](qint64 runId) {
        if (m_current && m_current->id == runId)
            showRun(m_store->run(runId));
    });
    connect(store, &HistoryStore::runRemoved, this, [this](qint64 runId) {
        if (m_current && m_current->id == runId)
            showRun(std::nullopt);
    });
    updateCountLabel();
    m_costLabel->setFilter(m_model->filter());
    showRun(std::nullopt);
}

QWidget *HistoryView::makeFilterRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filterEdit = new QLineEdit(row);
    m_filterEdit->setObjectName(QStringLiteral("historyFilterLineEdit"));
    m_filterEdit->setAccessibleName(tr("Filter history"));
    m_filterEdit->setPlaceholderText(tr("Filter by app name, app ID or task ID"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &HistoryView::applyFilter);

    m_stateCombo = new QComboBox(row);
    m_stateCombo->setObjectName(QStringLiteral("historyStateComboBox"));
    m_stateCombo->setAccessibleName(tr("State"));
    m_stateCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stateCombo->setMinimumContentsLength(9); // the filter row fits a narrow panel; the list shows names whole
    m_stateCombo->addItem(tr("All states"), -1);
    for (int i = int(TaskState::Submitting); i <= int(TaskState::GaveUp); ++i)
        m_stateCombo->addItem(ErrorText::stateName(TaskState(i)), i);
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilter);

    m_countLabel = new QLabel(row);
    m_countLabel->setObjectName(QStringLiteral("historyCountLabel"));

    layout->addWidget(m_filterEdit, 1);
    auto *stateLabel = new QLabel(tr("S&tate:"), row);
    stateLabel->setBuddy(m_stateCombo);
    layout->addWidget(stateLabel);
    layout->addWidget(m_stateCombo);
    layout->addWidget(m_countLabel);
    return row;
}

QWidget *HistoryView::makeDetails()
{
    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summaryLabel = new QLabel(details);
    m_summaryLabel->setObjectName(QStringLiteral("historySummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel = new QLabel(details);
    m_errorLabel->setObjectName(QStringLiteral("historyErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color:#991b1b; }"));

    m_tabs = new QTabWidget(details);
    m_tabs->setObjectName(QStringLiteral("historyDetailsTabWidget"));
    m_tabs->setAccessibleName(tr("Run details"));
    m_requestText = new QPlainTextEdit(m_tabs);
    m_requestText->setObjectName(QStringLiteral("historyRequestTextEdit"));
    m_requestText->setAccessibleName(tr("Request"));
    m_requestText->setReadOnly(true);
    m_requestText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_eventsTree = makeTree(QStringLiteral("historyEventsTreeWidget"), tr("Events"),
                            {tr("Time"), tr("State"), tr("Detail")}, m_tabs);
    m_outputsTree = makeTree(QStringLiteral("historyOutputsTreeWidget"), tr("Outputs"),
                             {tr("Type"), tr("Saved as"), tr("URL")}, m_tabs);
    m_tabs->addTab(m_eventsTree, tr("&Events"));
    m_tabs->addTab(m_outputsTree, tr("&Outputs"));
    m_tabs->addTab(m_requestText, tr("Re&quest"));

    auto *buttons = new QHBoxLayout;
    m_fillFormButton = makeButton(tr("Fill the for&m"), QStringLiteral("fillFormButton"), tr("Fill the form"), details);
    m_fillFormButton->setToolTip(tr("Put this run's inputs into the form, to change them or run them again."));
    m_runAgainButton = makeButton(tr("Run a&gain"), QStringLiteral("runAgainButton"), tr("Run again"), details);
    m_runAgainButton->setToolTip(tr("Send this run's inputs again now, after the usual checks."));
    m_showResultsButton =
        makeButton(tr("Sho&w results"), QStringLiteral("showResultsButton"), tr("Show results"), details);
    m_watchAgainButton = makeButton(tr("Loo&k again"), QStringLiteral("watchAgainButton"), tr("Look again"), details);
    m_watchAgainButton->setToolTip(tr("Ask RunningHub again about a task this app stopped watching."));
    connect(m_fillFormButton, &QPushButton::clicked, this, [this] {
        if (m_currentRequest)
            Q_EMIT fillFormRequested(*m_currentRequest);
    });
    connect(m_runAgainButton, &QPushButton::clicked, this, [this] {
        if (m_currentRequest)
            Q_EMIT runAgainRequested(*m_currentRequest);
    });
    connect(m_showResultsButton, &QPushButton::clicked, this, [this] {
        if (m_current)
            Q_EMIT resultsRequested(m_current->id);
    });
    connect(m_watchAgainButton, &QPushButton::clicked, this, [this] {
        if (m_current)
            Q_EMIT watchAgainRequested(m_current->id);
    });
    buttons->addWidget(m_fillFormButton);
    buttons->addWidget(m_runAgainButton);
    buttons->addWidget(m_showResultsButton);
    buttons->addWidget(m_watchAgainButton);
    buttons->addStretch(1);

    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    return details;
}

void HistoryView::sizeColumns()
{
    // Fixed widths from the font, not ResizeToContents: that measured every loaded row on each change of a run,
    // ~9 ms of the GUI thread per change with a queue of 200 jobs running. The samples are the widest values.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&](int column, const QStringList &samples) {
        int width = header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString &sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample));
        header->resizeSection(column, width + 24);
    };
    const QDateTime wideTime(QDate(2026, 12, 28), QTime(23, 58, 58));
    fit(HistoryModel::TimeColumn, {QLocale().toString(wideTime, QLocale::ShortFormat)});
    QStringList states;
    for (int i = int(TaskState::None); i <= int(TaskState::GaveUp); ++i)
        states << ErrorText::stateName(TaskState(i));
    fit(HistoryModel::StateColumn, states);
    fit(HistoryModel::TaskIdColumn, {QStringLiteral("1907035719658053634")});
    fit(HistoryModel::CostTimeColumn, {HistoryModel::tr("%1 s", "run time in seconds").arg(QStringLiteral("99999"))});
    fit(HistoryModel::CoinsColumn, {QStringLiteral("99999.99")});
}

void HistoryView::fitAppColumn()
{
    const QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != HistoryModel::AppColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const int readable = fontMetrics().averageCharWidth() * 16;
    m_table->horizontalHeader()->resizeSection(HistoryModel::AppColumn,
                                               qMax(readable, m_table->viewport()->width() - others));
}

bool HistoryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitAppColumn();
    return QWidget::eventFilter(watched, event);
}

void HistoryView::applyFilter()
{
    m_filterTimer->stop();
    HistoryFilter filter;
    filter.server = m_server;
    filter.text = m_filterEdit->text().trimmed();
    const int state = m_stateCombo->currentData().toInt();
    if (state >= 0)
        filter.state = TaskState(state);
    m_costLabel->setFilter(filter);
    const HistoryFilter current = m_model->filter();
    if (filter.server == current.server && filter.text == current.text && filter.state == current.state &&
        filter.webappId == current.webappId)
        return;
    m_model->setFilter(filter);
}

void HistoryView::setServer(const QString &server)
{
    m_server = server;
    applyFilter();
}

void HistoryView::setMoneyCurrency(const QString &currency)
{
    m_costLabel->setCurrency(currency);
}

qint64 HistoryView::currentRunId() const
{
    return m_current ? m_current->id : 0;
}

bool HistoryView::selectRun(qint64 runId)
{
    const int row = m_model->rowOfRun(runId);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void HistoryView::onCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    showRun(current.isValid() ? m_store->run(m_model->runId(current.row())) : std::nullopt);
}

void HistoryView::showRun(const std::optional<RunRecord> &run)
{
    m_current = run;
    m_currentRequest.reset();
    m_eventsTree->clear();
    m_outputsTree->clear();
    m_requestText->clear();
    m_errorLabel->clear();
    m_errorLabel->hide();
    if (!run) {
        m_summaryLabel->setText(tr("Select a run to see its request, events and results."));
        m_summaryLabel->setAccessibleName(m_summaryLabel->text());
        updateButtons();
        return;
    }
    const QString app = run->appName.isEmpty() ? run->webappId : run->appName;
    const QString task = run->taskId.isEmpty() ? tr("no task ID yet") : tr("task %1").arg(run->taskId);
    QString summary = tr("%1 (app %2), %3: %4").arg(app, run->webappId, task, ErrorText::stateSentence(run->state));
    if (run->jobId > 0) // the attempts of one queued job share it
        summary += QLatin1Char(' ') + tr("Queue job %1, attempt %2.").arg(run->jobId).arg(run->attempt);
    m_summaryLabel->setText(summary);
    m_summaryLabel->setAccessibleName(summary);
    if (!run->errorText.isEmpty() || !run->errorCode.isEmpty()) {
        const QString error =
            run->errorCode.isEmpty() ? run->errorText : tr("%1 (code %2)").arg(run->errorText, run->errorCode);
        m_errorLabel->setText(error);
        m_errorLabel->setAccessibleName(error);
        m_errorLabel->show();
    }
    m_requestText->setPlainText(QString::fromUtf8(run->requestJson));
    for (const RunEvent &event : run->events)
        new QTreeWidgetItem(m_eventsTree, {eventTime(event.at), ErrorText::stateName(event.state), event.detail});
    for (const TaskOutput &output : run->outputs) {
        const QString saved = output.localPath.isEmpty() ? tr("Not saved yet") : output.localPath;
        new QTreeWidgetItem(m_outputsTree, {output.fileType, saved, output.fileUrl});
    }
    bool ok = false;
    const RunRequest request = runRequestFromPreviewJson(run->requestJson, &ok);
    if (ok)
        m_currentRequest = request;
    updateButtons();
}

void HistoryView::updateButtons()
{
    m_fillFormButton->setEnabled(m_currentRequest.has_value());
    m_runAgainButton->setEnabled(m_currentRequest.has_value());
    m_showResultsButton->setEnabled(m_current && !m_current->outputs.isEmpty());
    m_watchAgainButton->setEnabled(m_current && m_current->state == TaskState::GaveUp && !m_current->taskId.isEmpty());
}

void HistoryView::updateCountLabel()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    QString text;
    if (!m_model->totalKnown())
        text = tr("%n run(s) shown, counting…", nullptr, shown);
    else
        text = shown < total ? tr("%1 of %n run(s)", nullptr, total).arg(shown) : tr("%n run(s)", nullptr, total);
    m_countLabel->setText(text);
    m_countLabel->setAccessibleName(text);
}

} // namespace rh
