// The run queue against the sandbox over real sockets: slots and 421s, a balance that runs out, a batch that keeps
// making the same mistake, a lost submit answer, the network going away, cancel, retry, restart, pause.
#include "queuefixture.h"
#include "testenv.h"

#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "store/appsettings.h"
#include "store/database.h"
#include "store/historystore.h"
#include "store/queuestore.h"
#include "task/runmanager.h"
#include "task/runqueue.h"
#include "task/tasktracker.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace rh;

namespace {

const QString server = QStringLiteral("sandbox");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
const QString cancelPath = QStringLiteral("/task/openapi/cancel");
constexpr int Slow = 60000; // a sandbox phase the test ends itself
constexpr int Wait = 30000;

QList<JobSpec> jobs(int count, const QString &prefix = QStringLiteral("job"), int steps = 20)
{
    QList<JobSpec> specs;
    for (int i = 1; i <= count; ++i)
        specs.append(test::textJob(server, QStringLiteral("%1 %2").arg(prefix).arg(i), steps));
    return specs;
}

BatchRecord batchNamed(const QString &name)
{
    BatchRecord batch;
    batch.server = server;
    batch.name = name;
    return batch;
}

int filesIn(const QString &folder)
{
    return int(QDir(folder).entryList(QDir::Files).size());
}

} // namespace

class TestRunQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void init();
    void cleanup();
    void thirtyJobsThroughAnAccountThatAllowsTwo();
    void balanceForTenRuns();
    void sameValidationErrorHoldsTheBatch();
    void differentOutcomesDoNotHold();
    void lostSubmitAnswerIsUnknownAndNotResent();
    void networkDownWaitsAndRetries();
    void runsTheQueueDoesNotKnowCause421();
    void windowRunsCountAgainstSlots();
    void cancelWaitingAndLive();
    void retryIsANewAttemptLinkedInHistory();
    void restartFollowsLiveJobsAgain();
    void aRefusalCutOffByAKillLeavesOneRun();
    void pauseSurvivesARestart();
    void moveKeepsOrderAcrossRestart();
    void aDownloadCutOffIsFinishedOnce();

private:
    void open(int slots, const QString &key = SandboxServer::demoApiKey());
    QString results() const { return m_dir->filePath(QStringLiteral("results")); }
    RunQueue *queue() const { return m_services->queue(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<Services> m_services;
};

void TestRunQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->start());
    m_sandbox->setTimings(0, 60);
}

void TestRunQueue::cleanup()
{
    m_services.reset();
    m_sandbox.reset();
    m_dir.reset();
}

void TestRunQueue::open(int slots, const QString &key)
{
    m_services = test::makeQueueServices(m_dir->path(), m_sandbox->baseUrl(), key, slots);
    queue()->start();
}

void TestRunQueue::thirtyJobsThroughAnAccountThatAllowsTwo()
{
    m_sandbox->setConcurrencyLimit(2);
    open(3);
    QVERIFY(queue()->addBatch(batchNamed(QStringLiteral("thirty")), jobs(30)) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().succeeded, 30, Wait);
    QCOMPARE(m_sandbox->taskCount(), 30);
    QVERIFY2(m_sandbox->requestCount(runPath) > 30, "the third slot met 421s and waited them out");
    const QHash<QString, int> byPrompt = m_sandbox->taskCountByPrompt();
    for (int i = 1; i <= 30; ++i)
        QCOMPARE(byPrompt.value(QStringLiteral("job %1").arg(i)), 1);
    // Every output downloaded once: one GET per file, one file per task.
    QTRY_COMPARE_WITH_TIMEOUT(filesIn(results()), 30, Wait);
    QTRY_COMPARE(m_services->runs()->downloadingCount(), 0);
    const QHash<QString, int> requests = m_sandbox->requestCounts();
    int fileGets = 0;
    for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("/files/"))) {
            QCOMPARE(it.value(), 1);
            ++fileGets;
        }
    }
    QCOMPARE(fileGets, 30);
    // The history holds one run per job: refusals that created nothing leave no run behind.
    for (const Job &job : queue()->jobs()) {
        const QList<RunRecord> runs = m_services->history()->runsOfJob(job.id);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().attempt, 1);
        QCOMPARE(runs.first().taskId, job.taskId);
    }
    QVERIFY(!queue()->isBusy());
}

