#include "sandboxserver.h"

#include "bodystream.h"
#include "faultreplies.h"
#include "progresshub.h"
#include "sandboxapi.h"
#include "sandboxlog.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>
#include <vector>

namespace rh {

namespace {

const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
const QString outputsPath = QStringLiteral("/task/openapi/outputs");
const QString statusPath = QStringLiteral("/task/openapi/status");
const QString cancelPath = QStringLiteral("/task/openapi/cancel");
const QString uploadPath = QStringLiteral("/task/openapi/upload");
const QString accountPath = QStringLiteral("/uc/openapi/accountStatus");
const QString demoPath = QStringLiteral("/api/webapp/apiCallDemo");

/// What a route produced before any fault: an API envelope, or plain bytes (files, 404s).
struct Produced
{
    std::optional<sandbox::ApiReply> api;
    QByteArray bytes;
    QByteArray mimeType;
    QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok;
};

/// One queued failNext/replyNext/streamNext for a path.
struct Override
{
    SandboxServer::Fault fault = SandboxServer::Fault::None;
    std::optional<QByteArray> body;
    int status = 200;
    QByteArray mimeType;
    std::optional<qint64> streamBytes;
    bool announceLength = true;
};

const QByteArray jsonMime = QByteArrayLiteral("application/json");

/// Closes the connection a little after the last write. QNetworkAccessManager also resends when the close reaches
/// it before it has noticed that its own request was sent (its channel still "writing", which happens when the
/// server answers within the same event-loop pass, as this in-process one can): the pause lets the client see its
/// request out and the reply's first bytes in, so the fault reaches it as the fault and never as a resend.
void closeSoon(QTcpSocket *socket)
{
    QTimer::singleShot(100, socket, [socket] { socket->disconnectFromHost(); });
}

} // namespace

struct SandboxServer::Private
{
    explicit Private(SandboxServer *owner)
        : q(owner)
        , progress(http, api, [this] { return now(); })
    {
        clock.start();
    }

    qint64 now() const { return clock.elapsed() + clockOffset; }
    void addRoutes();
    void addPost(const QString &path, std::function<sandbox::ApiReply(const QHttpServerRequest &)> produce);
    void serve(const QString &path, const QHttpServerRequest &request, QHttpServerResponder &&responder,
               const std::function<Produced(const QHttpServerRequest &)> &produce);
    void answer(const Produced &produced, Fault fault, QHttpServerResponder &&responder);
    void cutBody(const QByteArray &body, QTcpSocket *socket);
    void oversized(const QByteArray &body, const QByteArray &mime, QTcpSocket *socket);
    void resetConnection(QTcpSocket *socket, qsizetype promised);
    void hold(QHttpServerResponder &&responder);
    void releaseHeld();

    SandboxServer *q;
    QHttpServer http;
    sandbox::SandboxApi api;
    QElapsedTimer clock;
    qint64 clockOffset = 0;
    QString errorString;
    QUrl baseUrl;
    QHash<QString, QList<Override>> overrides;
    QHash<QString, int> counts;
    QHash<QString, QByteArray> lastBodies;
    std::vector<std::unique_ptr<QHttpServerResponder>> held; ///< NoAnswer requests, never answered
    QList<QPointer<QTcpSocket>> heldSockets;
    sandbox::ProgressHub progress; ///< after http and api: it refers to both
};

void SandboxServer::Private::addPost(const QString &path,
                                     std::function<sandbox::ApiReply(const QHttpServerRequest &)> produce)
{
    const auto wrapped = [produce](const QHttpServerRequest &request) {
        Produced produced;
        produced.api = produce(request);
        return produced;
    };
    http.route(path, QHttpServerRequest::Method::Post,
               [this, path, wrapped](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   serve(path, request, std::move(responder), wrapped);
               });
}

void SandboxServer::Private::addRoutes()
{
    addPost(runPath, [this](const QHttpServerRequest &r) { return api.run(r.body(), now()); });
    addPost(outputsPath, [this](const QHttpServerRequest &r) { return api.outputs(r.body(), now()); });
    addPost(statusPath, [this](const QHttpServerRequest &r) { return api.status(r.body(), now()); });
    addPost(cancelPath, [this](const QHttpServerRequest &r) { return api.cancel(r.body(), now()); });
    addPost(uploadPath, [this](const QHttpServerRequest &r) {
        return api.upload(r.value(QByteArrayLiteral("Content-Type")), r.body());
    });
    addPost(accountPath, [this](const QHttpServerRequest &r) { return api.accountStatus(r.body(), now()); });
    http.route(demoPath, QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   serve(demoPath, request, std::move(responder), [this](const QHttpServerRequest &r) {
                       Produced produced;
                       produced.api = api.apiCallDemo(r.query());
                       return produced;
                   });
               });
    http.route(QStringLiteral("/files/<arg>"), QHttpServerRequest::Method::Get,
               [this](const QString &name, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   serve(request.url().path(), request, std::move(responder), [this, name](const QHttpServerRequest &) {
                       Produced produced;
                       produced.bytes = api.fileBytes(name, now());
                       produced.mimeType = QByteArrayLiteral("image/png");
                       if (produced.bytes.isEmpty()) {
                           produced.bytes = QByteArrayLiteral("no such file");
                           produced.mimeType = QByteArrayLiteral("text/plain");
                           produced.status = QHttpServerResponder::StatusCode::NotFound;
                       }
                       return produced;
                   });
               });
}

