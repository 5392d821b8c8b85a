// The task panel's progress costs nothing while nothing changes: no busy (0, 0) bar, which the style animates for
// the whole run, but a static badge with a clock that ticks once a second and only while someone can see it.
#include "errortext.h"
#include "eventcounter.h"
#include "formdriver.h"
#include "task/elapsedlabel.h"
#include "task/taskpanel.h"
#include "testenv.h"
#include "windowfixture.h"

#include "model/taskstate.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
constexpr int Long = 60000; // sandbox phase length; the test steps the sandbox's clock itself

bool hasState(const test::WindowFixture &f, TaskState state)
{
    return f.find<QLabel>("taskStatusLabel")->text() == ErrorText::stateName(state);
}

} // namespace

class TestTaskPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void format_data();
    void format();
    void progressBarIsNeverBusyDuringARun();
    void stepsRepaintTheBarOnceASecond();
    void waitingStepsJoinTheClocksFrame();
    void clockTicksOnlyWhileSeen();
    void sandboxCostIsSimulated();
    void keepsItsHeightThroughARun();
    void aTickIsNotALayout();
};

void TestTaskPanel::format_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00");
    QTest::newRow("seconds") << qint64(7) << QStringLiteral("0:07");
    QTest::newRow("minutes") << qint64(62) << QStringLiteral("1:02");
    QTest::newRow("last minute of an hour") << qint64(3599) << QStringLiteral("59:59");
    QTest::newRow("an hour") << qint64(3600) << QStringLiteral("1:00:00");
    QTest::newRow("hours") << qint64(3723) << QStringLiteral("1:02:03");
    QTest::newRow("clock went back") << qint64(-5) << QStringLiteral("0:00");
}

void TestTaskPanel::format()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(ElapsedLabel::format(seconds), text);
}

// Sampled on every turn of the event loop from the click to the end: the bar is never in busy mode; while the
// server gives no step count the bar is hidden and the badge's clock says the task is alive.
void TestTaskPanel::progressBarIsNeverBusyDuringARun()
{
    test::WindowFixture f;
    QVERIFY(f.open(Long, Long));
    test::typeAppId(f, textApp);
    auto *bar = f.find<QProgressBar>("progressBar");
    auto *clock = f.find<ElapsedLabel>("taskElapsedLabel");
    QVERIFY(bar && clock);
    int samples = 0, busy = 0;
    QTimer sampler;
    sampler.setInterval(0);
    connect(&sampler, &QTimer::timeout, this, [&] {
        ++samples;
        if (bar->minimum() == 0 && bar->maximum() == 0)
            ++busy;
    });
    sampler.start();
    test::clickRun(f);
    QTRY_VERIFY(hasState(f, TaskState::Queued));
    QVERIFY(bar->isHidden());
    QVERIFY(clock->isVisible());
    QCOMPARE(clock->text(), QStringLiteral("0:00"));
    f.sandbox.advanceClock(Long);
    QTRY_VERIFY(hasState(f, TaskState::Running));
    QVERIFY(bar->isHidden());
    QVERIFY(clock->isVisible());
    f.sandbox.advanceClock(Long);
    QTRY_VERIFY(hasState(f, TaskState::Success));
    QVERIFY(clock->isHidden());
    QVERIFY(!clock->isTicking());
    sampler.stop();
    QVERIFY(samples > 10);
    QCOMPARE(busy, 0);
}

// A sampler sends a step at a time; each shown step is a repaint of the bar. The first count and a new maximum show at
// once, the steps between at most once a second (the last one always).
void TestTaskPanel::stepsRepaintTheBarOnceASecond()
{
    TaskPanel panel;
    panel.setState(TaskState::Running);
    panel.show();
    auto *bar = panel.findChild<QProgressBar *>(QStringLiteral("progressBar"));
    panel.setProgress(1, 20);
    QCOMPARE(bar->maximum(), 20);
    QCOMPARE(bar->value(), 1);
    QVERIFY(bar->isVisible());
    QElapsedTimer clock;
    clock.start();
    for (int step = 2; step <= 9; ++step)
        panel.setProgress(step, 20);
    if (clock.elapsed() < 900) // the steps above came within the second: none is shown yet
        QCOMPARE(bar->value(), 1);
    QTRY_COMPARE(bar->value(), 9);
    QCOMPARE(bar->accessibleDescription(), QStringLiteral("9 of 20"));
    panel.setProgress(0, 4); // the next node: a new scale at once
    QCOMPARE(bar->maximum(), 4);
    QCOMPARE(bar->value(), 0);
    QCOMPARE(bar->accessibleDescription(), QStringLiteral("0 of 4"));
}

