// The right side's History and Queue tabs are built the first time they are shown: before that nothing of them
// exists; once shown they are complete — this server's runs only, the window's handlers connected, the jobs queued
// meanwhile listed.
#include "eventcounter.h"
#include "formdriver.h"
#include "historyfill.h"
#include "testenv.h"
#include "windowfixture.h"

#include "form/requestform.h"
#include "history/historyview.h"
#include "queue/queueview.h"
#include "store/historystore.h"
#include "task/resultsview.h"
#include "task/runcontroller.h"
#include "task/runqueue.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTest>

#include <utility>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");

void clickTab(RightPanel *panel, RightPanel::Tab tab)
{
    QTabBar *bar = panel->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(int(tab)).center());
}

} // namespace

class TestRightPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void historyBuiltWhenFirstShown();
    void queueBuiltWhenFirstShown();
    void minimumWidthNeverShrinks();
    void builtViewTakesFocusAndTabOrder();
    void taskTabChangeRepaintsOnlyItself();
    void runButtonTextStaysInTheRunBar();
};

void TestRightPanel::historyBuiltWhenFirstShown()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    RightPanel *panel = f.window->rightPanel();
    QCOMPARE(panel->count(), 3);
    QCOMPARE(panel->tabText(RightPanel::HistoryTab), QStringLiteral("History"));
    QVERIFY(!panel->hasHistory());
    QVERIFY(!f.window->findChild<QTableView *>(QStringLiteral("historyTableView")));
    // Runs of another server, and one run here: the tab, built later, must list this server's run only.
    QVERIFY(test::fillHistory(*f.services->database(), QStringLiteral("https://other.example"), 3));
    test::pasteAppLink(f, textApp);
    test::clickRun(f);
    QTRY_VERIFY(f.window->findChild<QPushButton *>(QStringLiteral("submitButton"))->isEnabled());
    QVERIFY(!panel->hasHistory());

    clickTab(panel, RightPanel::HistoryTab);
    QVERIFY(panel->hasHistory());
    HistoryView *history = panel->history();
    QCOMPARE(panel->currentIndex(), int(RightPanel::HistoryTab));
    QCOMPARE(panel->currentWidget(), history);
    QCOMPARE(panel->tabText(RightPanel::HistoryTab), QStringLiteral("History"));
    QTRY_VERIFY(history->isVisible());
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("historyTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 1);

    // The window's handlers were connected when it was built: Fill the form goes back to the form.
    const qint64 runId = f.window->runController()->currentRunId();
    QTRY_VERIFY(history->selectRun(runId));
    auto *fill = f.window->findChild<QPushButton *>(QStringLiteral("fillFormButton"));
    QTRY_VERIFY(fill->isEnabled());
    QTest::mouseClick(fill, Qt::LeftButton);
    QVERIFY(f.window->statusBar()->currentMessage().contains(QStringLiteral("The form now holds")));
}

void TestRightPanel::queueBuiltWhenFirstShown()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    RightPanel *panel = f.window->rightPanel();
    f.services->queue()->pause();
    test::pasteAppLink(f, textApp);
    QVERIFY(!panel->hasQueueView());
    // Ctrl+Shift+Enter queues the form once while the Queue tab was never shown.
    f.window->activateWindow();
    QTest::keyClick(f.window.get(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(f.services->queue()->jobs().size(), 1);
    QVERIFY(!panel->hasQueueView());

    clickTab(panel, RightPanel::QueueTab);
    QVERIFY(panel->hasQueueView());
    QCOMPARE(panel->currentWidget(), panel->queueView());
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("queueTableView"));
    QCOMPARE(table->model()->rowCount(), 1);
    // Its "Add to queue" reaches the window's queue, its run count taken.
    f.window->findChild<QSpinBox *>(QStringLiteral("runTimesSpinBox"))->setValue(2);
    QTest::mouseClick(f.window->findChild<QPushButton *>(QStringLiteral("addToQueueButton")), Qt::LeftButton);
    QTRY_COMPARE(f.services->queue()->jobs().size(), 3);
    QCOMPARE(table->model()->rowCount(), 3);
}

