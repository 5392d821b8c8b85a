#include "api/apiclient.h"
#include "api/jsonids.h"
#include "api/replies.h"
#include "sandbox/sandboxserver.h"
#include "testenv.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>
#include <memory>

using rh::ApiCall;
using rh::ApiError;
using rh::SandboxServer;
using Fault = SandboxServer::Fault;
using Kind = ApiError::Kind;

namespace {

const QString RunPath = QStringLiteral("/task/openapi/ai-app/run");
const QString OutputsPath = QStringLiteral("/task/openapi/outputs");

QStringList g_logLines;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

/// Debug output of rhdesk.api on whatever QT_LOGGING_RULES says (ctest turns it off), so the key check sees it.
void enableApiDebug(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "rhdesk.api") == 0)
        category->setEnabled(QtDebugMsg, true);
}

void collectLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_logLines.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

/// Answers one HTTP request with a canned envelope and keeps the raw request bytes: what really went on the wire.
class WireRecorder : public QObject
{
public:
    WireRecorder()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray request;
    bool complete = false;

private:
    void onData(QTcpSocket *socket)
    {
        request += socket->readAll();
        const int end = request.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : request.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (request.size() < end + 4 + length)
            return;
        complete = true;
        const QByteArray body = R"({"code":0,"msg":"success","data":{"taskId":"1","taskStatus":"QUEUED"}})";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
    QTcpServer m_server;
};

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void appInfoLoadsDemoApp();
    void runSendsExactDigitsAndKey();
    void headersOnTheWire();
    void appInfoQueryCarriesKeyExactly();
    void taskIdAsBareNumberReadExactly();
    void outputsAfterRun();
    void serverErrors();
    void invalidRunIsNotSent();
    void html502IsHttp();
    void notJsonIsBadReply();
    void cutBody();
    void noAnswer();
    void reset();
    void abortIsCancelled();
    void wrongTypesAreBadReplies();
    void uploadReturnsContentAddress();
    void accountStatus();
    void keyNeverLogged();

private:
    rh::ApiResult await(ApiCall *call, int *emits = nullptr);
    rh::RunRequest demoRequest();

    SandboxServer m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<rh::ApiClient> m_client;
    rh::Endpoint m_to;
    rh::AppInfo m_app;
};

void TestApiClient::initTestCase()
{
    rh::test::isolateEnvironment();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_sandbox.setTimings(0, 0);
    g_previousFilter = QLoggingCategory::installFilter(enableApiDebug);
    qInstallMessageHandler(collectLog);
}

void TestApiClient::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
    if (qEnvironmentVariableIsSet("RHDESK_DUMP_LOG")) {
        for (const QString &line : std::as_const(g_logLines))
            fprintf(stderr, "%s\n", qPrintable(line));
    }
}

void TestApiClient::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<rh::ApiClient>(m_nam.get());
    m_to.baseUrl = m_sandbox.baseUrl();
    m_to.apiKey = SandboxServer::demoApiKey();
    m_client->setTimeoutMs(5000);
}

void TestApiClient::cleanup()
{
    m_client.reset();
    m_nam.reset();
}

rh::ApiResult TestApiClient::await(ApiCall *call, int *emits)
{
    auto count = std::make_shared<int>(0);
    auto result = std::make_shared<rh::ApiResult>();
    QPointer<ApiCall> guard(call);
    connect(call, &ApiCall::finished, this, [count, result](const rh::ApiResult &r) {
        ++*count;
        *result = r;
    });
    if (!QTest::qWaitFor([&] { return *count > 0; }, 10000))
        qWarning("call did not finish");
    if (!QTest::qWaitFor([&] { return guard.isNull(); }, 5000))
        qWarning("call was not deleted after finishing");
    if (emits)
        *emits = *count;
    return *result;
}