void TestRunQueue::balanceForTenRuns()
{
    const QString key = QStringLiteral("consumer-key-with-coins-for-ten!");
    m_sandbox->addKey(key, 3, 10 * 2); // 2 coins per run: 60 ms rounds up to one second at 2 coins a second
    open(3, key);
    QVERIFY(queue()->addBatch(batchNamed(QStringLiteral("thirty")), jobs(30)) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(queue()->gate(server).status(), QueueGate::Status::Held, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().live, 0, Wait);
    const QueueCounts counts = queue()->counts();
    QCOMPARE(counts.succeeded, 10);
    QCOMPARE(counts.waiting, 20);
    QCOMPARE(m_sandbox->taskCount(key), 10);
    const Hold hold = queue()->gate(server).heldFor();
    QCOMPARE(hold.reason, HoldReason::Balance);
    QCOMPARE(hold.code, 416);
    for (const Job &job : queue()->jobs()) {
        if (job.state == JobState::Waiting) {
            QCOMPARE(job.attempt, 1);
            QCOMPARE(job.runId, qint64(0));
            QVERIFY(job.taskId.isEmpty());
        }
    }
    QVERIFY(!queue()->isBusy()); // held: the computer may sleep
    // Topped up: Resume continues with the same jobs.
    m_sandbox->setKeyBalance(key, 1000);
    queue()->resume();
    QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().succeeded, 30, Wait);
    QCOMPARE(m_sandbox->taskCount(key), 30);
}

void TestRunQueue::sameValidationErrorHoldsTheBatch()
{
    open(1);
    const qint64 batchId =
        queue()->addBatch(batchNamed(QStringLiteral("too many steps")), jobs(6, QStringLiteral("bad"), 200));
    QTRY_VERIFY_WITH_TIMEOUT(queue()->batch(batchId)->hold.isHeld(), Wait);
    QCOMPARE(queue()->batch(batchId)->hold.reason, HoldReason::Validation);
    QueueCounts counts = queue()->counts(batchId);
    QCOMPARE(counts.failed, 3);
    QCOMPARE(counts.onHold, 3);
    QCOMPARE(m_sandbox->requestCount(runPath), 3);
    QVERIFY(!queue()->isBusy());
    // The user looked and wants the rest anyway: they go on and are not held again.
    queue()->resume();
    QTRY_COMPARE_WITH_TIMEOUT(queue()->counts(batchId).failed, 6, Wait);
    QVERIFY(!queue()->batch(batchId)->hold.isHeld());
    QCOMPARE(m_sandbox->requestCount(runPath), 6);
}

void TestRunQueue::differentOutcomesDoNotHold()
{
    open(1);
    QList<JobSpec> mixed = jobs(2, QStringLiteral("bad"), 200);
    mixed.insert(1, test::textJob(server, QStringLiteral("good"), 20));
    mixed.append(jobs(2, QStringLiteral("later bad"), 200));
    const qint64 batchId = queue()->addBatch(batchNamed(QStringLiteral("mixed")), mixed);
    QTRY_COMPARE_WITH_TIMEOUT(queue()->counts(batchId).done(), 5, Wait);
    QCOMPARE(queue()->counts(batchId).failed, 4);
    QVERIFY(!queue()->batch(batchId).has_value() || !queue()->batch(batchId)->hold.isHeld());
}

