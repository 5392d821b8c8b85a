#include "queue/queueview.h"
#include "displayformat.h"

#include "errortext.h"
#include "queue/batchcostlabel.h"
#include "queue/queuemodel.h"
#include "queue/queuetext.h"

#include "task/runqueue.h"

#include <QAction>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rh {

namespace {

bool standardConfirm(QWidget *parent, const QString &question, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Warning, QGuiApplication::applicationDisplayName(), question, QMessageBox::Cancel,
                    parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    return b;
}

} // namespace

QueueView::QueueView(RunQueue *queue, HistoryStore *history, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(new QueueModel(queue, this))
    , m_confirm(standardConfirm)
    , m_countdown(new QTimer(this))
    , m_refresh(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeToolbar());
    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("queueNoticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setStyleSheet(QStringLiteral("color:#9a3412;"));
    m_noticeLabel->setAccessibleDescription(tr("Queue notice"));
    layout->addWidget(m_noticeLabel);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("queueProgressLabel"));
    m_progressLabel->setAccessibleDescription(tr("Queue progress"));
    m_progressLabel->setWordWrap(true);
    layout->addWidget(m_progressLabel);
    m_batchLabel = new QLabel(this);
    m_batchLabel->setObjectName(QStringLiteral("batchProgressLabel"));
    m_batchLabel->setAccessibleDescription(tr("Batch progress"));
    m_batchLabel->setWordWrap(true);
    layout->addWidget(m_batchLabel);
    m_batchCostLabel = new BatchCostLabel(history, this);
    layout->addWidget(m_batchCostLabel);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("queueTableView"));
    m_table->setAccessibleName(tr("Run queue"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropOverwriteMode(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    sizeColumns();
    layout->addWidget(m_table, 1);
    layout->addWidget(makeUnknownPanel());
    makeActions();

    connect(m_table, &QWidget::customContextMenuRequested, this, &QueueView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueueView::updateSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &QueueView::updateSelection);
    // A batch changes many jobs in a row: the labels are brought up to date once per short pause, not per change.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(RefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        updateProgress();
        updateSelection();
    });
    const auto refreshSoon = [this] {
        if (!m_refresh->isActive())
            m_refresh->start();
    };
    connect(queue, &RunQueue::statusChanged, this, &QueueView::updateStatus);
    connect(queue, &RunQueue::progressChanged, this, refreshSoon);
    connect(queue, &RunQueue::jobChanged, this, refreshSoon);
    connect(queue, &RunQueue::reset, this, &QueueView::updateSelection);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &QueueView::updateStatus);
    updateStatus();
    updateProgress();
    updateSelection();
}

