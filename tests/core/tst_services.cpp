// The core as app/main.cpp builds it, on real files and real sockets: each profile and each server keeps to itself.
#include "apps/apploader.h"
#include "sandbox/sandboxserver.h"
#include "session/connection.h"
#include "session/services.h"
#include "store/database.h"
#include "store/historystore.h"
#include "task/runmanager.h"
#include "task/tasktracker.h"
#include "testenv.h"
#include "transfer/uploader.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rh;

namespace {

const QString outputsPath = QStringLiteral("/task/openapi/outputs");

/// Rows of a table of a database file, as "server|key" strings (read with a connection of its own).
QStringList rowsOf(const QString &file, const QString &sql)
{
    Database db(file);
    QStringList rows;
    if (!db.open())
        return {QStringLiteral("<cannot open>")};
    QSqlQuery query(db.connection());
    query.exec(sql);
    while (query.next())
        rows.append(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString());
    return rows;
}

ServicesConfig configFor(const DataPaths &paths, const SandboxServer &server, const QString &name = {})
{
    ServicesConfig config;
    config.paths = paths;
    config.memoryKeys = true;
    config.fixed = {server.baseUrl(), name, name.isEmpty() ? QString() : SandboxServer::demoApiKey(), {}};
    return config;
}

TrackerPolicy fast()
{
    TrackerPolicy policy;
    policy.pollIntervalMs = 20;
    policy.deadlineMs = 20000;
    policy.maxBackoffMs = 100;
    policy.liveProgress = false;
    return policy;
}

} // namespace

