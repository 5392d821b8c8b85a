#include "sandbox/sandboxserver.h"
#include "task/progresssocket.h"
#include "testenv.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <memory>

using namespace rh;

namespace {

// (moc does not understand raw string literals: a brace inside one that is not balanced hides the test slots,
// so the cut-off row below is an ordinary string literal.)
void addParseRows()
{
    using K = ProgressEvent::Kind;
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("max");
    auto row = [](const char *name, const char *message, K kind, const char *node, int value, int max) {
        QTest::newRow(name) << QByteArray(message) << int(kind) << QString::fromUtf8(node) << value << max;
    };
    row("progress (docs)", R"({"type":"progress","data":{"node":"3","value":10,"max":20}})", K::Progress, "3", 10, 20);
    row("progress with prompt_id", R"({"type":"progress","data":{"value":1,"max":8,"prompt_id":"a-b","node":"115"}})",
        K::Progress, "115", 1, 8);
    row("progress node as number", R"({"type":"progress","data":{"node":3,"value":2,"max":4}})", K::Progress, "3", 2,
        4);
    row("progress numbers as strings", R"({"type":"progress","data":{"node":"3","value":"5","max":"20"}})", K::Progress,
        "3", 5, 20);
    row("progress value above max is clamped", R"({"type":"progress","data":{"node":"3","value":25,"max":20}})",
        K::Progress, "3", 20, 20);
    row("progress max zero", R"({"type":"progress","data":{"node":"3","value":0,"max":0}})", K::Ignored, "", 0, 0);
    row("progress negative", R"({"type":"progress","data":{"node":"3","value":-1,"max":20}})", K::Ignored, "", 0, 0);
    row("progress fractional", R"({"type":"progress","data":{"node":"3","value":1.5,"max":20}})", K::Ignored, "", 0, 0);
    row("progress without data", R"({"type":"progress"})", K::Ignored, "", 0, 0);
    row("progress data not object", R"({"type":"progress","data":[1,2]})", K::Ignored, "", 0, 0);
    row("executing", R"({"type":"executing","data":{"node":"45","prompt_id":"x"}})", K::Executing, "45", 0, 0);
    row("executing null node (done)", R"({"type":"executing","data":{"node":null,"prompt_id":"x"}})", K::Executing, "",
        0, 0);
    row("execution_cached", R"({"type":"execution_cached","data":{"nodes":["1","2"],"prompt_id":"x"}})",
        K::ExecutionCached, "", 0, 0);
    row("execution_success", R"({"type":"execution_success","data":{"prompt_id":"x","timestamp":1}})",
        K::ExecutionSuccess, "", 0, 0);
    row("execution_error", R"({"type":"execution_error","data":{"node_id":"45","exception_message":"oom"}})",
        K::ExecutionError, "45", 0, 0);
    row("execution_interrupted", R"({"type":"execution_interrupted","data":{"node_id":"7"}})", K::ExecutionError, "7",
        0, 0);
    row("status", R"({"type":"status","data":{"status":{"exec_info":{"queue_remaining":0}},"sid":"abc"}})", K::Ignored,
        "", 0, 0);
    row("executed", R"({"type":"executed","data":{"node":"9","output":{}}})", K::Ignored, "", 0, 0);
    row("unknown type", R"({"type":"crystools.monitor","data":{"cpu_utilization":3}})", K::Ignored, "", 0, 0);
    row("type not a string", R"({"type":5,"data":{}})", K::Ignored, "", 0, 0);
    row("array", R"([{"type":"progress"}])", K::Ignored, "", 0, 0);
    row("not json", "<html>502 Bad Gateway</html>", K::Ignored, "", 0, 0);
    row("cut json", "{\"type\":\"progress\",\"data\":{\"node\":\"3\",\"val", K::Ignored, "", 0, 0);
    row("empty", "", K::Ignored, "", 0, 0);
}

} // namespace