void SandboxServer::Private::serve(const QString &path, const QHttpServerRequest &request,
                                   QHttpServerResponder &&responder,
                                   const std::function<Produced(const QHttpServerRequest &)> &produce)
{
    counts[path] += 1;
    lastBodies.insert(path, request.body());
    Override override;
    QList<Override> &queue = overrides[path];
    if (!queue.isEmpty())
        override = queue.takeFirst();
    qCDebug(lcSandbox) << "request" << path << "fault" << static_cast<int>(override.fault);
    if (override.body) {
        responder.write(*override.body, override.mimeType, QHttpServerResponder::StatusCode(override.status));
    } else if (override.streamBytes) {
        sandbox::BodyStream::start(responder.socket(), *override.streamBytes, override.announceLength);
    } else {
        answer(produce(request), override.fault, std::move(responder));
    }
    Q_EMIT q->requestServed(path);
}

void SandboxServer::Private::answer(const Produced &produced, Fault fault, QHttpServerResponder &&responder)
{
    const QByteArray body = produced.api ? sandbox::envelopeJson(*produced.api) : produced.bytes;
    const QByteArray mime = produced.api ? jsonMime : produced.mimeType;
    switch (fault) {
    case Fault::Http502Html:
        responder.write(sandbox::badGatewayHtml(), QByteArrayLiteral("text/html"),
                        QHttpServerResponder::StatusCode::BadGateway);
        return;
    case Fault::NotJson:
        responder.write(sandbox::notJsonBody(), QByteArrayLiteral("text/html; charset=utf-8"));
        return;
    case Fault::CutBody:
        cutBody(body, responder.socket());
        return;
    case Fault::NoAnswer:
        hold(std::move(responder));
        return;
    case Fault::Oversized:
        oversized(body, mime, responder.socket());
        return;
    case Fault::Reset:
        resetConnection(responder.socket(), qMax<qsizetype>(body.size(), 1));
        return;
    case Fault::ResetBeforeReply:
        responder.socket()->abort();
        return;
    case Fault::IdsAsNumbers:
        if (produced.api) {
            responder.write(sandbox::idsAsNumbers(body), mime);
            return;
        }
        break;
    case Fault::WrongTypes:
        if (produced.api) {
            responder.write(sandbox::wrongTypes(*produced.api), mime);
            return;
        }
        break;
    case Fault::None:
        break;
    }
    responder.write(body, mime, produced.status);
}

/// Promises the whole body in Content-Length, sends half of it, then closes: written to the socket directly
/// because the responder always sends a truthful Content-Length.
void SandboxServer::Private::cutBody(const QByteArray &body, QTcpSocket *socket)
{
    QByteArray head = QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ");
    head += QByteArray::number(body.size() + 64) + QByteArrayLiteral("\r\nConnection: close\r\n\r\n");
    socket->write(head);
    socket->write(body.left(body.size() / 2));
    closeSoon(socket);
}

/// The body, then zero bytes up to oversizedBytes(), with no Content-Length: the client learns the size only by
/// reading. Written to the socket directly because the responder always sends a Content-Length.
void SandboxServer::Private::oversized(const QByteArray &body, const QByteArray &mime, QTcpSocket *socket)
{
    QByteArray head = QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: ") + mime;
    head += QByteArrayLiteral("\r\nConnection: close\r\n\r\n");
    socket->write(head);
    socket->write(body);
    socket->write(QByteArray(qMax<qsizetype>(0, SandboxServer::oversizedBytes() - body.size()), '\0'));
    socket->disconnectFromHost();
}

/// Drops the connection right after the reply's headers, before any body byte. Not earlier on purpose:
/// QNetworkAccessManager resends a request by itself (POST included, up to twice) when the connection ends
/// before the headers are complete, so an earlier drop would reach the client as a normal answer (see
/// Fault::ResetBeforeReply).
void SandboxServer::Private::resetConnection(QTcpSocket *socket, qsizetype promised)
{
    QByteArray head = QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ");
    head += QByteArray::number(promised) + QByteArrayLiteral("\r\n\r\n");
    socket->write(head);
    // Not abort(): a reset (RST) makes the client's kernel drop the unread headers too.
    closeSoon(socket);
}

void SandboxServer::Private::hold(QHttpServerResponder &&responder)
{
    heldSockets.append(QPointer<QTcpSocket>(responder.socket()));
    held.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
}

void SandboxServer::Private::releaseHeld()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(heldSockets)) {
        if (socket)
            socket->abort();
    }
    heldSockets.clear();
    held.clear();
}

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->addRoutes();
}

