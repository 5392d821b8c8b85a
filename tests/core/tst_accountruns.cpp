// Runs sent as a named account, left unfinished at quit, are polled after the next start with that account's site and
// key — not with the account in use then, whose key cannot see the task (807) — and a run whose account was removed
// stays unfinished with the reason, never polled with another key. Real sockets, real files, keys in the opt-in file.
#include "api/apiclient.h"
#include "queuefixture.h"
#include "sandbox/sandboxserver.h"
#include "session/accountswitch.h"
#include "session/connection.h"
#include "session/services.h"
#include "store/accountbook.h"
#include "store/appsettings.h"
#include "store/historystore.h"
#include "task/runmanager.h"
#include "testenv.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace rh;

namespace {

const QString outputsPath = QStringLiteral("/task/openapi/outputs");
const QString keyA = QStringLiteral("resume-key-aaaaaaaaaaaaaaaaaaaaa");
const QString keyB = QStringLiteral("resume-key-bbbbbbbbbbbbbbbbbbbbb");
constexpr int Wait = 20000;
constexpr int LongRunMs = 10 * 60 * 1000; // the task outlives the first session; the clock is moved past it

} // namespace

class TestAccountRuns : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    SandboxServer m_siteA;
    SandboxServer m_siteB;
    QString m_a;
    QString m_b;

    ServicesConfig config() const
    {
        ServicesConfig config;
        config.paths = DataPaths::inFolder(m_dir->path());
        config.sleep.useLogin1 = false;
        return config;
    }

    /// A session as the app starts one: the settings' site, the accounts and their keys read from the opt-in file.
    std::unique_ptr<Services> startSession(bool resume = true)
    {
        auto services = std::make_unique<Services>(config());
        services->runs()->setPolicy(test::fastTrackerPolicy());
        services->api()->setTimeoutMs(10000);
        if (resume)
            services->runs()->setAutoResume(true);
        return services;
    }

    /// First session: accounts A (default) on @p siteA and B on @p siteB; a run sent as B, still running at quit.
    /// Returns its history id (0 on failure).
    qint64 runAsBThenQuit(SandboxServer &siteB)
    {
        {
            AppSettings settings(config().paths.settingsFile);
            settings.setOutputFolder(QDir(m_dir->path()).filePath(QStringLiteral("results")));
            settings.setKeyStorage(KeyStorage::PlainFile); // keys outlive the session without a keychain
            settings.setSite(Site::Custom);
            settings.setCustomBaseUrl(m_siteA.baseUrl().toString());
        }
        std::unique_ptr<Services> services = startSession();
        AccountBook *book = services->accountBook();
        m_a = book->add(QStringLiteral("Studio A"), m_siteA.baseUrl(), keyA);
        m_b = book->add(QStringLiteral("Studio B"), siteB.baseUrl(), keyB);
        if (!services->accountSwitch()->choose(m_b))
            return 0;
        Connection *connection = services->connection();
        if (!QTest::qWaitFor([&] { return connection->apiKey() == keyB; }, Wait))
            return 0;
        siteB.setTimings(0, LongRunMs);
        const qint64 runId = services->runs()->start(test::textRequest(QStringLiteral("sent as B")), {});
        HistoryStore *history = services->history();
        const bool running = QTest::qWaitFor(
            [&] {
                const std::optional<RunRecord> run = history->run(runId);
                return run && run->state == TaskState::Running;
            },
            Wait);
        const std::optional<RunRecord> run = history->run(runId);
        if (!running || !run || run->account != m_b || run->taskId.isEmpty())
            return 0;
        return runId; // the session ends here, as at quit: the run stays unfinished
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        QVERIFY(m_siteA.start());
        QVERIFY(m_siteB.start());
        m_siteA.setTimings(0, 0);
        m_siteB.setTimings(0, 0);
        m_siteA.addKey(keyA, 3, 100000, true);
        m_siteA.addKey(keyB, 3, 100000, true); // B on A's site too: one server, two keys
        m_siteB.addKey(keyB, 3, 100000, true);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void resumedWithItsAccountsKey_data()
    {
        QTest::addColumn<bool>("otherSite");
        QTest::newRow("same site, another key") << false;
        QTest::newRow("another site") << true;
    }

    void resumedWithItsAccountsKey()
    {
        QFETCH(bool, otherSite);
        SandboxServer &siteB = otherSite ? m_siteB : m_siteA;
        const qint64 runId = runAsBThenQuit(siteB);
        QVERIFY(runId > 0);
        siteB.advanceClock(LongRunMs); // the task ended while rhdesk was closed
        const int polledBefore = siteB.requestCount(outputsPath);

        std::unique_ptr<Services> services = startSession();
        Connection *connection = services->connection();
        QCOMPARE(connection->accountId(), m_a); // the default is in use, not the run's account
        QTRY_COMPARE_WITH_TIMEOUT(connection->apiKey(), keyA, Wait);
        HistoryStore *history = services->history();
        QTRY_COMPARE_WITH_TIMEOUT(history->run(runId)->state, TaskState::Success, Wait);
        QVERIFY(siteB.requestCount(outputsPath) > polledBefore);
        const QByteArray lastPoll = siteB.lastRequestBody(outputsPath);
        QVERIFY2(lastPoll.contains(keyB.toUtf8()), lastPoll.constData());
        QVERIFY(!lastPoll.contains(keyA.toUtf8()));
        QTRY_VERIFY_WITH_TIMEOUT(!history->run(runId)->outputs.value(0).localPath.isEmpty(), Wait);
        const std::optional<RunRecord> run = history->run(runId);
        for (const TaskOutput &output : run->outputs)
            QVERIFY2(QFileInfo(output.localPath).isFile(), qPrintable(output.localPath));
        QCOMPARE(run->account, m_b);
        QVERIFY(run->errorText.isEmpty());
    }

    void removedAccountsRunStaysUnfinished()
    {
        const qint64 runId = runAsBThenQuit(m_siteA);
        QVERIFY(runId > 0);
        m_siteA.advanceClock(LongRunMs);
        const int polledBefore = m_siteA.requestCount(outputsPath);

        std::unique_ptr<Services> services = startSession(false);
        QVERIFY(services->accountBook()->remove(m_b));
        // One account left: the form's bare key box again. A's key typed there is the key in use.
        Connection *connection = services->connection();
        QCOMPARE(connection->accountId(), QString());
        connection->setApiKey(keyA);
        services->runs()->setAutoResume(true);
        HistoryStore *history = services->history();
        QTRY_VERIFY_WITH_TIMEOUT(!history->run(runId)->errorText.isEmpty(), Wait);
        const std::optional<RunRecord> run = history->run(runId);
        QCOMPARE(run->state, TaskState::Running);
        QVERIFY2(run->errorText.contains(QLatin1String("no longer on this computer")), qPrintable(run->errorText));
        QVERIFY(!services->runs()->tracker(runId));
        QVERIFY(!services->runs()->watchAgain(runId)); // not with another key either when asked
        QCOMPARE(m_siteA.requestCount(outputsPath), polledBefore);
        QCOMPARE(history->unfinishedRuns(connection->server()).size(), 1); // still there to resume
    }
};

QTEST_MAIN(TestAccountRuns)
#include "tst_accountruns.moc"