rh::RunRequest TestApiClient::demoRequest()
{
    if (m_app.nodes.isEmpty()) {
        const QString id = SandboxServer::demoAppIds().first();
        const rh::ApiResult result = await(m_client->appInfo(m_to, id));
        ApiError error;
        m_app = rh::decodeAppInfo(id, result.data, &error);
    }
    rh::RunRequest request;
    request.webappId = m_app.webappId;
    request.nodes = m_app.nodes;
    return request;
}

void TestApiClient::appInfoLoadsDemoApp()
{
    const QString id = SandboxServer::demoAppIds().first();
    int emits = 0;
    const rh::ApiResult result = await(m_client->appInfo(m_to, id), &emits);
    QCOMPARE(emits, 1);
    QVERIFY2(result.ok(), result.body.constData());
    ApiError error;
    const rh::AppInfo info = rh::decodeAppInfo(id, result.data, &error);
    QCOMPARE(error.kind, Kind::None);
    QVERIFY(!info.name.isEmpty());
    QVERIFY(!info.nodes.isEmpty());

    const rh::ApiResult missing = await(m_client->appInfo(m_to, QStringLiteral("1234567890123456789")));
    QCOMPARE(missing.error.kind, Kind::Server);
    QCOMPARE(missing.error.code, 901);
}

void TestApiClient::runSendsExactDigitsAndKey()
{
    const rh::RunRequest request = demoRequest();
    QCOMPARE(request.webappId.size(), 19);
    int emits = 0;
    const rh::ApiResult result = await(m_client->runAiApp(m_to, request), &emits);
    QCOMPARE(emits, 1);
    QVERIFY2(result.ok(), result.body.constData());
    const QByteArray sent = m_sandbox.lastRequestBody(RunPath);
    QCOMPARE(sent, request.toJson(SandboxServer::demoApiKey()));
    QVERIFY(sent.startsWith("{\"apiKey\":\"" + SandboxServer::demoApiKey().toUtf8() +
                            "\",\"webappId\":" + request.webappId.toUtf8() + ","));
    ApiError error;
    const rh::RunReply reply = rh::decodeRunReply(result.data, &error);
    QCOMPARE(error.kind, Kind::None);
    QCOMPARE(reply.taskId, m_sandbox.lastTaskId());
    QVERIFY(!reply.clientId.isEmpty());
}

void TestApiClient::headersOnTheWire()
{
    WireRecorder wire;
    m_to.baseUrl = wire.url();
    const rh::ApiResult result = await(m_client->runAiApp(m_to, demoRequest()));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QVERIFY(wire.complete);
    const QByteArray head = wire.request.left(wire.request.indexOf("\r\n\r\n") + 2);
    QVERIFY2(head.startsWith("POST /task/openapi/ai-app/run HTTP/1.1\r\n"), head.constData());
    QVERIFY2(head.contains("\r\nHost: 127.0.0.1:" + QByteArray::number(wire.port()) + "\r\n"), head.constData());
    QCOMPARE(head.count("\r\nHost:"), 1);
    QVERIFY(head.contains("\r\nAuthorization: Bearer " + SandboxServer::demoApiKey().toUtf8() + "\r\n"));
    QVERIFY(head.contains("\r\nContent-Type: application/json\r\n"));
    QVERIFY(wire.request.endsWith(demoRequest().toJson(SandboxServer::demoApiKey())));
}

void TestApiClient::appInfoQueryCarriesKeyExactly()
{
    WireRecorder wire;
    m_to.baseUrl = wire.url();
    const QString oddKey = QStringLiteral("k+y&z=1%2 x/?#");
    m_to.apiKey = oddKey;
    await(m_client->appInfo(m_to, QStringLiteral("1877265245566922753")));
    QVERIFY(wire.complete);
    const QByteArray line = wire.request.left(wire.request.indexOf("\r\n"));
    QVERIFY2(line.startsWith("GET /api/webapp/apiCallDemo?"), line.constData());
    const QByteArray target = line.mid(4, line.lastIndexOf(' ') - 4);
    const QUrlQuery query(QUrl::fromEncoded("http://h" + target).query(QUrl::FullyEncoded));
    QCOMPARE(query.queryItemValue(QStringLiteral("apiKey"), QUrl::FullyDecoded), oddKey);
    QCOMPARE(query.queryItemValue(QStringLiteral("webappId"), QUrl::FullyDecoded),
             QStringLiteral("1877265245566922753"));
}