void TestRunQueue::lostSubmitAnswerIsUnknownAndNotResent()
{
    open(1);
    m_sandbox->failNext(runPath, SandboxServer::Fault::Reset); // the task is created, its answer cut off
    const QList<qint64> ids = queue()->add(jobs(3));
    QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().done(), 3, Wait);
    const Job *lost = queue()->job(ids.first());
    QCOMPARE(lost->state, JobState::Unknown);
    QCOMPARE(queue()->counts().succeeded, 2);
    QCOMPARE(m_sandbox->taskCountByPrompt().value(QStringLiteral("job 1")), 1);
    QCOMPARE(m_sandbox->requestCount(runPath), 3);                        // never resent by itself
    QVERIFY(queue()->removeFinished() == 2 && queue()->job(ids.first())); // Unknown waits for a decision
    // The user's explicit word sends it again (a second task: it may be charged twice).
    QVERIFY(queue()->runAgainAnyway(ids.first()));
    QTRY_COMPARE_WITH_TIMEOUT(queue()->job(ids.first())->state, JobState::Succeeded, Wait);
    QCOMPARE(queue()->job(ids.first())->attempt, 2);
    QCOMPARE(m_sandbox->taskCountByPrompt().value(QStringLiteral("job 1")), 2);
    QCOMPARE(queue()->forget({ids.first()}), 0); // only Unknown jobs are forgotten
}

void TestRunQueue::networkDownWaitsAndRetries()
{
    // Nothing listens on the port yet: connection refused, so nothing reached a server.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_services = test::makeQueueServices(m_dir->path(), url, SandboxServer::demoApiKey(), 1);
    queue()->start();
    const QList<qint64> ids = queue()->add(jobs(2));
    QTRY_COMPARE_WITH_TIMEOUT(queue()->gate(server).status(), QueueGate::Status::Offline, Wait);
    QCOMPARE(queue()->job(ids.first())->state, JobState::Waiting);
    QVERIFY(queue()->isBusy()); // still working: keep the computer awake
    SandboxServer late;
    QVERIFY(late.start(port));
    late.setTimings(0, 20);
    QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().succeeded, 2, Wait);
    QCOMPARE(late.taskCount(), 2);
    QCOMPARE(queue()->gate(server).status(), QueueGate::Status::Open);
    m_services.reset();
}

void TestRunQueue::runsTheQueueDoesNotKnowCause421()
{
    const QString key = QStringLiteral("consumer-key-also-used-on-the-web");
    m_sandbox->addKey(key, 1, 100000);
    m_sandbox->setTimings(0, Slow);
    open(2, key);
    // A run started on the website with the same key fills the account.
    Endpoint web{m_sandbox->baseUrl(), key};
    QSignalSpy created(m_services->api()->runAiApp(web, test::textRequest(QStringLiteral("website"))),
                       &ApiCall::finished);
    QVERIFY(created.wait());
    m_sandbox->setTimings(0, 20);
    queue()->add(jobs(2));
    QTRY_COMPARE_WITH_TIMEOUT(queue()->gate(server).status(), QueueGate::Status::Busy, Wait);
    // Both were sent at once (2 slots); the second 421 may still be on its way when the gate closes.
    QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().waiting, 2, Wait);
    QCOMPARE(queue()->counts().failed, 0); // a full account is never a failure
    m_sandbox->advanceClock(Slow);         // the website's run ends; the queue never heard of it
    QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().succeeded, 2, Wait);
    QCOMPARE(m_sandbox->taskCount(key), 3);
}

void TestRunQueue::windowRunsCountAgainstSlots()
{
    m_sandbox->setTimings(0, Slow);
    open(1);
    m_services->runs()->start(test::textRequest(QStringLiteral("from the form")), QStringLiteral("Text to image"));
    QTRY_COMPARE(m_sandbox->taskCount(), 1);
    m_sandbox->setTimings(0, 20);
    queue()->add(jobs(1));
    QTest::qWait(300); // nothing may be sent meanwhile: there is no signal for "did not send"
    QCOMPARE(m_sandbox->requestCount(runPath), 1);
    m_sandbox->advanceClock(Slow);
    QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().succeeded, 1, Wait);
    QCOMPARE(m_sandbox->requestCount(runPath), 2);
}

