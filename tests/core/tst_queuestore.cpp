// The queue's tables: jobs and batches round-trip exactly, order, holds, the pause, and what the migration to v4
// does to older databases.
#include "testenv.h"

#include "store/database.h"
#include "store/historystore.h"
#include "store/outputledger.h"
#include "store/queuestore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace rh;

namespace {

Job sampleJob(const QString &prompt)
{
    Job job;
    job.server = QStringLiteral("https://www.runninghub.cn");
    job.label = prompt;
    job.appName = QStringLiteral("文生图");
    job.request.webappId = QStringLiteral("1877265245566922753");
    job.request.instanceType = QStringLiteral("plus");
    job.request.webhookUrl = QStringLiteral("https://example.com/hook");
    NodeField text;
    text.nodeId = QStringLiteral("6");
    text.fieldName = QStringLiteral("text");
    text.fieldValue = prompt;
    text.fieldType = QStringLiteral("STRING");
    job.request.nodes = {text};
    job.media = {
        {QStringLiteral("12"), QStringLiteral("image"), QStringLiteral("/photos/猫.png"), QStringLiteral("IMAGE")}};
    return job;
}

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestQueueStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void init();
    void cleanup();
    void jobsRoundTrip();
    void batchAndItsJobsInOneTransaction();
    void saveAllIsAllOrNothing();
    void removingTheLastJobRemovesItsBatch();
    void pauseAndHolds();
    void runLinkAndOutputLedger();
    void medianRunTime();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QueueStore> m_store;
};

void TestQueueStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("q.sqlite")));
    QVERIFY(m_db->open());
    QCOMPARE(m_db->schemaVersion(), Database::latestVersion());
    m_store = std::make_unique<QueueStore>(m_db.get());
}

void TestQueueStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestQueueStore::jobsRoundTrip()
{
    QList<Job> jobs{sampleJob(QStringLiteral("一")), sampleJob(QStringLiteral("two"))};
    jobs[1].account = QStringLiteral("studio");
    jobs[1].origin = {JobOrigin::Kind::Preset, 42, 0, -1};
    QVERIFY(m_store->add(jobs));
    QVERIFY(jobs.at(0).id > 0 && jobs.at(1).id > jobs.at(0).id);
    QVERIFY(jobs.at(1).position > jobs.at(0).position);
    Job changed = jobs.at(0);
    changed.state = JobState::Running;
    changed.attempt = 2;
    changed.taskId = QStringLiteral("1907035719658053634");
    changed.errorCode = QStringLiteral("421");
    changed.errorText = QStringLiteral("TASK_QUEUE_MAXED");
    changed.coins = QStringLiteral("12");
    changed.stateChangedAtMs = 1234;
    QVERIFY(m_store->save(changed));
    const QList<Job> read = m_store->jobs();
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).state, JobState::Running);
    QCOMPARE(read.at(0).taskId, QStringLiteral("1907035719658053634"));
    QCOMPARE(read.at(0).attempt, 2);
    QCOMPARE(read.at(0).request, jobs.at(0).request);
    QCOMPARE(read.at(0).media, jobs.at(0).media);
    QCOMPARE(read.at(0).coins, QStringLiteral("12"));
    QCOMPARE(read.at(0).account, QString());
    QCOMPARE(read.at(1).account, QStringLiteral("studio"));
    QCOMPARE(read.at(1).origin.kind, JobOrigin::Kind::Preset);
    QCOMPARE(read.at(1).origin.presetId, qint64(42));
    QCOMPARE(read.at(1).origin.batchRow, -1);
    QCOMPARE(read.at(1).gateKey(), QStringLiteral("https://www.runninghub.cn\nstudio"));
    // A job without an account is stored with NULL there, for the accounts to come.
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT account FROM queue_jobs ORDER BY id LIMIT 1")).isNull());
}

void TestQueueStore::batchAndItsJobsInOneTransaction()
{
    BatchRecord batch;
    batch.server = QStringLiteral("sandbox");
    batch.name = QStringLiteral("Sheet 1");
    batch.source = JobOrigin::Kind::Batch;
    batch.sourceRef = QStringLiteral("/srv/sheets/sheet.xlsx");
    QList<Job> jobs{sampleJob(QStringLiteral("row 2")), sampleJob(QStringLiteral("row 3"))};
    jobs[0].origin.batchRow = 2;
    jobs[1].origin.batchRow = 3;
    QVERIFY(m_store->add(jobs, &batch));
    QVERIFY(batch.id > 0);
    const QList<Job> read = m_store->jobs();
    QCOMPARE(read.at(0).origin.batchId, batch.id);
    QCOMPARE(read.at(1).origin.batchRow, 3);
    const QList<BatchRecord> batches = m_store->batches();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().sourceRef, batch.sourceRef);
    BatchRecord held = batches.first();
    held.hold = {HoldReason::Validation, 433, QStringLiteral("steps: 200 > 100")};
    held.notified = true;
    QVERIFY(m_store->saveBatch(held));
    QCOMPARE(m_store->batches().first().hold.reason, HoldReason::Validation);
    QCOMPARE(m_store->batches().first().hold.detail, QStringLiteral("steps: 200 > 100"));
    QVERIFY(m_store->batches().first().notified);
    QCOMPARE(m_store->batches().first().capCoins, qint64(0)); // no cap unless one is given

    BatchRecord capped;
    capped.server = QStringLiteral("sandbox");
    capped.capCoins = 500;
    QList<Job> more{sampleJob(QStringLiteral("capped"))};
    QVERIFY(m_store->add(more, &capped));
    QCOMPARE(m_store->batches().last().capCoins, qint64(500));
    capped = m_store->batches().last();
    capped.capCoins = 750;
    QVERIFY(m_store->saveBatch(capped));
    QCOMPARE(m_store->batches().last().capCoins, qint64(750));
}