void TestApiClient::taskIdAsBareNumberReadExactly()
{
    m_sandbox.failNext(RunPath, Fault::IdsAsNumbers);
    const rh::ApiResult result = await(m_client->runAiApp(m_to, demoRequest()));
    QVERIFY2(result.ok(), result.body.constData());
    const QString taskId = m_sandbox.lastTaskId();
    QCOMPARE(taskId.size(), 19);
    QVERIFY2(result.body.contains("\"taskId\":" + taskId.toUtf8()), result.body.constData()); // bare number
    ApiError error;
    QCOMPARE(rh::decodeRunReply(result.data, &error).taskId, taskId);
}

void TestApiClient::outputsAfterRun()
{
    const rh::ApiResult run = await(m_client->runAiApp(m_to, demoRequest()));
    ApiError error;
    const QString taskId = rh::decodeRunReply(run.data, &error).taskId;
    QVERIFY(!taskId.isEmpty());
    const rh::ApiResult outputs = await(m_client->outputs(m_to, taskId));
    QCOMPARE(m_sandbox.lastRequestBody(OutputsPath),
             "{\"apiKey\":\"" + SandboxServer::demoApiKey().toUtf8() + "\",\"taskId\":\"" + taskId.toUtf8() + "\"}");
    const rh::OutputsReply reply = rh::decodeOutputsReply(outputs, &error);
    QCOMPARE(error.kind, Kind::None);
    QCOMPARE(reply.state, rh::TaskState::Success);
    QVERIFY(!reply.outputs.isEmpty());

    const rh::ApiResult unknown = await(m_client->outputs(m_to, QStringLiteral("1111111111111111111")));
    QCOMPARE(rh::decodeOutputsReply(unknown, &error).state, rh::TaskState::NotFound);
}

void TestApiClient::serverErrors()
{
    m_sandbox.setConcurrencyLimit(0);
    rh::ApiResult result = await(m_client->runAiApp(m_to, demoRequest()));
    m_sandbox.setConcurrencyLimit(3);
    QCOMPARE(result.error.kind, Kind::Server);
    QCOMPARE(result.error.code, 421);
    QVERIFY(result.error.isSafeToRetry());

    rh::RunRequest badNode = demoRequest();
    badNode.nodes.first().nodeId = QStringLiteral("999999");
    result = await(m_client->runAiApp(m_to, badNode));
    QCOMPARE(result.error.kind, Kind::Server);
    QCOMPARE(result.error.code, 803);

    rh::RunRequest badApp = demoRequest();
    badApp.webappId = QStringLiteral("1234567890123456789");
    result = await(m_client->runAiApp(m_to, badApp));
    QCOMPARE(result.error.kind, Kind::Server);
    QCOMPARE(result.error.code, 901);

    m_to.apiKey = QStringLiteral("ffffffffffffffffffffffffffffffff");
    result = await(m_client->runAiApp(m_to, demoRequest()));
    QCOMPARE(result.error.kind, Kind::Server);
    QCOMPARE(result.error.code, 802);
    QVERIFY(!result.error.isSafeToRetry());
}

void TestApiClient::invalidRunIsNotSent()
{
    const int before = m_sandbox.requestCount(RunPath);
    rh::RunRequest request = demoRequest();
    request.webappId = QStringLiteral("1877265245566922753x");
    int emits = 0;
    const rh::ApiResult result = await(m_client->runAiApp(m_to, request), &emits);
    QCOMPARE(emits, 1);
    QCOMPARE(result.error.kind, Kind::Invalid);
    QCOMPARE(m_sandbox.requestCount(RunPath), before);
}