void TestRunQueue::cancelWaitingAndLive()
{
    m_sandbox->setTimings(Slow, Slow);
    open(1);
    const QList<qint64> ids = queue()->add(jobs(3));
    QTRY_COMPARE_WITH_TIMEOUT(queue()->job(ids.at(0))->state, JobState::Queued, Wait);
    QCOMPARE(queue()->cancel({ids.at(1)}), 1); // waiting: removed
    QVERIFY(!queue()->job(ids.at(1)));
    QCOMPARE(queue()->cancel({ids.at(0)}), 1); // live: cancelled on the server, polled to its end
    QTRY_COMPARE_WITH_TIMEOUT(queue()->job(ids.at(0))->state, JobState::Cancelled, Wait);
    QCOMPARE(m_sandbox->requestCount(cancelPath), 1);
    // The slot went to the next job.
    QTRY_VERIFY_WITH_TIMEOUT(!queue()->job(ids.at(2))->taskId.isEmpty(), Wait);
    QCOMPARE(m_sandbox->taskCount(), 2);
}

void TestRunQueue::retryIsANewAttemptLinkedInHistory()
{
    open(1);
    m_sandbox->setNextTaskFails(true);
    const qint64 id = queue()->add(jobs(1)).first();
    QTRY_COMPARE_WITH_TIMEOUT(queue()->job(id)->state, JobState::Failed, Wait);
    QCOMPARE(queue()->job(id)->errorCode, QStringLiteral("805"));
    QCOMPARE(queue()->retryFailed(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(queue()->job(id)->state, JobState::Succeeded, Wait);
    const QList<RunRecord> runs = m_services->history()->runsOfJob(id);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).attempt, 1);
    QCOMPARE(runs.at(0).state, TaskState::Failed);
    QCOMPARE(runs.at(1).attempt, 2);
    QCOMPARE(runs.at(1).state, TaskState::Success);
    QCOMPARE(queue()->job(id)->runId, runs.at(1).id);
}

void TestRunQueue::restartFollowsLiveJobsAgain()
{
    m_sandbox->setTimings(0, Slow);
    open(3);
    const QList<qint64> ids = queue()->add(jobs(4));
    QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().live, 3, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(!queue()->job(ids.at(2))->taskId.isEmpty(), Wait);
    QStringList taskIds;
    for (int i = 0; i < 3; ++i)
        taskIds.append(queue()->job(ids.at(i))->taskId);
    m_services.reset(); // quit with three tasks on the server and one job waiting
    m_sandbox->setTimings(0, 20);
    open(3);
    QCOMPARE(queue()->job(ids.at(0))->taskId, taskIds.at(0));
    QCOMPARE(queue()->job(ids.at(3))->state, JobState::Waiting);
    m_sandbox->advanceClock(Slow);
    QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().succeeded, 4, Wait);
    QCOMPARE(m_sandbox->taskCount(), 4);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(queue()->job(ids.at(i))->taskId, taskIds.at(i));
}

void TestRunQueue::aRefusalCutOffByAKillLeavesOneRun()
{
    open(1);
    queue()->pause();
    const qint64 id = queue()->add(jobs(1)).first();
    m_services.reset();
    qint64 refused = 0;
    {
        // As kill -9 leaves it between the history's record of a 421 and the queue's own commit: the run says
        // refused (no task), the job still says submitting.
        Database db(m_dir->filePath(QStringLiteral("rhdesk.sqlite")));
        QVERIFY(db.open());
        HistoryStore history(&db);
        QueueStore store(&db);
        Job job = store.jobs().constFirst();
        refused = history.recordSubmit(server, job.request, job.appName, RunLink{job.id, job.attempt});
        QVERIFY(refused > 0);
        QVERIFY(history.recordError(refused, QStringLiteral("421"), QStringLiteral("TASK_QUEUE_MAXED")));
        QVERIFY(history.recordState(refused, TaskState::None, QStringLiteral("TASK_QUEUE_MAXED")));
        job.state = JobState::Submitting;
        job.runId = refused;
        QVERIFY(store.saveAll({job}));
    }
    open(1);
    QCOMPARE(queue()->job(id)->state, JobState::Waiting);
    QVERIFY(!m_services->history()->run(refused)); // gone with the job's new state
    queue()->resume();
    QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().succeeded, 1, Wait);
    const QList<RunRecord> runs = m_services->history()->runsOfJob(id);
    QCOMPARE(runs.size(), 1); // the attempt's one run, not the refused one besides
    QCOMPARE(runs.first().state, TaskState::Success);
    QCOMPARE(m_sandbox->taskCount(), 1);
}