class TestProgressSocket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void parse_data() { addParseRows(); }
    void parse()
    {
        QFETCH(QByteArray, message);
        QFETCH(int, kind);
        QFETCH(QString, node);
        QFETCH(int, value);
        QFETCH(int, max);
        const ProgressEvent event = parseProgressMessage(message);
        QCOMPARE(int(event.kind), kind);
        QCOMPARE(event.node, node);
        QCOMPARE(event.value, value);
        QCOMPARE(event.max, max);
    }

    // Over a real socket: messages become progress; a server that goes away closes the socket quietly.
    void liveSocket()
    {
        QWebSocketServer server(QStringLiteral("comfy"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        std::unique_ptr<QWebSocket> peer; // nextPendingConnection() hands over ownership
        connect(&server, &QWebSocketServer::newConnection, this, [&] { peer.reset(server.nextPendingConnection()); });

        ProgressSocket socket;
        QSignalSpy progress(&socket, &ProgressSocket::progress);
        QSignalSpy closed(&socket, &ProgressSocket::closed);
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws?token=signed").arg(server.serverPort())));
        QTRY_VERIFY(peer);
        QTRY_VERIFY(socket.isOpen());
        peer->sendTextMessage(QStringLiteral(R"({"type":"executing","data":{"node":"3"}})"));
        peer->sendTextMessage(QStringLiteral("not json"));
        peer->sendTextMessage(QStringLiteral(R"({"type":"progress","data":{"node":"3","value":10,"max":20}})"));
        peer->sendTextMessage(QStringLiteral(R"({"type":"execution_success","data":{}})"));
        QTRY_COMPARE(progress.size(), 3);
        QCOMPARE(progress.at(0), (QList<QVariant>{0, 0}));
        QCOMPARE(progress.at(1), (QList<QVariant>{10, 20}));
        QCOMPARE(progress.at(2), (QList<QVariant>{20, 20}));
        QCOMPARE(closed.size(), 0);

        peer->abort();
        QTRY_COMPARE(closed.size(), 1);
        QVERIFY(!socket.isOpen());
    }

    // The sandbox's own socket (netWssUrl of a run): the bar goes busy, counts the steps, fills at the end, and the
    // socket closes when the task ended.
    void progressFromTheSandbox()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        sandbox.setTimings(0, 60000);
        const QUrl url = sandboxRun(sandbox);
        QVERIFY2(url.scheme() == QLatin1String("ws"), qPrintable(url.toString()));

        ProgressSocket socket;
        QSignalSpy progress(&socket, &ProgressSocket::progress);
        QSignalSpy closed(&socket, &ProgressSocket::closed);
        socket.open(url);
        QTRY_COMPARE(progress.size(), 2);
        QCOMPARE(progress.at(0), (QList<QVariant>{0, 0}));  // executing: busy
        QCOMPARE(progress.at(1), (QList<QVariant>{0, 10})); // the sampler's first step
        sandbox.advanceClock(30000);
        QTRY_COMPARE(progress.size(), 3);
        QCOMPARE(progress.at(2), (QList<QVariant>{5, 10}));
        QCOMPARE(closed.size(), 0);
        sandbox.advanceClock(30000);
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(progress.constLast(), (QList<QVariant>{10, 10}));
        QVERIFY(!socket.isOpen());
    }

    void unreachableClosesQuietly()
    {
        QWebSocketServer server(QStringLiteral("gone"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        server.close(); // nothing listens there any more
        ProgressSocket socket;
        QSignalSpy closed(&socket, &ProgressSocket::closed);
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
        QTRY_COMPARE(closed.size(), 1);
    }

    void ignoresNonWebSocketUrls()
    {
        ProgressSocket socket;
        QSignalSpy closed(&socket, &ProgressSocket::closed);
        socket.open(QUrl(QStringLiteral("https://www.runninghub.cn/ws")));
        socket.open(QUrl());
        QVERIFY(socket.url().isEmpty());
        QCOMPARE(closed.size(), 0);
    }

private:
    /// Runs the sandbox's text-to-image app with 10 steps over real HTTP; the advertised netWssUrl.
    static QUrl sandboxRun(const SandboxServer &sandbox)
    {
        QNetworkAccessManager nam;
        QUrl target = sandbox.baseUrl();
        target.setPath(QStringLiteral("/task/openapi/ai-app/run"));
        QNetworkRequest request(target);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray body = "{\"apiKey\":\"" + SandboxServer::demoApiKey().toUtf8() +
                                "\",\"webappId\":\"1877265245566922753\",\"nodeInfoList\":[{\"nodeId\":\"3\","
                                "\"fieldName\":\"steps\",\"fieldValue\":\"10\"}]}";
        std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(5000))
            return {};
        const QJsonObject data =
            QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data")).toObject();
        return QUrl(data.value(QStringLiteral("netWssUrl")).toString());
    }
};

QTEST_GUILESS_MAIN(TestProgressSocket)
#include "tst_progresssocket.moc"