class TestServices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    /// Loads the demo image app and uploads a picture for it, so app_cache and uploads get a row.
    void loadAndUpload(Services &services, const QString &picture)
    {
        const QString appId = SandboxServer::demoAppIds().at(1);
        bool arrived = false;
        services.apps()->require(appId, this,
                                 [&](const AppInfo &app, const ApiError &) { arrived = !app.nodes.isEmpty(); });
        QTRY_VERIFY(arrived);
        QSignalSpy uploaded(services.uploader(), &Uploader::uploaded);
        services.uploader()->upload(picture, QStringLiteral("IMAGE"));
        QVERIFY(uploaded.wait());
    }

    /// The text-to-image demo app's inputs as a run request (no nodes when the app did not load).
    RunRequest demoRequest(Services &services)
    {
        RunRequest request;
        request.webappId = SandboxServer::demoAppIds().at(0);
        bool done = false;
        services.apps()->require(request.webappId, this, [&](const AppInfo &app, const ApiError &) {
            request.nodes = app.nodes;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }))
            request.nodes.clear();
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        // The home of this test: both profiles live under it, as under a user's home.
        QStandardPaths::setTestModeEnabled(false);
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
    }

    void profilesShareNoFile()
    {
        const DataPaths user = DataPaths::user();
        const DataPaths sandbox = DataPaths::sandbox();
        for (const QString &path : {user.settingsFile, user.databaseFile, user.keyFile, sandbox.settingsFile,
                                    sandbox.databaseFile, sandbox.keyFile})
            QVERIFY2(path.startsWith(m_home.path()), qPrintable(path));
        QVERIFY(user.settingsFile != sandbox.settingsFile);
        QVERIFY(user.databaseFile != sandbox.databaseFile);
        QVERIFY(user.keyFile != sandbox.keyFile);
        QVERIFY(!user.databaseFile.contains(QLatin1String("rhdesk/rhdesk/"))); // one folder level
    }

    void sandboxLeavesTheRealHistoryAlone()
    {
        SandboxServer real; // plays RunningHub: a task that stays queued
        SandboxServer sandbox;
        QVERIFY(real.start() && sandbox.start());
        real.setTimings(600000, 0);
        const QString picture = m_home.filePath(QStringLiteral("cup.png"));
        {
            QFile file(picture);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::fromBase64(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        }
        const QString realServer = Endpoint::serverOf(real.baseUrl());
        qint64 realRun = 0;
        {
            Services services(configFor(DataPaths::user(), real));
            services.connection()->setApiKey(SandboxServer::demoApiKey());
            services.runs()->setPolicy(fast());
            loadAndUpload(services, picture);
            const RunRequest request = demoRequest(services);
            QVERIFY(!request.nodes.isEmpty());
            realRun = services.runs()->start(request, QStringLiteral("real app"));
            QTRY_VERIFY(!services.history()->run(realRun)->taskId.isEmpty());
        } // quit with the task unfinished
        const QString userDb = DataPaths::user().databaseFile;
        RunRecord before;
        {
            Database db(userDb);
            QVERIFY(db.open());
            before = *HistoryStore(&db).run(realRun);
        }
        QVERIFY(!before.taskId.isEmpty());

        {
            Services services(configFor(DataPaths::sandbox(), sandbox, QStringLiteral("sandbox")));
            services.runs()->setPolicy(fast());
            services.runs()->setAutoResume(true);
            QVERIFY(services.runs()->activeRuns().isEmpty()); // the real run is not the sandbox's to poll
            loadAndUpload(services, picture);
            QCOMPARE(services.history()->count(), 0);
        }

        // The real database: the run as it was; only the real server's app and upload.
        Database db(userDb);
        QVERIFY(db.open());
        HistoryStore history(&db);
        const RunRecord after = *history.run(realRun);
        QCOMPARE(after.state, before.state);
        QCOMPARE(after.taskId, before.taskId);
        QCOMPARE(after.events.size(), before.events.size());
        QCOMPARE(after.server, realServer);
        const QString appId = SandboxServer::demoAppIds().at(1);
        const QStringList realApps = rowsOf(userDb, QStringLiteral("SELECT server, webapp_id FROM app_cache"));
        QCOMPARE(realApps.size(), 2); // the image app and the text app the run was made from
        for (const QString &row : realApps)
            QVERIFY2(row.startsWith(realServer + QLatin1Char('|')), qPrintable(row));
        QCOMPARE(rowsOf(userDb, QStringLiteral("SELECT server, file_name FROM uploads")).size(), 1);
        QVERIFY(rowsOf(userDb, QStringLiteral("SELECT server, file_name FROM uploads")).first().startsWith(realServer));
        // The sandbox's database: its own app and upload, and none of the real ones.
        const QString sandboxDb = DataPaths::sandbox().databaseFile;
        QCOMPARE(rowsOf(sandboxDb, QStringLiteral("SELECT server, webapp_id FROM app_cache")),
                 QStringList{QStringLiteral("sandbox|") + appId});
        QCOMPARE(rowsOf(sandboxDb, QStringLiteral("SELECT server, sha256 FROM uploads")).size(), 1);
        QVERIFY(rowsOf(sandboxDb, QStringLiteral("SELECT server, sha256 FROM uploads"))
                    .first()
                    .startsWith(QLatin1String("sandbox|")));
        QVERIFY(rowsOf(sandboxDb, QStringLiteral("SELECT server, task_id FROM runs")).isEmpty());
    }

    void eachServerResumesOnlyItsOwnRuns()
    {
        QTemporaryDir folder;
        SandboxServer a;
        SandboxServer b;
        QVERIFY(a.start() && b.start());
        a.setTimings(600000, 0);
        const DataPaths paths = DataPaths::inFolder(folder.path());
        qint64 runOnA = 0;
        {
            Services services(configFor(paths, a));
            services.connection()->setApiKey(SandboxServer::demoApiKey());
            services.runs()->setPolicy(fast());
            const RunRequest request = demoRequest(services);
            QVERIFY(!request.nodes.isEmpty());
            runOnA = services.runs()->start(request, QStringLiteral("on a"));
            QTRY_VERIFY(!services.history()->run(runOnA)->taskId.isEmpty());
        }
        {
            Services services(configFor(paths, b)); // runninghub.ai after runninghub.cn, say
            services.connection()->setApiKey(SandboxServer::demoApiKey());
            services.runs()->setAutoResume(true);
            QVERIFY(services.runs()->activeRuns().isEmpty());
            QCOMPARE(services.history()->count({services.connection()->server(), {}, {}, std::nullopt}), 0);
            QVERIFY(!services.runs()->watchAgain(runOnA)); // not even by hand: it is a's task
        }
        QCOMPARE(b.requestCount(outputsPath), 0);
        Services services(configFor(paths, a));
        services.runs()->setPolicy(fast());
        services.runs()->setAutoResume(true);
        QVERIFY(services.runs()->activeRuns().isEmpty()); // no key yet: nothing polls
        QSignalSpy resumed(services.runs(), &RunManager::resumed);
        services.connection()->setApiKey(SandboxServer::demoApiKey());
        QCOMPARE(resumed.count(), 1);
        QCOMPARE(services.runs()->activeRuns(), QList<qint64>{runOnA});
        a.advanceClock(600000);
        QTRY_COMPARE(services.history()->run(runOnA)->state, TaskState::Success);
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