SandboxServer::~SandboxServer()
{
    d->releaseHeld();
}

QString SandboxServer::demoApiKey()
{
    return sandbox::SandboxApi::demoApiKey();
}

bool SandboxServer::start(quint16 port)
{
    auto *tcp = new QTcpServer;
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        d->errorString = tcp->errorString();
        delete tcp;
        return false;
    }
    d->http.bind(tcp); // the HTTP server takes ownership
    d->baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(tcp->serverPort()));
    d->api.setBaseUrl(d->baseUrl.toString());
    d->errorString.clear();
    qCDebug(lcSandbox) << "sandbox listening on" << d->baseUrl.toString();
    return true;
}

QString SandboxServer::errorString() const
{
    return d->errorString;
}

QUrl SandboxServer::baseUrl() const
{
    return d->baseUrl;
}

void SandboxServer::setTimings(int queuedMs, int runningMs)
{
    d->api.setTimings(queuedMs, runningMs);
}

void SandboxServer::advanceClock(int ms)
{
    d->clockOffset += qMax(0, ms);
    d->progress.tick();
}

void SandboxServer::setConcurrencyLimit(int limit)
{
    d->api.setConcurrencyLimit(limit);
}

void SandboxServer::addKey(const QString &key, int concurrency, qint64 balanceCoins, bool enterprise)
{
    d->api.keys().set(key, sandbox::KeyPlan{concurrency, balanceCoins, enterprise});
}

void SandboxServer::setKeyConcurrency(const QString &key, int limit)
{
    d->api.keys().setConcurrency(key, limit);
}

void SandboxServer::setKeyBalance(const QString &key, qint64 coins)
{
    d->api.keys().setBalance(key, coins);
}

void SandboxServer::setCoinsPerSecond(int coins)
{
    d->api.setCoinsPerSecond(coins);
}

void SandboxServer::setInstancesBusy(bool busy)
{
    d->api.setInstancesBusy(busy);
}

void SandboxServer::failNext(const QString &path, Fault fault)
{
    Override override;
    override.fault = fault;
    d->overrides[path].append(override);
}

void SandboxServer::replyNext(const QString &path, const QByteArray &body, int httpStatus, const QByteArray &mimeType)
{
    Override override;
    override.body = body;
    override.status = httpStatus;
    override.mimeType = mimeType;
    d->overrides[path].append(override);
}

void SandboxServer::streamNext(const QString &path, qint64 bytes, bool announceLength)
{
    Override override;
    override.streamBytes = bytes < 0 ? sandbox::BodyStream::Endless : bytes;
    override.announceLength = announceLength;
    d->overrides[path].append(override);
}

void SandboxServer::setNextTaskFails(bool fails)
{
    d->api.setNextTaskFails(fails);
}

void SandboxServer::removeAppInput(const QString &webappId, const QString &nodeId, const QString &fieldName)
{
    d->api.removeAppInput(webappId, nodeId, fieldName);
}

int SandboxServer::requestCount(const QString &path) const
{
    return d->counts.value(path);
}

QHash<QString, int> SandboxServer::requestCounts() const
{
    return d->counts;
}

int SandboxServer::taskCount(const QString &key) const
{
    return d->api.tasks().createdCount(key);
}

QHash<QString, int> SandboxServer::taskCountByPrompt() const
{
    return d->api.tasks().countByPrompt();
}

QByteArray SandboxServer::lastRequestBody(const QString &path) const
{
    return d->lastBodies.value(path);
}

QByteArray SandboxServer::fileBytes(const QUrl &url) const
{
    const QString prefix = QStringLiteral("/files/");
    const QString path = url.path();
    if (!path.startsWith(prefix))
        return {};
    return d->api.fileBytes(path.mid(prefix.size()), d->now());
}

QByteArray SandboxServer::uploadedFile(const QString &fileName) const
{
    return d->api.uploadedFile(fileName);
}

QString SandboxServer::lastTaskId() const
{
    return d->api.lastTaskId();
}

int SandboxServer::progressListenerCount() const
{
    return d->progress.listenerCount();
}

int SandboxServer::heldRequestCount() const
{
    int count = 0;
    for (const QPointer<QTcpSocket> &socket : std::as_const(d->heldSockets)) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            ++count;
    }
    return count;
}

QStringList SandboxServer::demoAppIds()
{
    QStringList ids;
    for (const sandbox::DemoApp &app : sandbox::demoApps())
        ids.append(app.webappId);
    return ids;
}

QStringList SandboxServer::demoAppNames()
{
    QStringList names;
    for (const sandbox::DemoApp &app : sandbox::demoApps())
        names.append(app.webappName);
    return names;
}

qint64 SandboxServer::uploadLimitBytes()
{
    return sandbox::SandboxApi::uploadLimitBytes;
}

qint64 SandboxServer::oversizedBytes()
{
    return 4LL * 1024 * 1024;
}

} // namespace rh
