// The sandbox's accounts as RunningHub sells them: keys with their own concurrency (421), a 415 mode, balances that
// runs spend (416), and accountStatus reporting them the way the real server does (all strings, money null on
// consumer keys).
#include "sandboxhttp.h"
#include "testenv.h"

#include <QtTest>

using namespace rh;
using namespace rh::test;

namespace {

const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
const QString outputsPath = QStringLiteral("/task/openapi/outputs");
const QString accountPath = QStringLiteral("/uc/openapi/accountStatus");
const QString consumer = QStringLiteral("consumer-key-0000000000000000001");
const QString enterprise = QStringLiteral("enterprise-key-00000000000000002");

QByteArray runBody(const QString &key, const QString &prompt = QStringLiteral("a cat"))
{
    const QJsonObject body{
        {QStringLiteral("apiKey"), key},
        {QStringLiteral("webappId"), QStringLiteral("1877265245566922753")},
        {QStringLiteral("nodeInfoList"), QJsonArray{QJsonObject{{QStringLiteral("nodeId"), QStringLiteral("6")},
                                                                {QStringLiteral("fieldName"), QStringLiteral("text")},
                                                                {QStringLiteral("fieldValue"), prompt}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray accountBody(const QString &key)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("apikey"), key}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSandboxKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void init();
    void cleanup();
    void eachKeyHasItsOwnConcurrency();
    void instancesBusyMode();
    void runsSpendTheBalance();
    void accountStatusPerKey();
    void anotherKeysTaskIsUnknown();
    void tasksAreCountedPerPrompt();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;
};

void TestSandboxKeys::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_server->setTimings(10000, 10000);
    m_server->addKey(consumer, 1, 1000);
    m_server->addKey(enterprise, 3, 1000, true);
    m_http = std::make_unique<SandboxHttp>(*m_server);
}

void TestSandboxKeys::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandboxKeys::eachKeyHasItsOwnConcurrency()
{
    QCOMPARE(m_http->post(runPath, runBody(consumer)).code(), 0);
    QCOMPARE(m_http->post(runPath, runBody(consumer)).code(), 421);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_http->post(runPath, runBody(enterprise)).code(), 0); // the other key is not affected
    QCOMPARE(m_http->post(runPath, runBody(enterprise)).code(), 421);
    QCOMPARE(m_server->taskCount(consumer), 1);
    QCOMPARE(m_server->taskCount(enterprise), 3);
    QCOMPARE(m_server->taskCount(), 4);
    m_server->setKeyConcurrency(consumer, 2);
    QCOMPARE(m_http->post(runPath, runBody(consumer)).code(), 0);
    m_server->advanceClock(20000);
    QCOMPARE(m_http->post(runPath, runBody(consumer)).code(), 0); // the others finished: room again
    QCOMPARE(m_http->post(runPath, runBody(QStringLiteral("not a key at all"))).code(), 802);
}

void TestSandboxKeys::instancesBusyMode()
{
    m_server->setInstancesBusy(true);
    const HttpAnswer busy = m_http->post(runPath, runBody(enterprise));
    QCOMPARE(busy.code(), 415);
    QVERIFY(busy.data().isNull());
    QCOMPARE(m_server->taskCount(), 0);
    m_server->setInstancesBusy(false);
    QCOMPARE(m_http->post(runPath, runBody(enterprise)).code(), 0);
}

void TestSandboxKeys::runsSpendTheBalance()
{
    m_server->setTimings(0, 5000);
    m_server->setCoinsPerSecond(3); // 15 coins a run
    m_server->setKeyBalance(enterprise, 40);
    QCOMPARE(m_http->post(runPath, runBody(enterprise)).code(), 0);
    QCOMPARE(m_http->post(runPath, runBody(enterprise)).code(), 0);
    // 10 coins are left after what the two running tasks will spend: not enough for a third.
    const HttpAnswer empty = m_http->post(runPath, runBody(enterprise));
    QCOMPARE(empty.code(), 416);
    QCOMPARE(m_server->taskCount(enterprise), 2);
    m_server->advanceClock(6000);
    const QJsonObject status = m_http->post(accountPath, accountBody(enterprise)).dataObject();
    QCOMPARE(status.value(QStringLiteral("remainCoins")).toString(), QStringLiteral("10"));
    // What a run spent is in its outputs, as RunningHub reports it.
    const HttpAnswer outputs =
        m_http->postJson(outputsPath, QJsonObject{{QStringLiteral("apiKey"), enterprise},
                                                  {QStringLiteral("taskId"), m_server->lastTaskId()}});
    QCOMPARE(outputs.data().toArray().first().toObject().value(QStringLiteral("consumeCoins")).toString(),
             QStringLiteral("15"));
    QCOMPARE(m_http->post(runPath, runBody(enterprise)).code(), 416);
    m_server->setKeyBalance(enterprise, 1000);
    QCOMPARE(m_http->post(runPath, runBody(enterprise)).code(), 0);
}

void TestSandboxKeys::accountStatusPerKey()
{
    m_server->setTimings(10000, 10000);
    QCOMPARE(m_http->post(runPath, runBody(enterprise)).code(), 0);
    QCOMPARE(m_http->post(runPath, runBody(enterprise)).code(), 0);
    const QJsonObject mine = m_http->post(accountPath, accountBody(enterprise)).dataObject();
    QCOMPARE(mine.value(QStringLiteral("currentTaskCounts")), QJsonValue(QStringLiteral("2")));
    QCOMPARE(mine.value(QStringLiteral("remainCoins")), QJsonValue(QStringLiteral("1000")));
    QVERIFY(mine.value(QStringLiteral("remainMoney")).isString());
    QVERIFY(mine.value(QStringLiteral("currency")).isString());
    const QJsonObject other = m_http->post(accountPath, accountBody(consumer)).dataObject();
    QCOMPARE(other.value(QStringLiteral("currentTaskCounts")), QJsonValue(QStringLiteral("0")));
    QVERIFY(other.value(QStringLiteral("remainMoney")).isNull()); // consumer keys have no wallet money
    QVERIFY(other.value(QStringLiteral("currency")).isNull());
    QVERIFY(other.value(QStringLiteral("apiType")).isString());
    QCOMPARE(m_http->post(accountPath, accountBody(QStringLiteral("nope"))).code(), 802);
}

void TestSandboxKeys::anotherKeysTaskIsUnknown()
{
    QCOMPARE(m_http->post(runPath, runBody(enterprise)).code(), 0);
    const QString taskId = m_server->lastTaskId();
    const auto ask = [&](const QString &key) {
        return m_http
            ->postJson(outputsPath, QJsonObject{{QStringLiteral("apiKey"), key}, {QStringLiteral("taskId"), taskId}})
            .code();
    };
    QCOMPARE(ask(enterprise), 813);
    QCOMPARE(ask(consumer), 807);
}

void TestSandboxKeys::tasksAreCountedPerPrompt()
{
    m_server->setTimings(0, 0);
    QCOMPARE(m_http->post(runPath, runBody(enterprise, QStringLiteral("job 1"))).code(), 0);
    QCOMPARE(m_http->post(runPath, runBody(enterprise, QStringLiteral("job 2"))).code(), 0);
    QCOMPARE(m_http->post(runPath, runBody(enterprise, QStringLiteral("job 2"))).code(), 0);
    const QHash<QString, int> counts = m_server->taskCountByPrompt();
    QCOMPARE(counts.value(QStringLiteral("job 1")), 1);
    QCOMPARE(counts.value(QStringLiteral("job 2")), 2);
    QVERIFY(m_server->requestCounts().value(runPath) == 3);
}

QTEST_GUILESS_MAIN(TestSandboxKeys)
#include "tst_sandboxkeys.moc"
