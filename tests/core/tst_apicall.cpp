#include "api/apicall.h"
#include "testenv.h"
#include "untrustedtlsserver.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <memory>

using rh::ApiCall;
using rh::ApiError;
using Kind = ApiError::Kind;
using Effect = ApiCall::Effect;
Q_DECLARE_METATYPE(rh::ApiError::Kind)
Q_DECLARE_METATYPE(rh::ApiCall::Effect)

namespace {

QNetworkRequest jsonRequest(quint16 port, int timeoutMs)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    return request;
}

/// Answers every request on 127.0.0.1 with fixed bytes (status line, headers and as much body as wanted) and then
/// keeps the connection open: what comes next is up to the client.
class ScriptedServer
{
public:
    explicit ScriptedServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_request += socket->readAll();
                if (m_request.contains("\r\n\r\n"))
                    socket->write(m_answer);
            });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/cover.png").arg(m_server.serverPort())); }

private:
    QTcpServer m_server;
    QByteArray m_answer;
    QByteArray m_request;
};

QNetworkRequest fileRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    return request;
}

struct Ending
{
    int count = 0;
    rh::ApiResult result;
};

std::shared_ptr<Ending> watch(ApiCall *call, QObject *context)
{
    auto ending = std::make_shared<Ending>();
    QObject::connect(call, &ApiCall::finished, context, [ending](const rh::ApiResult &result) {
        ++ending->count;
        ending->result = result;
    });
    return ending;
}

} // namespace

class TestApiCall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void classify_data();
    void classify();
    void refusedCallFinishesLaterOnce();
    void abortIsCancelledAndSynchronous();
    void timeoutIsNotCancelled();
    void destroyedMidFlightSaysNothing();
    void connectionRefusedIsNetwork();
    void untrustedCertificateIsTls();
    void rawBodyIsKeptAsIs();
    void rawHttpErrorIsHttp();
    void announcedTooLargeStopsAtTheHeaders();
    void growingTooLargeStopsWhileReading();

private:
    QNetworkAccessManager m_nam;
};

void TestApiCall::classify_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<Effect>("effect");
    QTest::addColumn<bool>("aborted");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<Kind>("kind");
    using E = QNetworkReply;
    const Effect R = Effect::ReadOnly;
    const Effect C = Effect::CreatesTask;
    QTest::newRow("user abort, read") << E::OperationCanceledError << R << true << true << false << Kind::Cancelled;
    QTest::newRow("user abort, run") << E::OperationCanceledError << C << true << true << false << Kind::Cancelled;
    QTest::newRow("timeout, read") << E::OperationCanceledError << R << false << true << false << Kind::Timeout;
    QTest::newRow("timeout, run, sent") << E::OperationCanceledError << C << false << true << false
                                        << Kind::UnknownOutcome;
    QTest::newRow("timeout, run, unsent") << E::OperationCanceledError << C << false << false << false
                                          << Kind::UnknownOutcome; // conservative: could have been on the wire
    QTest::newRow("TimeoutError, read") << E::TimeoutError << R << false << false << false << Kind::Timeout;
    QTest::newRow("refused, read") << E::ConnectionRefusedError << R << false << false << false << Kind::Network;
    QTest::newRow("refused, run") << E::ConnectionRefusedError << C << false << false << false << Kind::Network;
    QTest::newRow("dns, run") << E::HostNotFoundError << C << false << false << false << Kind::Network;
    QTest::newRow("tls, run") << E::SslHandshakeFailedError << C << false << false << false << Kind::Tls;
    QTest::newRow("tls, read") << E::SslHandshakeFailedError << R << false << false << false << Kind::Tls;
    QTest::newRow("tls after sending, run") // not a refused certificate: a run may have reached the server
        << E::SslHandshakeFailedError << C << false << true << false << Kind::UnknownOutcome;
    QTest::newRow("tls user abort") << E::SslHandshakeFailedError << R << true << false << false << Kind::Cancelled;
    QTest::newRow("closed, run") << E::RemoteHostClosedError << C << false << true << false << Kind::UnknownOutcome;
    QTest::newRow("closed, run, flags lost")
        << E::RemoteHostClosedError << C << false << false << false << Kind::UnknownOutcome;
    QTest::newRow("cut body, run") << E::RemoteHostClosedError << C << false << true << true << Kind::UnknownOutcome;
    QTest::newRow("closed, read") << E::RemoteHostClosedError << R << false << true << false << Kind::Network;
    QTest::newRow("cut body, read") << E::RemoteHostClosedError << R << false << true << true << Kind::BadReply;
    QTest::newRow("protocol failure, read") << E::ProtocolFailure << R << false << true << true << Kind::BadReply;
    QTest::newRow("resend refused, run") << E::ContentReSendError << C << false << true << false
                                         << Kind::UnknownOutcome;
    QTest::newRow("redirect refused, run")
        << E::InsecureRedirectError << C << false << true << true << Kind::UnknownOutcome;
}

