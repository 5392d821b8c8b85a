// The sandbox serves the progress websocket its run and outputs replies advertise (netWssUrl), over real sockets.
// Read with a bare QWebSocket: the sandbox tests use none of the client's code.
#include "sandboxhttp.h"
#include "testenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <memory>

using rh::SandboxServer;
using rh::test::SandboxHttp;

namespace {

const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
const QString cancelPath = QStringLiteral("/task/openapi/cancel");

/// A bare websocket that keeps every text message's type (and progress as "progress value/max").
class Listener
{
public:
    Listener()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &text) {
            const QJsonObject root = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = root.value(QStringLiteral("type")).toString();
            const QJsonObject data = root.value(QStringLiteral("data")).toObject();
            if (type == QLatin1String("progress")) {
                types.append(QStringLiteral("progress %1/%2")
                                 .arg(data.value(QStringLiteral("value")).toInt())
                                 .arg(data.value(QStringLiteral("max")).toInt()));
            } else {
                types.append(type);
            }
        });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { closed = true; });
    }

    QWebSocket socket;
    QStringList types;
    bool closed = false;
};

} // namespace

class TestSandboxProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_http = std::make_unique<SandboxHttp>(*m_server);
    }
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    // The whole story of a task that succeeds, paced by the simulated clock; the sandbox closes the socket after.
    void tellsProgressUntilSuccess()
    {
        m_server->setTimings(0, 60000);
        const QUrl url = runTask("\"10\""); // a step every 6 s of the clock: no real-time step sneaks in
        Listener listener;
        listener.socket.open(url);
        QTRY_COMPARE(listener.types.size(), 4);
        QCOMPARE(listener.types, (QStringList{QStringLiteral("status"), QStringLiteral("execution_start"),
                                              QStringLiteral("executing"), QStringLiteral("progress 0/10")}));
        QCOMPARE(m_server->progressListenerCount(), 1);

        m_server->advanceClock(30000);
        QTRY_COMPARE(listener.types.size(), 5);
        QCOMPARE(listener.types.constLast(), QStringLiteral("progress 5/10"));

        m_server->advanceClock(30000);
        QTRY_VERIFY(listener.closed);
        QCOMPARE(listener.types.mid(5), (QStringList{QStringLiteral("progress 10/10"), QStringLiteral("executing"),
                                                     QStringLiteral("execution_success")}));
        QCOMPARE(listener.socket.closeCode(), QWebSocketProtocol::CloseCodeNormal);
        QTRY_COMPARE(m_server->progressListenerCount(), 0);
    }

    // The timer paces the story by itself too (the app never calls advanceClock).
    void tellsProgressInRealTime()
    {
        m_server->setTimings(0, 400);
        Listener listener;
        listener.socket.open(runTask("\"4\""));
        QTRY_VERIFY_WITH_TIMEOUT(listener.closed, 5000);
        QVERIFY2(listener.types.contains(QStringLiteral("progress 4/4")), qPrintable(listener.types.join(u',')));
        QCOMPARE(listener.types.constLast(), QStringLiteral("execution_success"));
    }

    void failingTaskEndsWithError()
    {
        m_server->setTimings(0, 0);
        m_server->setNextTaskFails(true);
        Listener listener;
        listener.socket.open(runTask("\"20\""));
        QTRY_VERIFY(listener.closed);
        QCOMPARE(listener.types.constLast(), QStringLiteral("execution_error"));
        QVERIFY(listener.types.contains(QStringLiteral("progress 10/20")));
        QVERIFY(!listener.types.contains(QStringLiteral("execution_success")));
    }

    void cancelledTaskIsInterrupted()
    {
        m_server->setTimings(0, 60000);
        const QUrl url = runTask("\"20\"");
        Listener listener;
        listener.socket.open(url);
        QTRY_COMPARE(listener.types.size(), 4);
        const QString taskId = QUrlQuery(url).queryItemValue(QStringLiteral("taskId"));
        QCOMPARE(m_http->postTask(cancelPath, taskId).code(), 0);
        QTRY_VERIFY(listener.closed);
        QCOMPARE(listener.types.constLast(), QStringLiteral("execution_interrupted"));
    }

    void otherUrlsAreRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("value");
        QTest::newRow("unknown task") << QStringLiteral("taskId") << QStringLiteral("1907035719658053634");
        QTest::newRow("no task") << QStringLiteral("taskId") << QString();
        QTest::newRow("other client") << QStringLiteral("clientId") << QStringLiteral("0123456789abcdef");
    }
    void otherUrlsAreRefused()
    {
        QFETCH(QString, what);
        QFETCH(QString, value);
        m_server->setTimings(0, 60000);
        QUrl url = runTask("\"20\"");
        if (what == QLatin1String("path")) {
            url.setPath(value);
        } else {
            QUrlQuery query(url);
            query.removeQueryItem(what);
            query.addQueryItem(what, value);
            url.setQuery(query);
        }
        Listener listener;
        listener.socket.open(url);
        QTRY_VERIFY(listener.closed);
        QCOMPARE(listener.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY(listener.types.isEmpty());
        QCOMPARE(m_server->progressListenerCount(), 0);
    }

    // Another path is not a websocket: the handshake gets the server's 404 (the Qt warning says so), no socket.
    void otherPathIsNotFound()
    {
        m_server->setTimings(0, 60000);
        QUrl url = runTask("\"20\"");
        url.setPath(QStringLiteral("/ws"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("WebSocket received")));
        Listener listener;
        bool connected = false;
        connect(&listener.socket, &QWebSocket::connected, this, [&] { connected = true; });
        QSignalSpy failed(&listener.socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        listener.socket.open(url);
        QVERIFY(failed.wait(5000));
        QVERIFY(!connected);
        QVERIFY(listener.socket.errorString().contains(QLatin1String("404")));
    }

    // A plain GET there is told to upgrade, not left hanging.
    void plainGetIsToldToUpgrade()
    {
        m_server->setTimings(0, 60000);
        QUrl url = runTask("\"20\"");
        url.setScheme(QStringLiteral("http"));
        QCOMPARE(m_http->get(url).httpStatus, 426);
    }

    // Every listener of a task hears the story; a sandbox that goes away closes them all.
    void twoListenersThenServerGone()
    {
        m_server->setTimings(0, 60000);
        const QUrl url = runTask("\"20\"");
        Listener first;
        Listener second;
        first.socket.open(url);
        second.socket.open(url);
        QTRY_COMPARE(m_server->progressListenerCount(), 2);
        QTRY_COMPARE(first.types.size(), 4);
        QTRY_COMPARE(second.types, first.types);
        m_http.reset();
        m_server.reset();
        QTRY_VERIFY(first.closed);
        QTRY_VERIFY(second.closed);
    }

private:
    /// Runs the text-to-image app with this many steps (JSON text) and returns the advertised netWssUrl.
    QUrl runTask(const QByteArray &stepsJson)
    {
        const QByteArray body = "{\"apiKey\":\"" + SandboxServer::demoApiKey().toUtf8() +
                                "\",\"webappId\":\"1877265245566922753\",\"nodeInfoList\":[{\"nodeId\":\"3\","
                                "\"fieldName\":\"steps\",\"fieldValue\":" +
                                stepsJson + "}]}";
        const rh::test::HttpAnswer answer = m_http->post(runPath, body);
        const QString wss = answer.dataObject().value(QStringLiteral("netWssUrl")).toString();
        if (!wss.startsWith(QLatin1String("ws://")))
            qWarning() << "no netWssUrl in" << answer.body;
        return QUrl(wss);
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;
};

QTEST_GUILESS_MAIN(TestSandboxProgress)
#include "tst_sandboxprogress.moc"