// A step waiting for its second is shown when the clock redraws, so the two make one frame a second, not two.
void TestTaskPanel::waitingStepsJoinTheClocksFrame()
{
    TaskPanel panel;
    panel.setState(TaskState::Running);
    panel.show();
    auto *bar = panel.findChild<QProgressBar *>(QStringLiteral("progressBar"));
    auto *clock = panel.findChild<ElapsedLabel *>(QStringLiteral("taskElapsedLabel"));
    QVERIFY(bar && clock);
    panel.setProgress(1, 20);
    panel.setProgress(2, 20);
    QCOMPARE(bar->value(), 1); // waiting for its second
    Q_EMIT clock->ticked();
    QCOMPARE(bar->value(), 2);
    QCOMPARE(bar->accessibleDescription(), QStringLiteral("2 of 20"));
}

// The clock counts real seconds while shown and stops (no timer at all) in a hidden or minimised window.
void TestTaskPanel::clockTicksOnlyWhileSeen()
{
    test::WindowFixture f;
    QVERIFY(f.open(Long, Long));
    test::typeAppId(f, textApp);
    auto *clock = f.find<ElapsedLabel>("taskElapsedLabel");
    QVERIFY(clock);
    QVERIFY(!clock->isTicking()); // nothing to count yet
    test::clickRun(f);
    QTRY_VERIFY(hasState(f, TaskState::Queued));
    QVERIFY(clock->isTicking());
    // It moves on from 0:00; a loaded machine may skip a second, so not exactly 0:01.
    QTRY_VERIFY_WITH_TIMEOUT(clock->text() != QStringLiteral("0:00"), 5000);

    f.window->showMinimized();
    QVERIFY(!clock->isTicking());
    f.window->showNormal();
    QVERIFY(clock->isTicking());
    f.window->hide();
    QVERIFY(!clock->isTicking());
    f.window->show();
    QVERIFY(clock->isTicking());
}

void TestTaskPanel::sandboxCostIsSimulated()
{
    TaskPanel panel;
    auto *title = panel.findChild<QLabel *>(QStringLiteral("costTitleLabel"));
    QCOMPARE(title->text(), QStringLiteral("Cost:"));
    panel.setSandbox(true);
    QCOMPARE(title->text(), QStringLiteral("Simulated cost:"));
}

// One height from the first state to the last: the bar and the sentence's line have their room from the start, so no
// state change moves the rows below, toggles the panel's scroll bar or lays the panel out again.
void TestTaskPanel::keepsItsHeightThroughARun()
{
    TaskPanel panel;
    panel.setSandbox(true);
    panel.resize(300, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const auto height = [&panel] {
        return panel.hasHeightForWidth() ? panel.heightForWidth(300) : panel.sizeHint().height();
    };
    const int idle = height();
    panel.setState(TaskState::Submitting);
    QCOMPARE(height(), idle);
    panel.setTaskId(QStringLiteral("2013512361559146497"));
    panel.setState(TaskState::Queued);
    QCOMPARE(height(), idle);
    panel.setState(TaskState::Running);
    panel.setProgress(1, 5);
    QVERIFY(panel.findChild<QProgressBar *>(QStringLiteral("progressBar"))->isVisible());
    QCOMPARE(height(), idle);
    auto *cancel = panel.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QRect cancelWithBar = cancel->geometry();
    panel.setCost(QStringLiteral("4 s"));
    panel.setState(TaskState::Success);
    QVERIFY(!panel.findChild<QProgressBar *>(QStringLiteral("progressBar"))->isVisible());
    QCOMPARE(height(), idle);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(cancel->geometry(), cancelWithBar); // the hidden bar keeps its place: the row does not close up
}

// The clock has one size for every reading ("0:00" to "88:88:88"): its new text each second repaints the clock and
// asks nothing of the layout around it. A label that may change size asked its parent to lay out at every tick.
void TestTaskPanel::aTickIsNotALayout()
{
    QWidget row;
    auto *layout = new QHBoxLayout(&row);
    auto *clock = new ElapsedLabel(&row);
    layout->addWidget(clock);
    layout->addStretch(1);
    row.show();
    QVERIFY(QTest::qWaitForWindowExposed(&row));
    clock->start();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the clock's appearance
    QCOMPARE(clock->text(), ElapsedLabel::format(0));
    const QFontMetrics metrics(clock->font());
    QVERIFY(clock->contentsRect().width() >= metrics.horizontalAdvance(ElapsedLabel::format(99 * 3600 + 59 * 60 + 59)));
    test::EventCounter layouts(&row, QEvent::LayoutRequest);
    QSignalSpy ticks(clock, &ElapsedLabel::ticked);
    QVERIFY(ticks.wait(5000));
    QVERIFY(clock->text() != ElapsedLabel::format(0)); // the first tick reads a second, even a little early
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(layouts.count(), 0);
}

QTEST_MAIN(TestTaskPanel)
#include "tst_taskpanel.moc"