QWidget *QueueView::makeToolbar()
{
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *first = new QHBoxLayout;
    m_addButton = button(tr("Add to &queue"), "addToQueueButton", bar);
    m_addButton->setToolTip(tr("Add the form's request to the queue (Ctrl+Shift+Enter)"));
    connect(m_addButton, &QPushButton::clicked, this, &QueueView::addRequested);
    m_runTimesSpin = new QSpinBox(bar);
    m_runTimesSpin->setObjectName(QStringLiteral("runTimesSpinBox"));
    m_runTimesSpin->setRange(1, 100);
    m_runTimesSpin->setAccessibleName(tr("Run times"));
    auto *timesLabel = new QLabel(tr("Run &times:"), bar);
    timesLabel->setBuddy(m_runTimesSpin);
    first->addWidget(timesLabel);
    first->addWidget(m_runTimesSpin);
    first->addWidget(m_addButton);
    first->addStretch(1);
    m_pauseButton = button(tr("Pause queue"), "pauseQueueButton", bar);
    connect(m_pauseButton, &QPushButton::clicked, this, &QueueView::togglePause);
    first->addWidget(m_pauseButton);
    rows->addLayout(first);

    auto *second = new QHBoxLayout;
    m_retryButton = button(tr("R&etry failed"), "retryFailedButton", bar);
    connect(m_retryButton, &QPushButton::clicked, this, &QueueView::retrySelected);
    m_cancelButton = button(tr("&Cancel selected"), "cancelJobsButton", bar);
    connect(m_cancelButton, &QPushButton::clicked, this, &QueueView::cancelSelected);
    m_removeFinishedButton = button(tr("Re&move finished"), "removeFinishedButton", bar);
    connect(m_removeFinishedButton, &QPushButton::clicked, this, [this] { m_queue->removeFinished(); });
    m_upButton = new QToolButton(bar);
    m_upButton->setObjectName(QStringLiteral("moveJobUpButton"));
    m_upButton->setArrowType(Qt::UpArrow);
    m_upButton->setAccessibleName(tr("Move up"));
    m_upButton->setToolTip(tr("Move up (Ctrl+Up)"));
    connect(m_upButton, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    m_downButton = new QToolButton(bar);
    m_downButton->setObjectName(QStringLiteral("moveJobDownButton"));
    m_downButton->setArrowType(Qt::DownArrow);
    m_downButton->setAccessibleName(tr("Move down"));
    m_downButton->setToolTip(tr("Move down (Ctrl+Down)"));
    connect(m_downButton, &QToolButton::clicked, this, [this] { moveSelected(1); });
    for (QWidget *w : std::initializer_list<QWidget *>{m_retryButton, m_cancelButton, m_removeFinishedButton,
                                                       m_upButton, m_downButton})
        second->addWidget(w);
    second->addStretch(1);
    rows->addLayout(second);
    return bar;
}

QWidget *QueueView::makeUnknownPanel()
{
    m_unknownPanel = new QWidget(this);
    m_unknownPanel->setObjectName(QStringLiteral("unknownOutcomePanel"));
    auto *row = new QHBoxLayout(m_unknownPanel);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Outcome unknown — this run may have been charged"), m_unknownPanel);
    label->setObjectName(QStringLiteral("unknownOutcomeLabel"));
    label->setWordWrap(true);
    label->setAccessibleName(label->text());
    row->addWidget(label, 1);
    QPushButton *again = button(tr("Run again &anyway"), "runAgainAnywayButton", m_unknownPanel);
    connect(again, &QPushButton::clicked, this, &QueueView::runAgainAnyway);
    QPushButton *forget = button(tr("F&orget"), "forgetJobButton", m_unknownPanel);
    connect(forget, &QPushButton::clicked, this, &QueueView::forget);
    row->addWidget(again);
    row->addWidget(forget);
    m_unknownPanel->hide();
    return m_unknownPanel;
}

void QueueView::makeActions()
{
    const auto action = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_cancelAction = action(tr("&Cancel"), QKeySequence::Delete, &QueueView::cancelSelected);
    m_retryAction = action(tr("&Retry"), QKeySequence(Qt::CTRL | Qt::Key_R), &QueueView::retrySelected);
    m_upAction = action(tr("Move &up"), QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveSelected(-1); });
    m_downAction = action(tr("Move &down"), QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveSelected(1); });
    m_topAction =
        action(tr("Move to &top"), QKeySequence(Qt::CTRL | Qt::Key_Home), [this] { m_queue->move(selectedIds(), 0); });
    m_runAgainAction = action(tr("Run again &anyway…"), {}, &QueueView::runAgainAnyway);
    m_forgetAction = action(tr("F&orget"), {}, &QueueView::forget);
    m_removeFinishedAction = action(tr("Remove &finished"), {}, [this] { m_queue->removeFinished(); });
}

void QueueView::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (QAction *a : {m_cancelAction, m_retryAction, m_runAgainAction, m_forgetAction})
        menu.addAction(a);
    menu.addSeparator();
    for (QAction *a : {m_upAction, m_downAction, m_topAction})
        menu.addAction(a);
    menu.addSeparator();
    menu.addAction(m_removeFinishedAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void QueueView::sizeColumns()
{
    // Fixed widths from the font, not ResizeToContents: that would measure every row on every change of a batch.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&](int column, const QStringList &samples) {
        int width = header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString &sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample));
        header->resizeSection(column, width + 24);
    };
    QStringList states;
    for (int i = int(JobState::Waiting); i <= int(JobState::OnHold); ++i)
        states << ErrorText::jobStateName(JobState(i));
    fit(QueueModel::StateColumn, states);
    fit(QueueModel::TaskIdColumn, {QStringLiteral("1907035719658053634")});
    fit(QueueModel::AttemptsColumn, {QStringLiteral("99")});
    fit(QueueModel::CostColumn, {DisplayFormat::coins(QStringLiteral("9999.5"))});
    header->resizeSection(QueueModel::AppColumn, metrics.averageCharWidth() * 14);
    // The label first and wide enough to read; the rest scrolls sideways in a narrow tab.
    header->resizeSection(QueueModel::LabelColumn, metrics.averageCharWidth() * 24);
    header->setStretchLastSection(true);
}

int QueueView::runTimes() const
{
    return m_runTimesSpin->value();
}

QList<qint64> QueueView::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const int row : std::as_const(rows))
        ids.append(m_model->jobId(row));
    return ids;
}

