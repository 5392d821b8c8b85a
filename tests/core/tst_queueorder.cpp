// Reordering the queue, a job's next attempt and the batch rule's input: pure, row by row.
#include "model/queueorder.h"

#include <QtTest>

using namespace rh;

using Ids = QList<qint64>;
using States = QList<JobState>;
Q_DECLARE_METATYPE(rh::JobState)

namespace {

QList<Job> queueOf(const States &states)
{
    QList<Job> jobs;
    for (int i = 0; i < states.size(); ++i) {
        Job job;
        job.id = i + 1;
        job.position = (i + 1) * 10; // gaps, as after removals
        job.state = states.at(i);
        jobs.append(job);
    }
    return jobs;
}

Ids idsOf(const QList<Job> &jobs)
{
    Ids ids;
    for (const Job &job : jobs)
        ids.append(job.id);
    return ids;
}

} // namespace

class TestQueueOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moved_data();
    void moved();
    void positionsAreRenumbered();
    void nextAttemptKeepsTheRequest();
    void endedFailureKeysInTheOrderTheyEnded();
};

void TestQueueOrder::moved_data()
{
    const JobState w = JobState::Waiting;
    QTest::addColumn<States>("states");
    QTest::addColumn<Ids>("moving");
    QTest::addColumn<int>("index");
    QTest::addColumn<Ids>("order");
    QTest::newRow("last to top") << States{w, w, w, w} << Ids{4} << 0 << Ids{4, 1, 2, 3};
    QTest::newRow("first to the end") << States{w, w, w, w} << Ids{1} << 4 << Ids{2, 3, 4, 1};
    QTest::newRow("up one") << States{w, w, w, w} << Ids{3} << 1 << Ids{1, 3, 2, 4};
    QTest::newRow("down one (before the job two below)") << States{w, w, w, w} << Ids{2} << 3 << Ids{1, 3, 2, 4};
    QTest::newRow("several keep their order") << States{w, w, w, w} << Ids{4, 2} << 0 << Ids{2, 4, 1, 3};
    QTest::newRow("index past the end") << States{w, w, w} << Ids{1} << 99 << Ids{2, 3, 1};
    QTest::newRow("negative index") << States{w, w, w} << Ids{3} << -5 << Ids{3, 1, 2};
    QTest::newRow("live jobs stay") << States{JobState::Running, w, w} << Ids{1, 3} << 0 << Ids{3, 1, 2};
    QTest::newRow("held ones move") << States{w, JobState::OnHold} << Ids{2} << 0 << Ids{2, 1};
    QTest::newRow("ended ones stay") << States{w, JobState::Succeeded} << Ids{2} << 0 << Ids{1, 2};
    QTest::newRow("unknown id") << States{w, w} << Ids{9} << 0 << Ids{1, 2};
}

void TestQueueOrder::moved()
{
    QFETCH(States, states);
    QFETCH(Ids, moving);
    QFETCH(int, index);
    QFETCH(Ids, order);
    QCOMPARE(idsOf(movedJobs(queueOf(states), moving, index)), order);
}

void TestQueueOrder::positionsAreRenumbered()
{
    const QList<Job> moved = movedJobs(queueOf({JobState::Waiting, JobState::Waiting}), {2}, 0);
    QCOMPARE(moved.at(0).position, 1);
    QCOMPARE(moved.at(1).position, 2);
    const QList<Job> same = queueOf({JobState::Waiting});
    QCOMPARE(movedJobs(same, {5}, 0).first().position, 10); // nothing moved: nothing renumbered
}

void TestQueueOrder::nextAttemptKeepsTheRequest()
{
    Job job;
    job.id = 7;
    job.state = JobState::Failed;
    job.attempt = 2;
    job.runId = 40;
    job.taskId = QStringLiteral("1907035719658053634");
    job.errorCode = QStringLiteral("805");
    job.errorText = QStringLiteral("out of memory");
    job.failureKey = QStringLiteral("x");
    job.coins = QStringLiteral("12");
    job.request.webappId = QStringLiteral("1877265245566922753");
    const Job again = nextAttempt(job);
    QCOMPARE(again.state, JobState::Waiting);
    QCOMPARE(again.attempt, 3);
    QCOMPARE(again.runId, qint64(0));
    QVERIFY(again.taskId.isEmpty() && again.errorCode.isEmpty() && again.errorText.isEmpty());
    QVERIFY(again.failureKey.isEmpty() && again.coins.isEmpty());
    QCOMPARE(again.request, job.request);
    QCOMPARE(again.id, job.id);
}

void TestQueueOrder::endedFailureKeysInTheOrderTheyEnded()
{
    QList<Job> jobs =
        queueOf({JobState::Failed, JobState::Succeeded, JobState::Failed, JobState::Waiting, JobState::Failed});
    for (Job &job : jobs)
        job.origin.batchId = 1;
    jobs[0].stateChangedAtMs = 300;
    jobs[0].failureKey = QStringLiteral("a");
    jobs[1].stateChangedAtMs = 100;
    jobs[2].stateChangedAtMs = 200;
    jobs[2].failureKey = QStringLiteral("b");
    jobs[4].origin.batchId = 2;
    QCOMPARE(endedFailureKeys(jobs, 1), (QList<QString>{QString(), QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(endedFailureKeys(jobs, 2).size(), 1);
    QVERIFY(endedFailureKeys(jobs, 3).isEmpty());
}

QTEST_APPLESS_MAIN(TestQueueOrder)
#include "tst_queueorder.moc"
