// Where each job stands after kill -9, given what the history says about its run: pure, row by row.
#include "task/queuerecovery.h"

#include <QtTest>

using namespace rh;

Q_DECLARE_METATYPE(rh::JobState)
Q_DECLARE_METATYPE(rh::TaskState)

class TestQueueRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recovered_data();
    void recovered();
    void jobsThatWereNotLiveStayAsTheyAre();
};

void TestQueueRecovery::recovered_data()
{
    QTest::addColumn<JobState>("stored");
    QTest::addColumn<bool>("hasRun");
    QTest::addColumn<TaskState>("runState");
    QTest::addColumn<QString>("taskId");
    QTest::addColumn<bool>("unknownOutcome");
    QTest::addColumn<JobState>("recovered");
    QTest::addColumn<bool>("keepsRun");

    const QString task = QStringLiteral("1907035719658053634");
    QTest::newRow("uploading: uploads again")
        << JobState::Uploading << false << TaskState::None << QString() << false << JobState::Waiting << true;
    QTest::newRow("submitting, cut off (marked unknown)")
        << JobState::Submitting << true << TaskState::Unknown << QString() << true << JobState::Unknown << true;
    QTest::newRow("submitting, answer arrived: poll")
        << JobState::Submitting << true << TaskState::Queued << task << false << JobState::Queued << true;
    QTest::newRow("submitting, refused 421: wait")
        << JobState::Submitting << true << TaskState::None << QString() << false << JobState::Waiting << false;
    QTest::newRow("running: poll again") << JobState::Running << true << TaskState::Running << task << false
                                         << JobState::Running << true;
    QTest::newRow("queued, ended meanwhile")
        << JobState::Queued << true << TaskState::Success << task << false << JobState::Succeeded << true;
    QTest::newRow("running, failed meanwhile")
        << JobState::Running << true << TaskState::Failed << task << false << JobState::Failed << true;
    QTest::newRow("rejected") << JobState::Queued << true << TaskState::Rejected << task << false << JobState::Failed
                              << true;
    QTest::newRow("cancelled") << JobState::Running << true << TaskState::Cancelled << task << false
                               << JobState::Cancelled << true;
    QTest::newRow("gave up: poll again") << JobState::Running << true << TaskState::GaveUp << task << false
                                         << JobState::Running << true;
    QTest::newRow("run removed from the history")
        << JobState::Running << false << TaskState::None << task << false << JobState::Unknown << true;
}

void TestQueueRecovery::recovered()
{
    QFETCH(JobState, stored);
    QFETCH(bool, hasRun);
    QFETCH(TaskState, runState);
    QFETCH(QString, taskId);
    QFETCH(bool, unknownOutcome);
    QFETCH(JobState, recovered);
    QFETCH(bool, keepsRun);
    Job job;
    job.id = 3;
    job.state = stored;
    job.runId = 12;
    std::optional<RunRecord> run;
    if (hasRun) {
        run = RunRecord{};
        run->id = 12;
        run->state = runState;
        run->taskId = taskId;
        run->unknownOutcome = unknownOutcome;
        run->coins = QStringLiteral("12");
    }
    const Job after = recoveredJob(job, run);
    QCOMPARE(after.state, recovered);
    QCOMPARE(after.runId, keepsRun ? qint64(12) : qint64(0));
    if (hasRun && recovered != JobState::Waiting)
        QCOMPARE(after.taskId, taskId);
    if (recovered == JobState::Succeeded)
        QCOMPARE(after.coins, QStringLiteral("12"));
}

void TestQueueRecovery::jobsThatWereNotLiveStayAsTheyAre()
{
    for (const JobState state : {JobState::Waiting, JobState::OnHold, JobState::Succeeded, JobState::Failed,
                                 JobState::Cancelled, JobState::Unknown}) {
        Job job;
        job.state = state;
        QCOMPARE(recoveredJob(job, std::nullopt).state, state);
    }
}

QTEST_APPLESS_MAIN(TestQueueRecovery)
#include "tst_queuerecovery.moc"
