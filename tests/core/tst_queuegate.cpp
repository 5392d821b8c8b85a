// The state a server (and account) of the queue shares: slots, 421 backoff with its slot cap, offline and holds.
#include "task/queuegate.h"

#include <QtTest>

using namespace rh;

class TestQueueGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jitteredDelay_data();
    void jitteredDelay();
    void startable_data();
    void startable();
    void busyBacksOffAndDoublesToTheCap();
    void aTaskEndingLiftsTheCap();
    void offlineWaitsForAProbe();
    void holdStopsEverything();
};

void TestQueueGate::jitteredDelay_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<double>("random01");
    QTest::addColumn<int>("delay");
    // 5 s doubling to 60 s, spread by ±20 %, never above 60 s.
    QTest::newRow("first, middle") << 0 << 0.5 << 5000;
    QTest::newRow("first, low") << 0 << 0.0 << 4000;
    QTest::newRow("first, high") << 0 << 1.0 << 6000;
    QTest::newRow("second") << 1 << 0.5 << 10000;
    QTest::newRow("third") << 2 << 0.5 << 20000;
    QTest::newRow("fourth") << 3 << 0.5 << 40000;
    QTest::newRow("capped") << 4 << 0.5 << 60000;
    QTest::newRow("capped, high stays at the cap") << 9 << 1.0 << 60000;
    QTest::newRow("capped, low") << 9 << 0.0 << 48000;
    QTest::newRow("random out of range") << 0 << 7.0 << 6000;
}

void TestQueueGate::jitteredDelay()
{
    QFETCH(int, failures);
    QFETCH(double, random01);
    QFETCH(int, delay);
    QCOMPARE(jitteredDelayMs(5000, failures, 60000, 0.2, random01), delay);
}

void TestQueueGate::startable_data()
{
    QTest::addColumn<int>("slots");
    QTest::addColumn<int>("live");
    QTest::addColumn<int>("startable");
    QTest::newRow("one slot, idle") << 1 << 0 << 1;
    QTest::newRow("one slot, taken") << 1 << 1 << 0;
    QTest::newRow("three slots, one live") << 3 << 1 << 2;
    QTest::newRow("window runs count too") << 3 << 4 << 0;
    QTest::newRow("zero slots means one") << 0 << 0 << 1;
}

void TestQueueGate::startable()
{
    QFETCH(int, slots);
    QFETCH(int, live);
    QFETCH(int, startable);
    QCOMPARE(QueueGate().startable(slots, live, 0), startable);
    QCOMPARE(QueueGate().status(), QueueGate::Status::Open);
}

void TestQueueGate::busyBacksOffAndDoublesToTheCap()
{
    QueueTiming timing;
    QueueGate gate;
    gate.busy(421, 2, 1000, timing, 0.5);
    QCOMPARE(gate.status(), QueueGate::Status::Busy);
    QCOMPARE(gate.busyCode(), 421);
    QCOMPARE(gate.retryAtMs(), 1000 + 5000);
    QCOMPARE(gate.wakeAtMs(1000), 6000);
    QCOMPARE(gate.startable(3, 1, 5999), 0); // backing off
    QCOMPARE(gate.startable(3, 1, 6000), 1); // the account took 2: one slot off
    QCOMPARE(gate.startable(3, 2, 6000), 0);
    gate.busy(421, 2, 6000, timing, 0.5);
    QCOMPARE(gate.retryAtMs(), 6000 + 10000);
    for (int i = 0; i < 6; ++i)
        gate.busy(415, 2, 0, timing, 0.5);
    QCOMPARE(gate.retryAtMs(), 60000);
    QCOMPARE(gate.busyCode(), 415);
    gate.created(); // the account took a run: not busy any more, the cap stays until a task ends
    QCOMPARE(gate.status(), QueueGate::Status::Open);
    QCOMPARE(gate.cap(), 2);
    gate.busy(421, 2, 0, timing, 0.5);
    QCOMPARE(gate.retryAtMs(), 5000); // the streak started again
}

void TestQueueGate::aTaskEndingLiftsTheCap()
{
    QueueGate gate;
    gate.busy(421, 2, 0, {}, 0.5);
    gate.taskEnded();
    QCOMPARE(gate.cap(), -1);
    QCOMPARE(gate.startable(3, 1, 1), 2); // at once: a slot is free on the account
    QCOMPARE(gate.wakeAtMs(1), 0);
    // Runs the queue does not know fill the account (the website): with none of ours live, one probes.
    QueueGate web;
    web.busy(421, 0, 0, {}, 0.5);
    QCOMPARE(web.startable(3, 0, 4999), 0);
    QCOMPARE(web.startable(3, 0, 5000), 1);
    QCOMPARE(web.startable(3, 1, 5000), 0);
}

void TestQueueGate::offlineWaitsForAProbe()
{
    QueueTiming timing;
    QueueGate gate;
    gate.offline(0, timing, 0.5);
    QCOMPARE(gate.status(), QueueGate::Status::Offline);
    QVERIFY(!gate.wantsProbe(4999));
    QVERIFY(gate.wantsProbe(5000));
    QCOMPARE(gate.startable(3, 0, 100000), 0); // nothing is sent before a probe answered
    gate.offline(5000, timing, 0.5);
    QCOMPARE(gate.retryAtMs(), 5000 + 10000);
    gate.online();
    QCOMPARE(gate.status(), QueueGate::Status::Open);
    QCOMPARE(gate.startable(3, 0, 0), 3);
    gate.offline(0, timing, 0.5);
    QCOMPARE(gate.retryAtMs(), 5000); // the streak started again
}

void TestQueueGate::holdStopsEverything()
{
    QueueGate gate;
    gate.hold({HoldReason::Balance, 416, QStringLiteral("TASK_CREATE_FAILED_BY_NOT_ENOUGH_WALLET")});
    QCOMPARE(gate.status(), QueueGate::Status::Held);
    QCOMPARE(gate.startable(20, 0, 0), 0);
    gate.offline(0, {}, 0.5);
    QVERIFY(!gate.wantsProbe(1000000));
    gate.release();
    gate.online();
    QCOMPARE(gate.startable(20, 0, 0), 20);
}

QTEST_APPLESS_MAIN(TestQueueGate)
#include "tst_queuegate.moc"
