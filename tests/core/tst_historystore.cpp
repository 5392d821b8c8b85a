#include "historyfill.h"
#include "store/database.h"
#include "store/historyquery.h"
#include "store/historystore.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rh;

namespace {

const QString bigWebappId = QStringLiteral("1877265245566922753");
const QString bigTaskId = QStringLiteral("1907035719658053634");

RunRequest sampleRequest()
{
    RunRequest request;
    request.webappId = bigWebappId;
    request.instanceType = QStringLiteral("plus");
    NodeField prompt;
    prompt.nodeId = QStringLiteral("6");
    prompt.fieldName = QStringLiteral("text");
    prompt.fieldValue = QStringLiteral("一只橘猫坐在窗台上");
    request.nodes = {prompt};
    return request;
}

TaskOutput output(const QString &url, const QString &type, const QString &cost = QString())
{
    TaskOutput out;
    out.fileUrl = url;
    out.fileType = type;
    out.nodeId = QStringLiteral("9");
    out.taskCostTime = cost;
    out.consumeCoins = cost.isEmpty() ? QString() : QStringLiteral("12");
    out.consumeMoney = cost.isEmpty() ? QString() : QStringLiteral("0.036");
    return out;
}

const QString cn = QStringLiteral("https://www.runninghub.cn");

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private:
    QString path() const { return m_dir->filePath(QStringLiteral("rhdesk.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HistoryStore> m_store;

    // A finished run with the given name, task id, state and created_at (set directly for sorting tests).
    qint64 addRun(const QString &appName, const QString &taskId, TaskState state, qint64 createdAt,
                  const QString &webappId = QStringLiteral("100"), const QString &cost = QString())
    {
        const qint64 id = m_store->recordSubmit(cn, webappId, appName, QByteArrayLiteral("{}"));
        if (!taskId.isEmpty())
            m_store->setTaskId(id, taskId);
        m_store->recordState(id, state);
        if (!cost.isEmpty())
            m_store->recordOutputs(id, {output(QStringLiteral("u"), QStringLiteral("png"), cost)});
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("UPDATE runs SET created_at = ? WHERE id = ?"));
        query.addBindValue(createdAt);
        query.addBindValue(id);
        query.exec();
        return id;
    }

    static QStringList names(const QList<RunRecord> &runs)
    {
        QStringList out;
        for (const RunRecord &run : runs)
            out.append(run.appName);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>(path());
        QVERIFY(m_db->open());
        m_store = std::make_unique<HistoryStore>(m_db.get());
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void recordStatesOutputsAndReload()
    {
        QSignalSpy added(m_store.get(), &HistoryStore::runAdded);
        QSignalSpy changed(m_store.get(), &HistoryStore::runChanged);
        const RunRequest request = sampleRequest();
        const qint64 id = m_store->recordSubmit(cn, request, QStringLiteral("橘猫写真 Cat portrait"));
        QVERIFY(id > 0);
        QCOMPARE(added.count(), 1);
        QVERIFY(m_store->setTaskId(id, bigTaskId, QStringLiteral("client-1")));
        QVERIFY(m_store->recordState(id, TaskState::Queued));
        QVERIFY(m_store->recordState(id, TaskState::Running, QStringLiteral("节点 3/7")));
        QVERIFY(m_store->recordState(id, TaskState::Running, QStringLiteral("节点 3/7"))); // a repeated poll
        QVERIFY(m_store->recordState(id, TaskState::Success));
        QVERIFY(m_store->recordOutputs(
            id, {output(QStringLiteral("https://rh-images.example/a.png"), QStringLiteral("png"), QStringLiteral("41")),
                 output(QStringLiteral("https://rh-images.example/b.mp4"), QStringLiteral("mp4"))}));
        QVERIFY(m_store->setLocalPath(id, 1, QStringLiteral("/home/u/Pictures/rhdesk/猫 b.mp4")));
        QVERIFY(!m_store->setLocalPath(id, 5, QStringLiteral("/nowhere")));
        QVERIFY(changed.count() >= 6);

        m_store.reset();
        m_db.reset();
        Database reopened(path());
        QVERIFY(reopened.open());
        HistoryStore store(&reopened);
        const std::optional<RunRecord> run = store.run(id);
        QVERIFY(run);
        QCOMPARE(run->webappId, bigWebappId);
        QCOMPARE(run->appName, QStringLiteral("橘猫写真 Cat portrait"));
        QCOMPARE(run->requestJson, request.toPreviewJson());
        QCOMPARE(run->taskId, bigTaskId);
        QCOMPARE(run->clientId, QStringLiteral("client-1"));
        QCOMPARE(run->state, TaskState::Success);
        QVERIFY(run->createdAt.isValid());
        QVERIFY(run->stateChangedAt >= run->createdAt);
        QCOMPARE(run->costTime, QStringLiteral("41"));
        QCOMPARE(run->coins, QStringLiteral("12"));
        QCOMPARE(run->money, QStringLiteral("0.036"));
        QVERIFY(!run->unknownOutcome);
        QCOMPARE(run->outputs.size(), 2);
        QCOMPARE(run->outputs.at(0).fileUrl, QStringLiteral("https://rh-images.example/a.png"));
        QCOMPARE(run->outputs.at(1).fileType, QStringLiteral("mp4"));
        QCOMPARE(run->outputs.at(1).nodeId, QStringLiteral("9"));
        QCOMPARE(run->outputs.at(1).localPath, QStringLiteral("/home/u/Pictures/rhdesk/猫 b.mp4"));
        QCOMPARE(run->outputs.at(0).localPath, QString());
        QCOMPARE(run->events.size(), 4); // submitting, queued, running (once), success
        QCOMPARE(run->events.at(0).state, TaskState::Submitting);
        QCOMPARE(run->events.at(2).state, TaskState::Running);
        QCOMPARE(run->events.at(2).detail, QStringLiteral("节点 3/7"));
        QCOMPARE(run->events.at(3).state, TaskState::Success);
    }

    void apiKeyIsNeverStored()
    {
        const QString apiKey = QStringLiteral("f00dbabe0123456789abcdef01234567");
        const RunRequest request = sampleRequest();
        QVERIFY(request.toJson(apiKey).contains(apiKey.toUtf8())); // the wire form has it...
        const qint64 id = m_store->recordSubmit(cn, request, QStringLiteral("app"));
        QVERIFY(!m_store->run(id)->requestJson.contains(apiKey.toUtf8())); // ...the history does not
        QVERIFY(m_store->run(id)->requestJson.contains(bigWebappId.toUtf8()));
        m_store.reset();
        m_db.reset();
        const QFileInfoList files = QDir(m_dir->path()).entryInfoList(QDir::Files); // the database, WAL and SHM
        QVERIFY(!files.isEmpty());
        for (const QFileInfo &info : files) {
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(apiKey.toUtf8()), qPrintable(info.fileName()));
        }
    }

    void bigIdsRoundTripExactly_data()
    {
        QTest::addColumn<QString>("taskId");
        QTest::newRow("19 digits") << bigTaskId;
        QTest::newRow("int64 max") << QStringLiteral("9223372036854775807");
        QTest::newRow("above 2^53, odd") << QStringLiteral("9007199254740993");
        QTest::newRow("leading zero kept") << QStringLiteral("0190703571965805363");
    }

    void bigIdsRoundTripExactly()
    {
        QFETCH(QString, taskId);
        const qint64 id = m_store->recordSubmit(cn, taskId, QStringLiteral("app"), QByteArrayLiteral("{}"));
        QVERIFY(m_store->setTaskId(id, taskId));
        QCOMPARE(m_store->run(id)->taskId, taskId);
        QCOMPARE(m_store->run(id)->webappId, taskId);
        QCOMPARE(m_store->count({QString(), taskId, QString(), std::nullopt}), 1);
        QCOMPARE(m_store->count({QString(), QString(), taskId, std::nullopt}), 1);
    }

    void errorsAreRecorded()
    {
        const qint64 id =
            m_store->recordSubmit(cn, QStringLiteral("1"), QStringLiteral("app"), QByteArrayLiteral("{}"));
        QVERIFY(m_store->recordError(id, QStringLiteral("805"), QStringLiteral("CUDA out of memory")));
        QVERIFY(m_store->recordState(id, TaskState::Failed));
        QCOMPARE(m_store->run(id)->errorCode, QStringLiteral("805"));
        QCOMPARE(m_store->run(id)->errorText, QStringLiteral("CUDA out of memory"));
        QVERIFY(!m_store->recordError(id + 100, QStringLiteral("1"), QString())); // no such run
        QVERIFY(!m_store->recordState(id + 100, TaskState::Queued));
    }

    void unfinishedRunsAreResumedUnknownOnesNever()
    {
        const qint64 queued = addRun(QStringLiteral("queued"), QStringLiteral("11"), TaskState::Queued, 1);
        const qint64 running = addRun(QStringLiteral("running"), QStringLiteral("12"), TaskState::Running, 2);
        addRun(QStringLiteral("done"), QStringLiteral("13"), TaskState::Success, 3);
        addRun(QStringLiteral("failed"), QStringLiteral("14"), TaskState::Failed, 4);
        addRun(QStringLiteral("cancelled"), QStringLiteral("15"), TaskState::Cancelled, 5);
        addRun(QStringLiteral("rejected"), QStringLiteral("16"), TaskState::Rejected, 6);
        const qint64 inFlight = addRun(QStringLiteral("cut off"), QString(), TaskState::Submitting, 7);
        const qint64 timedOut = addRun(QStringLiteral("timed out"), QString(), TaskState::Submitting, 8);
        QVERIFY(m_store->markUnknownOutcome(timedOut, QStringLiteral("timeout after sending")));

        QList<qint64> ids;
        for (const RunRecord &run : m_store->unfinishedRuns(cn))
            ids.append(run.id);
        QCOMPARE(ids, (QList<qint64>{queued, running}));
        QCOMPARE(m_store->unfinishedRuns(cn).at(0).taskId, QStringLiteral("11"));

        QCOMPARE(m_store->unknownOutcomeRuns(cn).size(), 1);
        const RunRecord unknown = m_store->unknownOutcomeRuns(cn).first();
        QCOMPARE(unknown.id, timedOut);
        QVERIFY(unknown.unknownOutcome);
        QCOMPARE(unknown.state, TaskState::Unknown);
        QCOMPARE(m_store->run(timedOut)->events.last().detail, QStringLiteral("timeout after sending"));

        // On the next start, a submit that never got its answer is unknown too.
        QCOMPARE(m_store->markInterruptedSubmits(), 1);
        QCOMPARE(m_store->markInterruptedSubmits(), 0);
        QCOMPARE(m_store->unknownOutcomeRuns(cn).size(), 2);
        QVERIFY(m_store->run(inFlight)->unknownOutcome);

        // An unknown-outcome run that later learns its task id is still not resumed automatically.
        QVERIFY(m_store->setTaskId(timedOut, QStringLiteral("99")));
        QCOMPARE(m_store->unfinishedRuns(cn).size(), 2);
    }

    void runsOfAnAccountAreResumedOnEveryServer()
    {
        const QString ai = QStringLiteral("https://www.runninghub.ai");
        const auto add = [this](const QString &server, const QString &account, const QString &taskId) {
            const qint64 id = m_store->recordSubmit(server, RunRequest{}, QStringLiteral("app"), account);
            m_store->setTaskId(id, taskId);
            m_store->recordState(id, TaskState::Running);
            return id;
        };
        const qint64 bare = add(cn, QString(), QStringLiteral("1"));
        const qint64 asB = add(cn, QStringLiteral("b"), QStringLiteral("2"));
        add(ai, QString(), QStringLiteral("3")); // the site's own key on another server: waits for that server
        const qint64 onAi = add(ai, QStringLiteral("c"), QStringLiteral("4"));
        QCOMPARE(m_store->run(asB)->account, QStringLiteral("b"));
        QCOMPARE(m_store->run(bare)->account, QString());
        QList<qint64> ids;
        for (const RunRecord &run : m_store->unfinishedRuns(cn))
            ids.append(run.id);
        QCOMPARE(ids, (QList<qint64>{bare, asB, onAi}));
        QCOMPARE(m_store->unfinishedRuns(cn).at(2).account, QStringLiteral("c"));
        // A queue job's run names its account too.
        const qint64 queued =
            m_store->recordSubmit(cn, RunRequest{}, QStringLiteral("app"), RunLink{7, 1}, QStringLiteral("b"));
        QCOMPARE(m_store->run(queued)->account, QStringLiteral("b"));
        QCOMPARE(m_store->run(queued)->jobId, 7);
    }

    void batchCostSumsEveryAttemptOfItsJobs()
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO queue_batches (id, server, created_at) VALUES (1, 'x', 1), (2, 'x', 1)")));
        for (const auto &[job, batch] : {std::pair{10, 1}, std::pair{11, 1}, std::pair{20, 2}}) {
            query.prepare(
                QStringLiteral("INSERT INTO queue_jobs (id, batch_id, server, position, webapp_id, state,"
                               " state_changed_at, created_at) VALUES (?, ?, 'x', 0, '1', 'succeeded', 1, 1)"));
            query.addBindValue(job);
            query.addBindValue(batch);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QCOMPARE(m_store->batchCost(1).runs, 0);
        const auto attempt = [this](qint64 job, int n, const QString &cost) {
            const qint64 id = m_store->recordSubmit(cn, RunRequest{}, QStringLiteral("app"), RunLink{job, n});
            if (!cost.isEmpty())
                m_store->recordOutputs(id, {output(QStringLiteral("u"), QStringLiteral("png"), cost)});
        };
        attempt(10, 1, QStringLiteral("5")); // failed but charged: counts
        attempt(10, 2, QStringLiteral("5"));
        attempt(11, 1, QString());                                      // said nothing: left out of the sums
        attempt(20, 1, QStringLiteral("5"));                            // another batch
        m_store->recordSubmit(cn, RunRequest{}, QStringLiteral("app")); // a direct run
        const HistoryCost batch = m_store->batchCost(1);
        QCOMPARE(batch.runs, 3);
        QCOMPARE(batch.runsWithCoins, 2);
        QCOMPARE(batch.coins, 24.0);
        QCOMPARE(batch.runsWithMoney, 2);
        QCOMPARE(batch.moneyServers, 1);
        QFuture<HistoryCost> later = m_store->batchCostLater(2);
        later.waitForFinished();
        QCOMPARE(later.result().coins, 12.0);
        QCOMPARE(m_store->batchCost(3).runs, 0);
    }

    void pagingFilterAndSort()
    {
        addRun(QStringLiteral("Portrait 人像"), QStringLiteral("1001"), TaskState::Success, 500, QStringLiteral("7"),
               QStringLiteral("9"));
        addRun(QStringLiteral("upscale"), QStringLiteral("1002"), TaskState::Failed, 100, QStringLiteral("8"),
               QStringLiteral("10"));
        addRun(QStringLiteral("100% real_cat"), QStringLiteral("1003"), TaskState::Success, 300, QStringLiteral("7"),
               QStringLiteral("2.5"));
        for (int i = 0; i < 40; ++i)
            addRun(QStringLiteral("bulk %1").arg(i, 2, 10, QLatin1Char('0')), QString::number(2000 + i),
                   i % 2 ? TaskState::Running : TaskState::Success, 1000 + i);

        QCOMPARE(m_store->count(), 43);
        QCOMPARE(m_store->count({QString(), QStringLiteral("人像"), QString(), std::nullopt}), 1);
        QCOMPARE(m_store->count({QString(), QStringLiteral("PORTRAIT"), QString(), std::nullopt}),
                 1); // ASCII case-insensitive
        QCOMPARE(m_store->count({QString(), QStringLiteral("100%"), QString(), std::nullopt}), 1); // % is literal
        QCOMPARE(m_store->count({QString(), QStringLiteral("l_c"), QString(), std::nullopt}), 1);  // _ is literal
        QCOMPARE(m_store->count({QString(), QStringLiteral("1002"), QString(), std::nullopt}), 1); // task id
        QCOMPARE(m_store->count({QString(), QString(), QStringLiteral("7"), std::nullopt}), 2);
        QCOMPARE(m_store->count({QString(), QString(), QString(), TaskState::Running}), 20);
        QCOMPARE(m_store->count({QString(), QStringLiteral("bulk"), QString(), TaskState::Success}), 20);
        QCOMPARE(m_store->count({QString(), QStringLiteral("nothing like it"), QString(), std::nullopt}), 0);

        // Pages cover every row once, newest first.
        QStringList all;
        for (int offset = 0; offset < 50; offset += 7)
            all += names(m_store->page({}, HistoryStore::Column::CreatedAt, Qt::DescendingOrder, offset, 7));
        QCOMPARE(all.size(), 43);
        QCOMPARE(all.first(), QStringLiteral("bulk 39"));
        QCOMPARE(all.last(), QStringLiteral("upscale"));
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 43);

        const HistoryFilter notBulk{QString(), QString(), QString(), std::nullopt};
        auto firstThree = [&](HistoryStore::Column column, Qt::SortOrder order) {
            return names(m_store->page(notBulk, column, order, 0, 3));
        };
        QCOMPARE(
            firstThree(HistoryStore::Column::CreatedAt, Qt::AscendingOrder),
            (QStringList{QStringLiteral("upscale"), QStringLiteral("100% real_cat"), QStringLiteral("Portrait 人像")}));
        QCOMPARE(
            firstThree(HistoryStore::Column::CostTime, Qt::DescendingOrder), // numeric, not text order
            (QStringList{QStringLiteral("upscale"), QStringLiteral("Portrait 人像"), QStringLiteral("100% real_cat")}));
        QCOMPARE(names(m_store->page({QString(), QStringLiteral("bulk"), QString(), TaskState::Running},
                                     HistoryStore::Column::AppName, Qt::AscendingOrder, 0, 2)),
                 (QStringList{QStringLiteral("bulk 01"), QStringLiteral("bulk 03")}));
        QCOMPARE(m_store->page({}, HistoryStore::Column::TaskId, Qt::AscendingOrder, 0, 1).first().taskId,
                 QStringLiteral("1001"));
        QVERIFY(m_store->page({}, HistoryStore::Column::State, Qt::AscendingOrder, 100, 10).isEmpty());
        QVERIFY(m_store->page({}, HistoryStore::Column::Coins, Qt::AscendingOrder, 0, 10).first().outputs.isEmpty());
    }

    void searchLengths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("matches");
        QTest::newRow("one CJK character of a name") << QStringLiteral("猫") << 1;
        QTest::newRow("two characters of a name") << QStringLiteral("ca") << 1;
        QTest::newRow("the start of an app id") << QStringLiteral("54") << 1;
        QTest::newRow("the start of a task id") << QStringLiteral("19") << 1;
        QTest::newRow("digits inside an id: ids match from their start") << QStringLiteral("035") << 0;
        QTest::newRow("a whole task id") << QStringLiteral("1907035719658053634") << 1;
        QTest::newRow("a whole app id") << QStringLiteral("8888") << 1;
        QTest::newRow("digits in a name") << QStringLiteral("2048") << 1;
        QTest::newRow("letters inside an id-like name") << QStringLiteral("x20") << 1;
        QTest::newRow("quotes are text, not query syntax") << QStringLiteral("\"a\" OR b") << 0;
        QTest::newRow("FTS words are text too") << QStringLiteral("cat NEAR dog") << 0;
    }

