#pragma once

#include <QTabWidget>

namespace rh {

class HistoryStore;
class HistoryView;
class QueueView;
class ResultsView;
class RunQueue;
class TaskPanel;

/// The window's right side: the Task tab (the followed run and its results), History and Queue. History and Queue
/// are built the first time they are shown (or asked for): most starts never open them, and building them — a
/// table, its model and a first read of the database — was a tenth of the time to the first frame.
class RightPanel final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RightPanel)
public:
    enum Tab { TaskTab, HistoryTab, QueueTab };

    RightPanel(HistoryStore *history, RunQueue *queue, bool sandbox, QWidget *parent = nullptr);

    TaskPanel *taskPanel() const { return m_taskPanel; }
    ResultsView *results() const { return m_results; }
    /// The History and Queue views, built now if they were not yet.
    HistoryView *history();
    QueueView *queueView();
    /// Whether the view has been built (it is only when shown or asked for).
    bool hasHistory() const { return m_history != nullptr; }
    bool hasQueueView() const { return m_queueView != nullptr; }
    void showTab(Tab tab);

    /// Kept for the views built later and handed to those built already.
    void setServer(const QString &server);
    void setMoneyCurrency(const QString &server, const QString &currency);

    /// The largest minimum its pages have asked for so far: a run's rows coming and going (progress, cancel) must
    /// not move the window's split back and forth, a repaint of both halves each time.
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A view has just been built: connect to it here.
    void historyBuilt(rh::HistoryView *view);
    void queueViewBuilt(rh::QueueView *view);

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createTaskPage();
    void replaceStandIn(Tab tab, QWidget *view);
    void buildShown(int index);
    void noteLayout();

    HistoryStore *m_store;
    RunQueue *m_queue;
    TaskPanel *m_taskPanel = nullptr;
    ResultsView *m_results = nullptr;
    HistoryView *m_history = nullptr;
    QueueView *m_queueView = nullptr;
    mutable QSize m_largestMinimum;
    QSize m_laidOutSize; ///< the size and tab bar hint of the last full layout
    QSize m_laidOutTabBarHint;
    std::pair<QSize, QSize> m_toldHints; ///< the size hint and minimum the window's layout last heard of
    QString m_server;
    QString m_moneyServer;
    QString m_moneyCurrency;
};

} // namespace rh
