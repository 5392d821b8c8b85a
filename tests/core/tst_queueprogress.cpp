// Progress of the queue and of a batch, the median run time and the estimate of what is left.
#include "model/queueprogress.h"

#include <QtTest>

using namespace rh;

using Durations = QList<qint64>;
using Expected = QList<std::optional<qint64>>;
Q_DECLARE_METATYPE(std::optional<qint64>)

namespace {

Job jobIn(qint64 batchId, JobState state)
{
    Job job;
    job.origin.batchId = batchId;
    job.state = state;
    return job;
}

} // namespace

class TestQueueProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts();
    void median_data();
    void median();
    void estimate_data();
    void estimate();
};

void TestQueueProgress::counts()
{
    const QList<Job> jobs{jobIn(1, JobState::Succeeded), jobIn(1, JobState::Failed),   jobIn(1, JobState::Running),
                          jobIn(1, JobState::Waiting),   jobIn(2, JobState::OnHold),   jobIn(2, JobState::Unknown),
                          jobIn(0, JobState::Uploading), jobIn(0, JobState::Cancelled)};
    const QueueCounts all = countJobs(jobs);
    QCOMPARE(all.total, 8);
    QCOMPARE(all.done(), 4);
    QCOMPARE(all.remaining(), 4);
    QCOMPARE(all.live, 2);
    QCOMPARE(all.waiting, 2);
    QCOMPARE(all.onHold, 1);
    QCOMPARE(all.percent(), 50);
    const QueueCounts first = countJobs(jobs, 1);
    QCOMPARE(first.total, 4);
    QCOMPARE(first.succeeded, 1);
    QCOMPARE(first.failed, 1);
    QCOMPARE(first.percent(), 50);
    QCOMPARE(countJobs(jobs, 0).total, 2);
    QCOMPARE(countJobs({}).percent(), 0);
}

void TestQueueProgress::median_data()
{
    QTest::addColumn<Durations>("durations");
    QTest::addColumn<std::optional<qint64>>("median");
    QTest::newRow("none") << Durations{} << std::optional<qint64>();
    QTest::newRow("one") << Durations{42} << std::optional<qint64>(42);
    QTest::newRow("odd, unsorted") << Durations{30, 10, 20} << std::optional<qint64>(20);
    QTest::newRow("even") << Durations{10, 40, 20, 30} << std::optional<qint64>(25);
    QTest::newRow("an outlier does not drag it") << Durations{10, 11, 12, 600000} << std::optional<qint64>(11);
}

void TestQueueProgress::median()
{
    QFETCH(Durations, durations);
    QFETCH(std::optional<qint64>, median);
    QCOMPARE(medianMs(durations), median);
}

void TestQueueProgress::estimate_data()
{
    QTest::addColumn<Expected>("waiting");
    QTest::addColumn<Expected>("live");
    QTest::addColumn<int>("slots");
    QTest::addColumn<std::optional<qint64>>("remaining");
    const std::optional<qint64> none;
    QTest::newRow("no history yet") << Expected{none, none} << Expected{} << 1 << none;
    QTest::newRow("ten waiting, one slot") << Expected(10, 60000) << Expected{} << 1 << std::optional<qint64>(600000);
    QTest::newRow("ten waiting, two slots") << Expected(10, 60000) << Expected{} << 2 << std::optional<qint64>(300000);
    QTest::newRow("live ones count half") << Expected{} << Expected{60000, 60000} << 1 << std::optional<qint64>(60000);
    QTest::newRow("unknown apps count as the mean")
        << Expected{10000, 30000, none} << Expected{} << 1 << std::optional<qint64>(60000);
}

void TestQueueProgress::estimate()
{
    QFETCH(Expected, waiting);
    QFETCH(Expected, live);
    QFETCH(int, slots);
    QFETCH(std::optional<qint64>, remaining);
    QCOMPARE(estimateRemainingMs(waiting, live, slots), remaining);
}

QTEST_APPLESS_MAIN(TestQueueProgress)
#include "tst_queueprogress.moc"