void QueueView::selectJob(qint64 id)
{
    const int row = m_queue->indexOf(id);
    if (row < 0)
        return;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void QueueView::setMoneyCurrency(const QString &server, const QString &currency)
{
    m_batchCostLabel->setCurrency(server, currency);
}

void QueueView::updateStatus()
{
    QStringList sentences;
    bool held = m_queue->isPaused();
    bool counting = false;
    if (m_queue->isPaused())
        sentences << tr("The queue is paused: nothing new is sent. Runs already on RunningHub go on.");
    for (const BatchRecord &batch : m_queue->batches()) {
        if (batch.hold.isHeld()) {
            sentences << ErrorText::holdSentence(batch.hold);
            held = true;
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &key : m_queue->waitingGates()) {
        const QueueGate gate = m_queue->gate(key);
        switch (gate.status()) {
        case QueueGate::Status::Held:
            sentences << ErrorText::holdSentence(gate.heldFor());
            held = true;
            break;
        case QueueGate::Status::Busy:
            sentences << ErrorText::busySentence(gate.busyCode());
            break;
        case QueueGate::Status::Offline:
            sentences << ErrorText::offlineSentence(int(qMax<qint64>(0, (gate.retryAtMs() - now + 999) / 1000)));
            counting = true;
            break;
        case QueueGate::Status::Open:
            break;
        }
    }
    sentences.removeDuplicates();
    m_noticeLabel->setText(sentences.join(QLatin1Char('\n')));
    m_noticeLabel->setAccessibleName(m_noticeLabel->text());
    m_noticeLabel->setVisible(!sentences.isEmpty());
    const QString pauseText = held ? tr("Resume queue") : tr("Pause queue");
    m_pauseButton->setText(pauseText);
    m_pauseButton->setAccessibleName(pauseText);
    if (counting && !m_countdown->isActive())
        m_countdown->start();
    else if (!counting)
        m_countdown->stop();
}

void QueueView::updateProgress()
{
    const QString text = m_queue->jobs().isEmpty()
                             ? tr("The queue is empty.")
                             : QueueText::progress(m_queue->counts(), m_queue->estimateRemainingMs());
    if (text != m_progressLabel->text()) {
        m_progressLabel->setText(text);
        m_progressLabel->setAccessibleName(text);
    }
    updateStatus();
}

void QueueView::updateSelection()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const Job *job = current.isValid() ? m_queue->job(m_model->jobId(current.row())) : nullptr;
    m_unknownPanel->setVisible(job && job->state == JobState::Unknown);
    const std::optional<BatchRecord> batch = job ? m_queue->batch(job->origin.batchId) : std::nullopt;
    if (batch) {
        const QString text = tr("Batch “%1”: %2")
                                 .arg(batch->name, QueueText::progress(m_queue->counts(batch->id),
                                                                       m_queue->estimateRemainingMs(batch->id)));
        m_batchLabel->setText(text);
        m_batchLabel->setAccessibleName(text);
    }
    m_batchLabel->setVisible(batch.has_value());
    m_batchCostLabel->setBatch(batch ? batch->id : 0, batch ? batch->server : QString());
    bool anyLive = false;
    bool anyMovable = false;
    for (const qint64 id : selectedIds()) {
        if (const Job *selected = m_queue->job(id)) {
            anyLive = anyLive || !isEnded(selected->state);
            anyMovable = anyMovable || selected->state == JobState::Waiting || selected->state == JobState::OnHold;
        }
    }
    m_cancelButton->setEnabled(anyLive);
    m_cancelAction->setEnabled(anyLive);
    for (QWidget *w : std::initializer_list<QWidget *>{m_upButton, m_downButton})
        w->setEnabled(anyMovable);
    for (QAction *a : {m_upAction, m_downAction, m_topAction})
        a->setEnabled(anyMovable);
    m_runAgainAction->setEnabled(job && job->state == JobState::Unknown);
    m_forgetAction->setEnabled(job && job->state == JobState::Unknown);
}

void QueueView::togglePause()
{
    if (m_pauseButton->text() == tr("Resume queue"))
        m_queue->resume();
    else
        m_queue->pause();
    updateStatus();
}

void QueueView::cancelSelected()
{
    m_queue->cancel(selectedIds());
}

void QueueView::retrySelected()
{
    QList<qint64> chosen;
    for (const qint64 id : selectedIds()) {
        const Job *job = m_queue->job(id);
        if (job && (job->state == JobState::Failed || job->state == JobState::Cancelled))
            chosen.append(id);
    }
    if (chosen.isEmpty())
        m_queue->retryFailed();
    else
        m_queue->retry(chosen);
}

void QueueView::moveSelected(int delta)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const int first = m_queue->indexOf(ids.first());
    const int last = m_queue->indexOf(ids.last());
    const int target = delta < 0 ? qMax(0, first - 1) : qMin(int(m_queue->jobs().size()), last + 2);
    if (!m_queue->move(ids, target))
        return;
    QItemSelection selection;
    for (const qint64 id : ids) {
        const int row = m_queue->indexOf(id);
        selection.select(m_model->index(row, 0), m_model->index(row, QueueModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_table->selectionModel()->setCurrentIndex(m_model->index(m_queue->indexOf(ids.first()), 0),
                                               QItemSelectionModel::NoUpdate);
}

void QueueView::runAgainAnyway()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->jobId(current.row()) : 0;
    const Job *job = m_queue->job(id);
    if (!job || job->state != JobState::Unknown)
        return;
    if (!m_confirm(this,
                   tr("RunningHub may already have made this run and charged for it; its answer was lost. Running "
                      "it again may charge you twice. Run it again anyway?"),
                   tr("Run again")))
        return;
    m_queue->runAgainAnyway(id);
}

void QueueView::forget()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        m_queue->forget({m_model->jobId(current.row())});
}

} // namespace rh