    void searchLengths()
    {
        QFETCH(QString, text);
        QFETCH(int, matches);
        addRun(QStringLiteral("橘猫 cat"), QStringLiteral("1907035719658053634"), TaskState::Success, 1,
               QStringLiteral("5432"));
        addRun(QStringLiteral("dog 2048 x20"), QStringLiteral("2226662220000000000"), TaskState::Success, 2,
               QStringLiteral("8888"));
        const HistoryFilter filter{cn, text, QString(), std::nullopt};
        QCOMPARE(m_store->count(filter), matches);
        // The in-memory test (for runs that arrive while the view shows a filter) agrees with the SQL.
        int inMemory = 0;
        for (const RunRecord &run : m_store->page({}, HistoryStore::Column::CreatedAt, Qt::AscendingOrder, 0, 10))
            inMemory += filter.matchesText(run.appName, run.webappId, run.taskId) ? 1 : 0;
        QCOMPARE(inMemory, matches);
        QCOMPARE(
            m_store
                ->page({cn, text, QString(), std::nullopt}, HistoryStore::Column::CreatedAt, Qt::AscendingOrder, 0, 10)
                .size(),
            matches);
    }

    void idSearchPlans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("plan");
        QTest::addColumn<int>("matches");
        // test::fillHistory gives task ids 1907035719658053634 + i and 50 apps 1877265245566922753 + i % 50.
        QTest::newRow("a whole task id: one run")
            << QStringLiteral("1907035719658055633") << int(IdSearchPlan::Indexes) << 1;
        QTest::newRow("a long prefix: ten runs")
            << QStringLiteral("190703571965805563") << int(IdSearchPlan::Indexes) << 10;
        QTest::newRow("a short prefix: every run") << QStringLiteral("1907") << int(IdSearchPlan::Scan) << 2500;
        QTest::newRow("an app id: its 50 runs")
            << QStringLiteral("1877265245566922760") << int(IdSearchPlan::Indexes) << 50;
        QTest::newRow("digits of app names: their runs") << QStringLiteral("12") << int(IdSearchPlan::Scan) << 50;
    }

    void idSearchPlans()
    {
        // Which plan a digits search takes depends on how many runs it matches; both must give the same page.
        QFETCH(QString, text);
        QFETCH(int, plan);
        QFETCH(int, matches);
        QVERIFY(test::fillHistory(*m_db, cn, 2500));
        const HistoryFilter filter{cn, text, QString(), std::nullopt};
        QCOMPARE(int(HistoryQuery::idPlan(m_db->connection(), filter)), plan);
        QCOMPARE(m_store->count(filter), matches);
        const auto ids = [&](IdSearchPlan chosen, HistoryStore::Column column) {
            const HistoryQuery sql = HistoryQuery::build(filter, column, Qt::DescendingOrder, chosen);
            QSqlQuery query(m_db->connection());
            query.prepare(
                QStringLiteral("SELECT id FROM runs WHERE %1 ORDER BY %2 LIMIT 60").arg(sql.where, sql.order));
            for (const QVariant &value : sql.values)
                query.addBindValue(value);
            QList<qint64> found;
            if (query.exec())
                while (query.next())
                    found.append(query.value(0).toLongLong());
            return found;
        };
        for (const auto column : {HistoryStore::Column::CreatedAt, HistoryStore::Column::TaskId}) {
            const QList<qint64> byIndexes = ids(IdSearchPlan::Indexes, column);
            QCOMPARE(byIndexes.size(), qMin(matches, 60));
            QCOMPARE(ids(IdSearchPlan::Scan, column), byIndexes);
        }
        const QList<RunRecord> page =
            m_store->page(filter, HistoryStore::Column::CreatedAt, Qt::DescendingOrder, 0, 60);
        QCOMPARE(page.size(), qMin(matches, 60));
        for (const RunRecord &run : page)
            QVERIFY(filter.matchesText(run.appName, run.webappId, run.taskId));
    }

    void eachServerSeesItsOwnRuns()
    {
        const QString sandbox = QStringLiteral("sandbox");
        const qint64 real = addRun(QStringLiteral("cat"), QStringLiteral("11"), TaskState::Running, 1);
        const qint64 fake = m_store->recordSubmit(sandbox, QStringLiteral("100"), QStringLiteral("cat"), "{}");
        QVERIFY(m_store->setTaskId(fake, QStringLiteral("12")));
        QVERIFY(m_store->recordState(fake, TaskState::Running));

        QCOMPARE(m_store->run(real)->server, cn);
        QCOMPARE(m_store->run(fake)->server, sandbox);
        QCOMPARE(m_store->unfinishedRuns(cn).size(), 1);
        QCOMPARE(m_store->unfinishedRuns(cn).first().id, real);
        QCOMPARE(m_store->unfinishedRuns(sandbox).first().id, fake);
        QVERIFY(m_store->unfinishedRuns(QStringLiteral("https://www.runninghub.ai")).isEmpty());
        QCOMPARE(m_store->count({cn, QString(), QString(), std::nullopt}), 1);
        QCOMPARE(m_store->count({cn, QStringLiteral("cat"), QString(), std::nullopt}), 1);
        QCOMPARE(m_store->count({sandbox, QStringLiteral("ca"), QString(), std::nullopt}), 1);
        QCOMPARE(m_store->count({}), 2); // no server named: all of them
    }

    void removeRun()
    {
        const qint64 id =
            m_store->recordSubmit(cn, QStringLiteral("1"), QStringLiteral("app"), QByteArrayLiteral("{}"));
        QVERIFY(m_store->recordOutputs(id, {output(QStringLiteral("u"), QStringLiteral("png"))}));
        QSignalSpy removed(m_store.get(), &HistoryStore::runRemoved);
        QVERIFY(m_store->removeRun(id));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!m_store->run(id));
        QVERIFY(!m_store->removeRun(id));
        QCOMPARE(m_store->count(), 0);
    }

    void medianCoinsOfSuccessfulRuns()
    {
        const QString app = QStringLiteral("555");
        QVERIFY(!m_store->medianCoins(cn, app));
        const auto costing = [this, &app](TaskState state, const QString &coins) {
            const qint64 id = addRun(QStringLiteral("priced"), QStringLiteral("1"), state, 1, app);
            QSqlQuery query(m_db->connection());
            query.prepare(QStringLiteral("UPDATE runs SET coins = ? WHERE id = ?"));
            query.addBindValue(coins);
            query.addBindValue(id);
            QVERIFY(query.exec());
        };
        costing(TaskState::Success, QStringLiteral("10"));
        costing(TaskState::Success, QStringLiteral("30"));
        costing(TaskState::Success, QStringLiteral("20.5")); // rounds up: an estimate never falls short
        costing(TaskState::Success, QStringLiteral(""));     // said nothing: not a free run
        costing(TaskState::Failed, QStringLiteral("999"));   // failures do not price the next success
        QCOMPARE(m_store->medianCoins(cn, app), std::optional<qint64>(21));
        QCOMPARE(m_store->medianCoins(cn, app, 1), std::optional<qint64>(21)); // the newest one only
        QVERIFY(!m_store->medianCoins(QStringLiteral("sandbox"), app));
        QVERIFY(!m_store->medianCoins(cn, QStringLiteral("556")));
    }

    void costSumsFollowTheFilter()
    {
        HistoryFilter all;
        all.server = cn;
        HistoryCost none = m_store->cost(all);
        QCOMPARE(none.runs, 0);
        QCOMPARE(none.runsWithCoins, 0);
        // Two costed successes (12 coins, 0.036 money each), a run that said nothing, another server's run.
        addRun(QStringLiteral("Portrait"), QStringLiteral("11"), TaskState::Success, 1, QStringLiteral("100"),
               QStringLiteral("5"));
        addRun(QStringLiteral("Portrait"), QStringLiteral("12"), TaskState::Success, 2, QStringLiteral("100"),
               QStringLiteral("5"));
        addRun(QStringLiteral("Upscale"), QStringLiteral("13"), TaskState::Failed, 3, QStringLiteral("200"));
        m_store->recordOutputs(m_store->recordSubmit(QStringLiteral("sandbox"), QStringLiteral("100"),
                                                     QStringLiteral("Portrait"), QByteArrayLiteral("{}")),
                               {output(QStringLiteral("u"), QStringLiteral("png"), QStringLiteral("5"))});
        const HistoryCost sum = m_store->cost(all);
        QCOMPARE(sum.runs, 3);
        QCOMPARE(sum.runsWithCoins, 2);
        QCOMPARE(sum.coins, 24.0);
        QCOMPARE(sum.runsWithMoney, 2);
        QVERIFY(qAbs(sum.money - 0.072) < 1e-9);

        HistoryFilter failed = all;
        failed.state = TaskState::Failed;
        const HistoryCost unsaid = m_store->cost(failed);
        QCOMPARE(unsaid.runs, 1);
        QCOMPARE(unsaid.runsWithCoins, 0); // said nothing: left out, not 0
        HistoryFilter text = all;
        text.text = QStringLiteral("portr");
        QCOMPARE(m_store->cost(text).coins, 24.0);

        // The same on a worker, with a connection of its own.
        QFuture<HistoryCost> later = m_store->costLater(all);
        later.waitForFinished();
        QCOMPARE(later.result().runs, 3);
        QCOMPARE(later.result().coins, 24.0);
        QCOMPARE(sum.moneyServers, 1);
        QVERIFY(sum.moneyAddsUp());
        // Every server: the sandbox's money is in another currency than runninghub.cn's yuan, so it is no sum.
        const HistoryCost everywhere = m_store->cost({});
        QCOMPARE(everywhere.runs, 4);
        QCOMPARE(everywhere.coins, 36.0); // coins are coins on every server
        QCOMPARE(everywhere.moneyServers, 2);
        QVERIFY(!everywhere.moneyAddsUp());
        QCOMPARE(m_store->cost(failed).moneyServers, 0); // no money said: no currency
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