void TestApiCall::classify()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(Effect, effect);
    QFETCH(bool, aborted);
    QFETCH(bool, sent);
    QFETCH(bool, answered);
    QFETCH(Kind, kind);
    QCOMPARE(rh::classifyTransportFailure(error, effect, aborted, sent, answered), kind);
}

void TestApiCall::refusedCallFinishesLaterOnce()
{
    ApiError invalid;
    invalid.kind = Kind::Invalid;
    QPointer<ApiCall> call = new ApiCall(invalid);
    const auto ending = watch(call, this); // connecting after creation must not miss the end
    QCOMPARE(ending->count, 0);
    QVERIFY(QTest::qWaitFor([&] { return call.isNull(); }, 5000));
    QCOMPARE(ending->count, 1);
    QCOMPARE(ending->result.error.kind, Kind::Invalid);
}

void TestApiCall::abortIsCancelledAndSynchronous()
{
    QTcpServer silent; // accepts and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QNetworkRequest request = jsonRequest(silent.serverPort(), 10000);
    QPointer<ApiCall> call = new ApiCall(m_nam.post(request, QByteArray("{}")), Effect::CreatesTask);
    const auto ending = watch(call, this);
    QVERIFY(QTest::qWaitFor([&] { return silent.hasPendingConnections(); }, 5000));
    call->abort();
    QCOMPARE(ending->count, 1);
    QCOMPARE(ending->result.error.kind, Kind::Cancelled);
    call->abort();
    QVERIFY(QTest::qWaitFor([&] { return call.isNull(); }, 5000));
    QCOMPARE(ending->count, 1);
}

void TestApiCall::timeoutIsNotCancelled()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QNetworkRequest request = jsonRequest(silent.serverPort(), 150);
    QPointer<ApiCall> call = new ApiCall(m_nam.post(request, QByteArray("{}")), Effect::ReadOnly);
    const auto ending = watch(call, this);
    QVERIFY(QTest::qWaitFor([&] { return ending->count > 0; }, 5000));
    QCOMPARE(ending->result.error.kind, Kind::Timeout);
    QVERIFY(QTest::qWaitFor([&] { return call.isNull(); }, 5000));
    QCOMPARE(ending->count, 1);
}

void TestApiCall::destroyedMidFlightSaysNothing()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QNetworkRequest request = jsonRequest(silent.serverPort(), 10000);
    auto *call = new ApiCall(m_nam.post(request, QByteArray("{}")), Effect::ReadOnly);
    const auto ending = watch(call, this);
    QVERIFY(QTest::qWaitFor([&] { return silent.hasPendingConnections(); }, 5000));
    delete call;
    QTest::qWait(0);
    QCOMPARE(ending->count, 0);
}

void TestApiCall::connectionRefusedIsNetwork()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago and is closed now
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const QNetworkRequest request = jsonRequest(port, 5000);
    QPointer<ApiCall> call = new ApiCall(m_nam.post(request, QByteArray("{}")), Effect::CreatesTask);
    const auto ending = watch(call, this);
    QVERIFY(QTest::qWaitFor([&] { return ending->count > 0; }, 5000));
    QCOMPARE(ending->result.error.kind, Kind::Network);
    QVERIFY(ending->result.error.isSafeToRetry());
}

