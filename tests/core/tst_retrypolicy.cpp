#include "task/retrypolicy.h"
#include "testenv.h"

#include <QTest>

using namespace rh;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void defaults()
    {
        const TrackerPolicy policy;
        QCOMPARE(policy.pollIntervalMs, 5000);
        QCOMPARE(policy.deadlineMs, 30 * 60 * 1000);
        QCOMPARE(policy.maxConsecutiveFailures, 4);
        QCOMPARE(policy.maxBackoffMs, 60000);
    }

    void backoff_data()
    {
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("expected");
        QTest::newRow("no failure") << 5000 << 0 << 60000 << 5000;
        QTest::newRow("negative failures") << 5000 << -3 << 60000 << 5000;
        QTest::newRow("one") << 5000 << 1 << 60000 << 10000;
        QTest::newRow("two") << 5000 << 2 << 60000 << 20000;
        QTest::newRow("three") << 5000 << 3 << 60000 << 40000;
        QTest::newRow("four hits the cap") << 5000 << 4 << 60000 << 60000;
        QTest::newRow("huge count does not overflow") << 5000 << 1000 << 60000 << 60000;
        QTest::newRow("int max failures") << 5000 << std::numeric_limits<int>::max() << 60000 << 60000;
        QTest::newRow("base above cap stays base") << 90000 << 2 << 60000 << 90000;
        QTest::newRow("zero base") << 0 << 3 << 60000 << 0;
        QTest::newRow("negative base") << -10 << 1 << 60000 << 0;
        QTest::newRow("tiny test interval") << 20 << 2 << 60000 << 80;
    }
    void backoff()
    {
        QFETCH(int, base);
        QFETCH(int, failures);
        QFETCH(int, cap);
        QFETCH(int, expected);
        QCOMPARE(backoffDelayMs(base, failures, cap), expected);
    }

    void schedule_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<int>("giveUp");
        QTest::addColumn<int>("delay");
        const int none = int(GiveUpReason::None);
        const int failures = int(GiveUpReason::TooManyFailures);
        const int deadline = int(GiveUpReason::Deadline);
        const qint64 min30 = 30 * 60 * 1000;
        QTest::newRow("first poll") << 0 << qint64(0) << none << 5000;
        QTest::newRow("after one failure") << 1 << qint64(10000) << none << 10000;
        QTest::newRow("after three failures") << 3 << qint64(10000) << none << 40000;
        QTest::newRow("fourth failure gives up") << 4 << qint64(10000) << failures << 0;
        QTest::newRow("more failures still give up") << 9 << qint64(10000) << failures << 0;
        QTest::newRow("near the deadline: poll at the deadline") << 0 << min30 - 1200 << none << 1200;
        QTest::newRow("backoff clipped by deadline") << 3 << min30 - 7000 << none << 7000;
        QTest::newRow("exactly at the deadline") << 0 << min30 << deadline << 0;
        QTest::newRow("past the deadline") << 0 << min30 + 99 << deadline << 0;
        QTest::newRow("failures win over deadline") << 4 << min30 + 99 << failures << 0;
    }
    void schedule()
    {
        QFETCH(int, failures);
        QFETCH(qint64, elapsed);
        QFETCH(int, giveUp);
        QFETCH(int, delay);
        const PollStep step = nextPollStep(TrackerPolicy{}, failures, elapsed);
        QCOMPARE(int(step.giveUp), giveUp);
        QCOMPARE(step.delayMs, delay);
    }

    void zeroFailureToleranceStillAllowsOneFailure()
    {
        TrackerPolicy policy;
        policy.maxConsecutiveFailures = 0; // nonsense setting: treated as 1
        QCOMPARE(nextPollStep(policy, 0, 0).giveUp, GiveUpReason::None);
        QCOMPARE(nextPollStep(policy, 1, 0).giveUp, GiveUpReason::TooManyFailures);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