void TestQueueStore::saveAllIsAllOrNothing()
{
    QList<Job> jobs{sampleJob(QStringLiteral("a")), sampleJob(QStringLiteral("b"))};
    QVERIFY(m_store->add(jobs));
    jobs[0].state = JobState::Failed;
    jobs[1].id = 999999; // gone: the whole write is refused
    QVERIFY(!m_store->saveAll(jobs));
    QCOMPARE(m_store->jobs().first().state, JobState::Waiting);
}

void TestQueueStore::removingTheLastJobRemovesItsBatch()
{
    BatchRecord batch;
    batch.server = QStringLiteral("sandbox");
    QList<Job> jobs{sampleJob(QStringLiteral("a")), sampleJob(QStringLiteral("b"))};
    QVERIFY(m_store->add(jobs, &batch));
    QVERIFY(m_store->remove({jobs.at(0).id}));
    QCOMPARE(m_store->batches().size(), 1);
    QVERIFY(m_store->remove({jobs.at(1).id}));
    QCOMPARE(m_store->batches().size(), 0);
    QCOMPARE(m_store->jobs().size(), 0);
}

void TestQueueStore::pauseAndHolds()
{
    QVERIFY(!m_store->isPaused());
    QVERIFY(m_store->setPaused(true));
    QVERIFY(m_store->isPaused());
    QVERIFY(m_store->setHold(QStringLiteral("sandbox"), {HoldReason::Balance, 416, QStringLiteral("wallet")}));
    QCOMPARE(m_store->holds().size(), 1); // the pause is not a server's hold
    QCOMPARE(m_store->holds().value(QStringLiteral("sandbox")).code, 416);
    QVERIFY(m_store->setHold(QStringLiteral("sandbox"), {}));
    QVERIFY(m_store->holds().isEmpty());
    QVERIFY(m_store->setPaused(false));
    QVERIFY(!m_store->isPaused());
}

void TestQueueStore::runLinkAndOutputLedger()
{
    HistoryStore history(m_db.get());
    QList<Job> jobs{sampleJob(QStringLiteral("a"))};
    QVERIFY(m_store->add(jobs));
    const qint64 direct = history.recordSubmit(QStringLiteral("sandbox"), jobs.first().request, QStringLiteral("x"));
    const qint64 first = history.recordSubmit(QStringLiteral("sandbox"), jobs.first().request, QStringLiteral("x"),
                                              RunLink{jobs.first().id, 1});
    const qint64 second = history.recordSubmit(QStringLiteral("sandbox"), jobs.first().request, QStringLiteral("x"),
                                               RunLink{jobs.first().id, 2});
    QCOMPARE(history.run(direct)->jobId, qint64(0));
    const QList<RunRecord> attempts = history.runsOfJob(jobs.first().id);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).id, first);
    QCOMPARE(attempts.at(1).attempt, 2);

    OutputLedger ledger(m_db.get());
    TaskOutput output;
    output.fileUrl = QStringLiteral("http://127.0.0.1/files/1-0.png");
    TaskOutput other = output;
    other.fileUrl = QStringLiteral("http://127.0.0.1/files/1-1.png");
    QVERIFY(history.recordOutputs(second, {output, other}));
    QVERIFY(history.recordState(second, TaskState::Success));
    QVERIFY(ledger.setDownloadPath(second, 0, QStringLiteral("/results/a_1.png")));
    QVERIFY(ledger.setDownloadError(second, 1, QStringLiteral("404")));
    QList<PendingDownload> pending = ledger.pending(QStringLiteral("sandbox"));
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().downloadPaths.first(), QStringLiteral("/results/a_1.png"));
    QVERIFY(pending.first().givenUp.at(1));
    // Polled again after a restart: what was being saved is kept, not forgotten.
    QVERIFY(history.recordOutputs(second, {output, other}));
    QCOMPARE(ledger.pending(QStringLiteral("sandbox")).first().downloadPaths.first(),
             QStringLiteral("/results/a_1.png"));
    QVERIFY(history.setLocalPath(second, 0, QStringLiteral("/results/a_1.png")));
    QVERIFY(ledger.pending(QStringLiteral("sandbox")).isEmpty());
    QVERIFY(ledger.pending(QStringLiteral("other server")).isEmpty());
}

void TestQueueStore::medianRunTime()
{
    HistoryStore history(m_db.get());
    const RunRequest request = sampleJob(QStringLiteral("a")).request;
    QVERIFY(!history.medianRunMs(QStringLiteral("sandbox"), request.webappId));
    for (const qint64 ms : {1000, 3000, 2000, 900000}) {
        const qint64 id = history.recordSubmit(QStringLiteral("sandbox"), request, QStringLiteral("x"));
        QVERIFY(history.recordState(id, TaskState::Success));
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(
            QStringLiteral("UPDATE runs SET state_changed_at = created_at + %1 WHERE id = %2").arg(ms).arg(id)));
    }
    const qint64 failed = history.recordSubmit(QStringLiteral("sandbox"), request, QStringLiteral("x"));
    QVERIFY(history.recordState(failed, TaskState::Failed)); // failures are not run times
    QCOMPARE(history.medianRunMs(QStringLiteral("sandbox"), request.webappId), std::optional<qint64>(2500));
    QVERIFY(!history.medianRunMs(QStringLiteral("sandbox"), QStringLiteral("1")));
    QVERIFY(!history.medianRunMs(QStringLiteral("elsewhere"), request.webappId));
}

QTEST_GUILESS_MAIN(TestQueueStore)
#include "tst_queuestore.moc"