// A server with a self-signed certificate: the call ends as Tls (not "could not reach"), with Qt's reason kept,
// and the request with its key never went out (no handshake completed, so nothing could be read).
void TestApiCall::untrustedCertificateIsTls()
{
    rh::test::UntrustedTlsServer server;
    QVERIFY(server.start());
    const QString key = QStringLiteral("0123456789abcdef0123456789abcdef");
    QNetworkRequest request(server.baseUrl().resolved(QUrl(QStringLiteral("/task/openapi/ai-app/run"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setTransferTimeout(10000);
    const QByteArray body = "{\"apiKey\":\"" + key.toUtf8() + "\"}";
    QPointer<ApiCall> call = new ApiCall(m_nam.post(request, body), Effect::CreatesTask);
    const auto ending = watch(call, this);
    QVERIFY(QTest::qWaitFor([&] { return ending->count > 0; }, 10000));
    const ApiError error = ending->result.error;
    QCOMPARE(error.kind, Kind::Tls);
    QVERIFY2(error.message.contains(QLatin1String("certificate"), Qt::CaseInsensitive), qPrintable(error.message));
    QVERIFY(!error.message.contains(key));
    QVERIFY(error.isSafeToRetry()); // nothing was sent, so nothing can be charged
    QCOMPARE(server.encryptedConnections(), 0);
}

void TestApiCall::rawBodyIsKeptAsIs()
{
    const QByteArray picture("\x89PNG\r\n\x1a\n\0\x01{not json}", 20);
    ScriptedServer server("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                          QByteArray::number(picture.size()) + "\r\n\r\n" + picture);
    auto *call = new ApiCall(m_nam.get(fileRequest(server.url())), Effect::ReadOnly);
    call->setRawBody(true);
    call->setMaxBodyBytes(picture.size()); // exactly at the limit is fine
    const auto ending = watch(call, this);
    QVERIFY(QTest::qWaitFor([&] { return ending->count > 0; }, 5000));
    QVERIFY2(ending->result.ok(), qPrintable(ending->result.error.message));
    QCOMPARE(ending->result.code, 200);
    QCOMPARE(ending->result.body, picture);
}

void TestApiCall::rawHttpErrorIsHttp()
{
    ScriptedServer server("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nnot found");
    auto *call = new ApiCall(m_nam.get(fileRequest(server.url())), Effect::ReadOnly);
    call->setRawBody(true);
    const auto ending = watch(call, this);
    QVERIFY(QTest::qWaitFor([&] { return ending->count > 0; }, 5000));
    QCOMPARE(ending->result.error.kind, Kind::Http);
    QCOMPARE(ending->result.error.code, 404);
}

void TestApiCall::announcedTooLargeStopsAtTheHeaders()
{
    // 10 MB promised, nothing sent: the call must not wait for the body (nor for the timeout) to refuse it.
    ScriptedServer server("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 10000000\r\n\r\n");
    auto *call = new ApiCall(m_nam.get(fileRequest(server.url())), Effect::ReadOnly);
    call->setRawBody(true);
    call->setMaxBodyBytes(2 * 1024 * 1024);
    const auto ending = watch(call, this);
    QVERIFY(QTest::qWaitFor([&] { return ending->count > 0; }, 5000));
    QCOMPARE(ending->result.error.kind, Kind::BadReply);
    QVERIFY(ending->result.body.isEmpty());
}

void TestApiCall::growingTooLargeStopsWhileReading()
{
    // No length announced; 64 KiB come and the connection stays open: only counting while reading stops it.
    ScriptedServer server("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n" +
                          QByteArray(64 * 1024, 'x'));
    auto *call = new ApiCall(m_nam.get(fileRequest(server.url())), Effect::ReadOnly);
    call->setRawBody(true);
    call->setMaxBodyBytes(16 * 1024);
    const auto ending = watch(call, this);
    QVERIFY(QTest::qWaitFor([&] { return ending->count > 0; }, 5000));
    QCOMPARE(ending->result.error.kind, Kind::BadReply);
    QVERIFY(ending->result.body.isEmpty());
}

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