// A run's rows come and go; the split beside the panel must not follow them back and forth (each move repaints both
// halves of the window).
void TestRightPanel::minimumWidthNeverShrinks()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    RightPanel *panel = f.window->rightPanel();
    const int before = panel->minimumSizeHint().width();
    panel->results()->setMinimumWidth(before + 200);
    QVERIFY(panel->minimumSizeHint().width() >= before + 200);
    panel->results()->setMinimumWidth(0);
    QVERIFY(panel->minimumSizeHint().width() >= before + 200);
}

// Built late, a view's fields must not land at the end of the window's Tab chain, and a keyboard user who was in the
// Task tab lands in the new view.
void TestRightPanel::builtViewTakesFocusAndTabOrder()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    QApplication::setActiveWindow(f.window.get());
    RightPanel *panel = f.window->rightPanel();
    auto *taskId = f.window->findChild<QLineEdit *>(QStringLiteral("taskIdLineEdit"));
    taskId->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), taskId);
    panel->showTab(RightPanel::HistoryTab);
    HistoryView *history = panel->history();
    QTRY_VERIFY(history->isAncestorOf(QApplication::focusWidget()));
    QWidget *next = panel->tabBar()->nextInFocusChain();
    while (next && !(next->focusPolicy() & Qt::TabFocus))
        next = next->nextInFocusChain();
    QVERIFY(next && history->isAncestorOf(next));
}

// A label taking a new text in the Task tab repaints that label, not the whole right side (QTabWidget repaints all of
// itself on any layout request from inside a page).
void TestRightPanel::taskTabChangeRepaintsOnlyItself()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    RightPanel *panel = f.window->rightPanel();
    auto *cost = panel->results()->findChild<QLabel *>(QStringLiteral("resultsCostLabel"));
    QVERIFY(cost);
    auto showCost = [&](int round) {
        TaskOutput output;
        output.fileUrl = QStringLiteral("https://example.invalid/out.png");
        output.taskCostTime = QString::number(round * 7);
        output.consumeCoins = QString::number(round);
        panel->results()->setOutputs({output});
        // The layout requests (one per level, label to window), a window resize and any repaint they ask for are
        // queued: deliver them before looking.
        for (int pass = 0; pass < 20; ++pass)
            QCoreApplication::processEvents();
    };
    showCost(0); // the first output's buttons may widen the panel and the window: a resize repaints it all
    QRect geometry;
    QTRY_VERIFY(std::exchange(geometry, panel->geometry()) == panel->geometry()); // settled: same size twice
    test::EventCounter tabBarPaints(panel->tabBar());
    test::EventCounter panelPaints(panel); // the results view is opaque: nothing behind it is painted again
    test::EventCounter costPaints(cost);
    for (int round = 1; round <= 3; ++round) {
        const int before = costPaints.count();
        showCost(round);
        QTRY_VERIFY(costPaints.count() > before);
    }
    QCOMPARE(panel->geometry(), geometry);
    QCOMPARE(tabBarPaints.count(), 0);
    QCOMPARE(panelPaints.count(), 0);
}

// Run reads "Sending…" while a submit is in flight. The button has one size for both texts and an opaque bar, so the
// change is one small repaint: no layout of the form and the window, no repaint of the form behind it.
void TestRightPanel::runButtonTextStaysInTheRunBar()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    RequestForm *form = f.window->form();
    QPushButton *run = form->runButton();
    QRect geometry;
    QTRY_VERIFY(std::exchange(geometry, f.window->geometry()) == f.window->geometry()); // settled: same size twice
    test::EventCounter formPaints(form);
    test::EventCounter formLayouts(form, QEvent::LayoutRequest);
    test::EventCounter runPaints(run);
    for (const bool busy : {true, false}) {
        const int before = runPaints.count();
        form->setBusy(busy);
        for (int pass = 0; pass < 20; ++pass)
            QCoreApplication::processEvents();
        QTRY_VERIFY(runPaints.count() > before);
        QVERIFY(run->width() >= run->fontMetrics().horizontalAdvance(run->text().remove(QLatin1Char('&'))));
    }
    QCOMPARE(formLayouts.count(), 0);
    QCOMPARE(formPaints.count(), 0);
}

QTEST_MAIN(TestRightPanel)
#include "tst_rightpanel.moc"
