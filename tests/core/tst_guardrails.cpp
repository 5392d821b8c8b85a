// The guardrails against the sandbox over real sockets: a batch cap the queue never crosses, a balance floor that
// holds the account, the account status asked after a 414/416 and never more often than the throttle allows.
#include "queuefixture.h"
#include "testenv.h"

#include "sandbox/sandboxserver.h"
#include "session/accountmonitor.h"
#include "store/appsettings.h"
#include "task/budgetguard.h"
#include "task/runqueue.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace rh;

namespace {

const QString server = QStringLiteral("sandbox");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
const QString accountPath = QStringLiteral("/uc/openapi/accountStatus");
constexpr int Wait = 30000;
constexpr qint64 RunCoins = 2; // the sandbox: 2 coins a second, a 60 ms run rounds up to one second

QList<JobSpec> jobs(int count)
{
    QList<JobSpec> specs;
    for (int i = 1; i <= count; ++i)
        specs.append(test::textJob(server, QStringLiteral("job %1").arg(i)));
    return specs;
}

} // namespace

class TestGuardrails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->start());
        m_sandbox->setTimings(0, 60);
    }
    void cleanup()
    {
        m_services.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    void twentyJobsCappedAtFiveRuns()
    {
        open(3);
        BatchRecord batch;
        batch.server = server;
        batch.name = QStringLiteral("capped");
        batch.capCoins = 5 * RunCoins;
        const qint64 id = queue()->addBatch(batch, jobs(20));
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().onHold, 15, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().live, 0, Wait);
        QCOMPARE(queue()->counts().succeeded, 5);
        QCOMPARE(m_sandbox->taskCount(), 5);
        const Hold hold = queue()->batch(id)->hold;
        QCOMPARE(hold.reason, HoldReason::Budget);
        QCOMPARE(hold.detail, QStringLiteral("Batch cap of 10 coins reached (spent 10)"));
        // Resume alone does not cross the cap: the batch stops again before sending anything.
        const int runs = m_sandbox->requestCount(runPath);
        queue()->resume();
        QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().onHold, 15, Wait);
        QCOMPARE(m_sandbox->requestCount(runPath), runs);
        // A higher cap lets exactly as many more go as it pays for.
        QVERIFY(queue()->setBatchCap(id, 8 * RunCoins));
        queue()->resume();
        QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().succeeded, 8, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().onHold, 12, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().live, 0, Wait);
        QCOMPARE(m_sandbox->taskCount(), 8);
    }

    void estimateComesFromTheHistory()
    {
        open(1);
        QVERIFY(!m_services->budget()->estimate(server, test::textAppId));
        queue()->add(jobs(3));
        QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().succeeded, 3, Wait);
        QCOMPARE(m_services->budget()->estimate(server, test::textAppId), std::optional<qint64>(RunCoins));
    }

    void balanceFloorHoldsTheAccount()
    {
        const QString key = QStringLiteral("consumer-key-with-a-few-coins-00");
        m_sandbox->addKey(key, 3, 7 * RunCoins);
        {
            AppSettings settings(DataPaths::inFolder(m_dir->path()).settingsFile);
            settings.setCoinsLimit(AppSettings::Key::BalanceFloorCoins, 5 * RunCoins);
        }
        open(1, key);
        AccountMonitor *accounts = m_services->accounts();
        QSignalSpy changed(accounts, &AccountMonitor::statusChanged);
        accounts->start();
        QVERIFY(changed.wait(Wait));
        QVERIFY(accounts->currentStatus());
        QCOMPARE(accounts->currentStatus()->remainCoins, std::optional<qint64>(7 * RunCoins));
        queue()->add(jobs(5));
        // 14 coins, a floor of 10: two runs bring it to 10, the third to 8; then the floor holds the account.
        QTRY_COMPARE_WITH_TIMEOUT(queue()->gate(server).heldFor().reason, HoldReason::Budget, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().live, 0, Wait);
        QCOMPARE(m_sandbox->taskCount(key), 3); // the figure less what the ended runs cost, not the old figure
        QCOMPARE(queue()->gate(server).heldFor().detail, QStringLiteral("Balance of 8 coins is below the floor of 10"));
        // Topped up: Resume asks for a fresh figure before the floor lets the rest go.
        m_sandbox->setKeyBalance(key, 1000);
        queue()->resume();
        QTRY_COMPARE_WITH_TIMEOUT(queue()->counts().succeeded, 5, Wait);
        QCOMPARE(m_sandbox->taskCount(key), 5);
    }

    void refusalRefreshesTheStatusOnce()
    {
        const QString key = QStringLiteral("consumer-key-with-coins-for-two");
        m_sandbox->addKey(key, 3, 2 * RunCoins);
        open(1, key);
        m_services->accounts()->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requestCount(accountPath), 1, Wait);
        queue()->add(jobs(4));
        QTRY_COMPARE_WITH_TIMEOUT(queue()->gate(server).heldFor().reason, HoldReason::Balance, Wait);
        // Two runs ended and a 416 came within seconds: one more ask at most now, one at the gap's end.
        const auto serverSays = [this] {
            const std::optional<AccountStatus> status = m_services->accounts()->currentStatus();
            return status ? status->remainCoins.value_or(-1) : qint64(-1);
        };
        QTRY_COMPARE_WITH_TIMEOUT(serverSays(), qint64(0), Wait);
        QVERIFY(m_sandbox->requestCount(accountPath) <= 3);
    }

private:
    void open(int slots, const QString &key = SandboxServer::demoApiKey())
    {
        m_services = test::makeQueueServices(m_dir->path(), m_sandbox->baseUrl(), key, slots);
        queue()->start();
    }
    RunQueue *queue() const { return m_services->queue(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<Services> m_services;
};

QTEST_GUILESS_MAIN(TestGuardrails)
#include "tst_guardrails.moc"
