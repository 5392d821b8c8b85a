#include "rightpanel.h"

#include "history/historyview.h"
#include "queue/queueview.h"
#include "task/resultsview.h"
#include "task/taskpanel.h"

#include <QApplication>
#include <QEvent>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabBar>

namespace rh {

RightPanel::RightPanel(HistoryStore *history, RunQueue *queue, bool sandbox, QWidget *parent)
    : QTabWidget(parent)
    , m_store(history)
    , m_queue(queue)
{
    setObjectName(QStringLiteral("rightTabWidget"));
    addTab(createTaskPage(), tr("Task"));
    m_taskPanel->setSandbox(sandbox);
    // Empty stand-ins until first shown; then the view takes the stand-in's place (same index, same title).
    addTab(new QWidget(this), tr("History"));
    addTab(new QWidget(this), tr("Queue"));
    connect(this, &QTabWidget::currentChanged, this, &RightPanel::buildShown);
}

QWidget *RightPanel::createTaskPage()
{
    auto *taskSplitter = new QSplitter(Qt::Vertical, this);
    taskSplitter->setObjectName(QStringLiteral("taskSplitter"));
    // The panel scrolls rather than squeezing its fields when a long error or a note appears.
    auto *panelScroll = new QScrollArea(taskSplitter);
    panelScroll->setObjectName(QStringLiteral("taskPanelScrollArea"));
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_taskPanel = new TaskPanel(panelScroll);
    panelScroll->setWidget(m_taskPanel);
    m_results = new ResultsView(taskSplitter);
    taskSplitter->setStretchFactor(1, 1);
    // Room for the state, the task id and the cost; a long error scrolls within it.
    taskSplitter->setSizes(
        {m_taskPanel->sizeHint().height() + fontMetrics().height() * 2, fontMetrics().height() * 30});
    return taskSplitter;
}

void RightPanel::replaceStandIn(Tab tab, QWidget *view)
{
    QWidget *standIn = widget(tab);
    const bool shown = currentIndex() == tab;
    QWidget *focused = QApplication::focusWidget();
    const bool hadFocus = focused && (focused == standIn || standIn->isAncestorOf(focused));
    // Quietly: to the rest of the window the tab never changed.
    const QSignalBlocker blocker(this);
    insertTab(tab, view, tabText(tab));
    removeTab(tab + 1);
    noteLayout();
    standIn->deleteLater();
    if (shown)
        setCurrentIndex(tab);
    // Built late, the view's fields would sit at the end of the window's Tab chain: put them right after the tab bar,
    // in their own order, and give the first one the focus the stand-in had.
    QList<QWidget *> fields;
    for (QWidget *next = view->nextInFocusChain(); next != view && view->isAncestorOf(next);
         next = next->nextInFocusChain()) {
        if (next->focusPolicy() & Qt::TabFocus)
            fields.append(next);
    }
    QWidget *previous = tabBar();
    for (QWidget *field : std::as_const(fields)) {
        setTabOrder(previous, field);
        previous = field;
    }
    if (hadFocus && !fields.isEmpty())
        fields.constFirst()->setFocus(Qt::TabFocusReason);
}

HistoryView *RightPanel::history()
{
    if (!m_history) {
        m_history = new HistoryView(m_store, this);
        m_history->setObjectName(QStringLiteral("historyView"));
        m_history->setServer(m_server);
        m_history->setMoneyCurrency(m_moneyCurrency);
        replaceStandIn(HistoryTab, m_history);
        Q_EMIT historyBuilt(m_history);
    }
    return m_history;
}

QueueView *RightPanel::queueView()
{
    if (!m_queueView) {
        m_queueView = new QueueView(m_queue, m_store, this);
        m_queueView->setObjectName(QStringLiteral("queueView"));
        if (!m_moneyServer.isEmpty())
            m_queueView->setMoneyCurrency(m_moneyServer, m_moneyCurrency);
        replaceStandIn(QueueTab, m_queueView);
        Q_EMIT queueViewBuilt(m_queueView);
    }
    return m_queueView;
}

void RightPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_largestMinimum = QSize(); // measured again in the new font or style
    QTabWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        noteLayout(); // QTabWidget has just laid itself out
    else if (event->type() == QEvent::FontChange)
        m_laidOutSize = QSize(); // the tab bar had the new font first and asked already: lay out in full then
}

// QTabWidget answers a layout request by laying itself out and repainting all of itself, and every layout inside a
// page (a label in the Task tab taking a new text) ends in such a request: the whole right side, results and all,
// was painted again several times per run. Where the tab bar and the panel sit depends only on the size and the tab
// bar's hint (a resize, a new style or a tab added lays out by other paths): while both are as they were, only the
// hints above change.
bool RightPanel::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest && isVisible()) {
        if (size() == m_laidOutSize && tabBar()->sizeHint() == m_laidOutTabBarHint) {
            // Passed up only when the hints did change: each request up there lays out the whole window again.
            const std::pair<QSize, QSize> hints{sizeHint(), minimumSizeHint()};
            if (hints != m_toldHints) {
                m_toldHints = hints;
                updateGeometry();
            }
            return true;
        }
        const bool handled = QTabWidget::event(event);
        noteLayout();
        return handled;
    }
    return QTabWidget::event(event);
}

void RightPanel::showEvent(QShowEvent *event)
{
    QTabWidget::showEvent(event);
    noteLayout();
}

void RightPanel::resizeEvent(QResizeEvent *event)
{
    QTabWidget::resizeEvent(event);
    noteLayout();
}

// After every full layout (QTabWidget's own, which tells the window its hints).
void RightPanel::noteLayout()
{
    m_laidOutSize = size();
    m_laidOutTabBarHint = tabBar()->sizeHint();
    m_toldHints = {sizeHint(), minimumSizeHint()};
}

QSize RightPanel::minimumSizeHint() const
{
    m_largestMinimum = m_largestMinimum.expandedTo(QTabWidget::minimumSizeHint());
    return m_largestMinimum;
}

void RightPanel::showTab(Tab tab)
{
    setCurrentIndex(int(tab));
}

void RightPanel::buildShown(int index)
{
    if (index == HistoryTab)
        history();
    else if (index == QueueTab)
        queueView();
}

void RightPanel::setServer(const QString &server)
{
    m_server = server;
    if (m_history)
        m_history->setServer(server);
}

void RightPanel::setMoneyCurrency(const QString &server, const QString &currency)
{
    m_moneyServer = server;
    m_moneyCurrency = currency;
    if (m_history)
        m_history->setMoneyCurrency(currency);
    if (m_queueView)
        m_queueView->setMoneyCurrency(server, currency);
}

} // namespace rh