void TestApiClient::html502IsHttp()
{
    m_sandbox.failNext(OutputsPath, Fault::Http502Html);
    const rh::ApiResult result = await(m_client->outputs(m_to, QStringLiteral("1907035719658053634")));
    QCOMPARE(result.error.kind, Kind::Http);
    QCOMPARE(result.error.code, 502);
    QVERIFY(!result.error.detail.isEmpty());
    QVERIFY(!result.error.detail.contains(QLatin1Char('<')));

    m_sandbox.failNext(RunPath, Fault::Http502Html);
    QCOMPARE(await(m_client->runAiApp(m_to, demoRequest())).error.kind, Kind::Http);
}

void TestApiClient::notJsonIsBadReply()
{
    m_sandbox.failNext(OutputsPath, Fault::NotJson);
    QCOMPARE(await(m_client->outputs(m_to, QStringLiteral("1907035719658053634"))).error.kind, Kind::BadReply);
    m_sandbox.failNext(RunPath, Fault::NotJson);
    QCOMPARE(await(m_client->runAiApp(m_to, demoRequest())).error.kind, Kind::BadReply);
}

void TestApiClient::cutBody()
{
    m_sandbox.failNext(OutputsPath, Fault::CutBody);
    QCOMPARE(await(m_client->outputs(m_to, QStringLiteral("1907035719658053634"))).error.kind, Kind::BadReply);
    m_sandbox.failNext(RunPath, Fault::CutBody);
    const rh::ApiResult run = await(m_client->runAiApp(m_to, demoRequest()));
    QCOMPARE(run.error.kind, Kind::UnknownOutcome);
    QVERIFY(!run.error.isSafeToRetry());
}

void TestApiClient::noAnswer()
{
    m_client->setTimeoutMs(200);
    m_sandbox.failNext(OutputsPath, Fault::NoAnswer);
    QCOMPARE(await(m_client->outputs(m_to, QStringLiteral("1907035719658053634"))).error.kind, Kind::Timeout);
    const int runsBefore = m_sandbox.requestCount(RunPath);
    m_sandbox.failNext(RunPath, Fault::NoAnswer);
    int emits = 0;
    const rh::ApiResult run = await(m_client->runAiApp(m_to, demoRequest()), &emits);
    QCOMPARE(emits, 1);
    QCOMPARE(run.error.kind, Kind::UnknownOutcome);
    QCOMPARE(m_sandbox.requestCount(RunPath), runsBefore + 1); // and it was not sent again
}

void TestApiClient::reset()
{
    const int runsBefore = m_sandbox.requestCount(RunPath);
    m_sandbox.failNext(RunPath, Fault::Reset);
    const rh::ApiResult run = await(m_client->runAiApp(m_to, demoRequest()));
    QCOMPARE(run.error.kind, Kind::UnknownOutcome);
    QCOMPARE(m_sandbox.requestCount(RunPath), runsBefore + 1);
    m_sandbox.failNext(OutputsPath, Fault::Reset);
    const Kind outputs = await(m_client->outputs(m_to, QStringLiteral("1907035719658053634"))).error.kind;
    // The sandbox's Reset drops the connection after the status line: a read sees a broken reply, not an answer.
    QCOMPARE(outputs, Kind::BadReply);
}

void TestApiClient::abortIsCancelled()
{
    m_sandbox.failNext(RunPath, Fault::NoAnswer);
    ApiCall *call = m_client->runAiApp(m_to, demoRequest());
    auto count = std::make_shared<int>(0);
    auto kind = std::make_shared<Kind>(Kind::None);
    connect(call, &ApiCall::finished, this, [count, kind](const rh::ApiResult &r) {
        ++*count;
        *kind = r.error.kind;
    });
    QSignalSpy served(&m_sandbox, &SandboxServer::requestServed);
    QVERIFY(served.wait(5000));
    call->abort();
    QCOMPARE(*count, 1);
    QCOMPARE(*kind, Kind::Cancelled);
    QTest::qWait(50);
    QCOMPARE(*count, 1);
}

