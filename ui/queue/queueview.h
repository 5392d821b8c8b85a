#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QMenu;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class QToolButton;

namespace rh {

class BatchCostLabel;
class HistoryStore;
class QueueModel;
class RunQueue;

/// The Queue tab: the jobs in order, the queue's state in one sentence (busy, offline, on hold), progress overall
/// and for the selected job's batch (with what it spent so far), and the controls — add the form's request (×N),
/// pause/resume, cancel, retry, move, remove finished, and for a job whose outcome is unknown "Run again anyway" or
/// "Forget". Keyboard: Delete cancels, Ctrl+Up/Down move, the context menu has it all.
class QueueView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueView)
public:
    /// Asks before something that may cost money; replaceable so tests answer without a modal dialog.
    using Confirm = std::function<bool(QWidget *parent, const QString &question, const QString &acceptText)>;
    /// Progress and buttons follow the queue after this pause (many jobs change at once in a batch).
    static constexpr int RefreshDelayMs = 100;

    /// @p queue and @p history must outlive the view; @p history may be nullptr (no batch costs shown).
    explicit QueueView(RunQueue *queue, HistoryStore *history = nullptr, QWidget *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    QueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// How many times "Add to queue" adds the request (Run ×N).
    int runTimes() const;
    /// Ids of the selected jobs, in queue order.
    QList<qint64> selectedIds() const;
    void selectJob(qint64 id);
    /// The currency of @p server's money (the account in use's), for what batches of that server spent.
    void setMoneyCurrency(const QString &server, const QString &currency);

Q_SIGNALS:
    /// "Add to queue": the window adds the form's request runTimes() times.
    void addRequested();

private:
    QWidget *makeToolbar();
    QWidget *makeUnknownPanel();
    void makeActions();
    void sizeColumns();
    void showContextMenu(const QPoint &pos);
    void updateStatus();
    void updateProgress();
    void updateSelection();
    void togglePause();
    void cancelSelected();
    void retrySelected();
    void moveSelected(int delta);
    void runAgainAnyway();
    void forget();

    RunQueue *m_queue;
    QueueModel *m_model;
    Confirm m_confirm;
    QTableView *m_table;
    QSpinBox *m_runTimesSpin;
    QPushButton *m_addButton;
    QPushButton *m_pauseButton;
    QPushButton *m_retryButton;
    QPushButton *m_cancelButton;
    QPushButton *m_removeFinishedButton;
    QToolButton *m_upButton;
    QToolButton *m_downButton;
    QLabel *m_noticeLabel;
    QLabel *m_progressLabel;
    QLabel *m_batchLabel;
    BatchCostLabel *m_batchCostLabel;
    QWidget *m_unknownPanel;
    QTimer *m_countdown;
    QTimer *m_refresh;
    QAction *m_cancelAction;
    QAction *m_retryAction;
    QAction *m_upAction;
    QAction *m_downAction;
    QAction *m_topAction;
    QAction *m_runAgainAction;
    QAction *m_forgetAction;
    QAction *m_removeFinishedAction;
};

} // namespace rh