void TestRunQueue::pauseSurvivesARestart()
{
    open(1);
    queue()->pause();
    queue()->add(jobs(2));
    QTest::qWait(200); // paused: nothing may be sent
    QCOMPARE(m_sandbox->requestCount(runPath), 0);
    QVERIFY(!queue()->isBusy());
    m_services.reset();
    open(1);
    QVERIFY(queue()->isPaused());
    QTest::qWait(200);
    QCOMPARE(m_sandbox->requestCount(runPath), 0);
    queue()->resume();
    QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().succeeded, 2, Wait);
}

void TestRunQueue::moveKeepsOrderAcrossRestart()
{
    open(1);
    queue()->pause();
    const QList<qint64> ids = queue()->add(jobs(4));
    QVERIFY(queue()->move({ids.at(3)}, 0));       // last to the top
    QVERIFY(queue()->move({ids.at(0)}, 4));       // first to the end
    QVERIFY(!queue()->move({qint64(999999)}, 0)); // nothing to move
    const QList<qint64> expected{ids.at(3), ids.at(1), ids.at(2), ids.at(0)};
    const auto order = [this] {
        QList<qint64> now;
        for (const Job &job : queue()->jobs())
            now.append(job.id);
        return now;
    };
    QCOMPARE(order(), expected);
    m_services.reset();
    open(1);
    QCOMPARE(order(), expected);
    queue()->resume();
    QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().succeeded, 4, Wait);
    // Sent in the new order: the first task is "job 4".
    QCOMPARE(m_services->history()->runsOfJob(ids.at(3)).first().id,
             m_services->history()->runsOfJob(ids.at(0)).first().id - 3);
}

void TestRunQueue::aDownloadCutOffIsFinishedOnce()
{
    open(1);
    m_services->runs()->setAutoResume(true);
    const QList<qint64> ids = queue()->add(jobs(2));
    QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().succeeded, 2, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(filesIn(results()), 2, Wait);
    QTRY_COMPARE(m_services->runs()->downloadingCount(), 0);
    const qint64 saved = queue()->job(ids.at(0))->runId;
    const qint64 cut = queue()->job(ids.at(1))->runId;
    const QString savedFile = m_services->history()->run(saved)->outputs.first().localPath;
    const QString cutFile = m_services->history()->run(cut)->outputs.first().localPath;
    // As a crash leaves them: one file saved completely but not recorded yet, one download that never finished.
    {
        QSqlQuery query(m_services->database()->connection());
        QVERIFY(
            query.exec(QStringLiteral("UPDATE run_outputs SET local_path = '', download_path = '%1' WHERE run_id = %2")
                           .arg(savedFile)
                           .arg(saved)));
        QVERIFY(
            query.exec(QStringLiteral("UPDATE run_outputs SET local_path = '', download_path = '%1' WHERE run_id = %2")
                           .arg(cutFile)
                           .arg(cut)));
    }
    QVERIFY(QFile::remove(cutFile));
    const QHash<QString, int> before = m_sandbox->requestCounts();
    m_services.reset();
    open(1);
    m_services->runs()->setAutoResume(true);
    QTRY_VERIFY_WITH_TIMEOUT(!m_services->history()->run(cut)->outputs.first().localPath.isEmpty(), Wait);
    QCOMPARE(m_services->history()->run(saved)->outputs.first().localPath, savedFile);
    QCOMPARE(filesIn(results()), 2);
    const QHash<QString, int> after = m_sandbox->requestCounts();
    int fetchedAgain = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        fetchedAgain += it.key().startsWith(QLatin1String("/files/")) ? it.value() - before.value(it.key()) : 0;
    QCOMPARE(fetchedAgain, 1);                     // only the one that was cut off
    QCOMPARE(m_sandbox->requestCount(runPath), 2); // and no run was sent again
}

QTEST_GUILESS_MAIN(TestRunQueue)
#include "tst_runqueue.moc"