void TestApiClient::wrongTypesAreBadReplies()
{
    ApiError error;
    m_sandbox.failNext(RunPath, Fault::WrongTypes);
    const rh::ApiResult run = await(m_client->runAiApp(m_to, demoRequest()));
    QVERIFY(run.ok()); // the envelope is fine; its fields are not
    rh::decodeRunReply(run.data, &error);
    QCOMPARE(error.kind, Kind::BadReply);

    const QString taskId = m_sandbox.lastTaskId();
    m_sandbox.failNext(OutputsPath, Fault::WrongTypes);
    rh::decodeOutputsReply(await(m_client->outputs(m_to, taskId)), &error);
    QCOMPARE(error.kind, Kind::BadReply);

    const QString appPath = QStringLiteral("/api/webapp/apiCallDemo");
    m_sandbox.failNext(appPath, Fault::WrongTypes);
    const QString id = SandboxServer::demoAppIds().first();
    rh::decodeAppInfo(id, await(m_client->appInfo(m_to, id)).data, &error);
    QCOMPARE(error.kind, Kind::BadReply);

    m_sandbox.failNext(QStringLiteral("/uc/openapi/accountStatus"), Fault::WrongTypes);
    const rh::AccountStatus status = rh::decodeAccountStatus(await(m_client->accountStatus(m_to)).data, &error);
    QCOMPARE(error.kind, Kind::None);
    QVERIFY(!status.remainCoins); // an object where a number belongs reads as nothing, not as 0
}

void TestApiClient::uploadReturnsContentAddress()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QString::fromUtf8("小图 sample.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray bytes = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    file.write(bytes);
    file.close();

    ApiCall *call = m_client->upload(m_to, path, QStringLiteral("image"));
    auto progressed = std::make_shared<bool>(false);
    connect(call, &ApiCall::uploadProgress, this, [progressed](qint64 sent, qint64) { *progressed |= sent > 0; });
    const rh::ApiResult result = await(call);
    QVERIFY2(result.ok(), result.body.constData());
    ApiError error;
    const rh::UploadReply reply = rh::decodeUploadReply(result.data, &error);
    QCOMPARE(error.kind, Kind::None);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(reply.fileName, QStringLiteral("api/%1.png").arg(sha));
    QCOMPARE(m_sandbox.uploadedFile(reply.fileName), bytes);
    QVERIFY(*progressed);

    const rh::ApiResult missing =
        await(m_client->upload(m_to, dir.filePath(QStringLiteral("nope.png")), QStringLiteral("image")));
    QCOMPARE(missing.error.kind, Kind::Invalid);
}

void TestApiClient::accountStatus()
{
    const rh::ApiResult result = await(m_client->accountStatus(m_to));
    QVERIFY2(result.ok(), result.body.constData());
    QVERIFY(m_sandbox.lastRequestBody(QStringLiteral("/uc/openapi/accountStatus")).contains("\"apikey\":"));
    ApiError error;
    const rh::AccountStatus status = rh::decodeAccountStatus(result.data, &error);
    QCOMPARE(error.kind, Kind::None);
    QVERIFY(status.remainCoins);
    QCOMPARE(*status.currentTaskCounts, 0);
}

void TestApiClient::keyNeverLogged()
{
    // Every test above ran with rhdesk.api debug output on, including the apiCallDemo GET with the key in its URL.
    const QString key = SandboxServer::demoApiKey();
    m_client->setTimeoutMs(200);
    for (const Fault fault : {Fault::Http502Html, Fault::CutBody, Fault::NoAnswer, Fault::NotJson}) {
        m_sandbox.failNext(QStringLiteral("/api/webapp/apiCallDemo"), fault);
        const rh::ApiResult result = await(m_client->appInfo(m_to, SandboxServer::demoAppIds().first()));
        QVERIFY(result.error.isError());
        QVERIFY(!result.error.message.contains(key));
        QVERIFY(!result.error.detail.contains(key));
    }
    QVERIFY(!g_logLines.isEmpty());
    for (const QString &line : std::as_const(g_logLines))
        QVERIFY2(!line.contains(key), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
