#include "progresshub.h"

#include "sandboxapi.h"
#include "sandboxlog.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QWebSocket>

#include <algorithm>

namespace rh::sandbox {

ProgressHub::ProgressHub(QHttpServer &http, const SandboxApi &api, Clock now, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_api(api)
    , m_now(std::move(now))
{
    m_timer.setInterval(tickMs);
    connect(&m_timer, &QTimer::timeout, this, &ProgressHub::tick);
    // Qt 6.4 hands an upgrade over only when a route matches its path and this signal is connected (6.8 replaced
    // this with upgrade verifiers). The route answers nothing for an upgrade: the socket is the websocket's now.
    m_http.route(SandboxApi::progressPath(), QHttpServerRequest::Method::Get,
                 [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     const QByteArray upgrade = request.value(QByteArrayLiteral("Upgrade"));
                     if (upgrade.compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive) != 0)
                         responder.write(QHttpServerResponder::StatusCode::UpgradeRequired);
                 });
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, &ProgressHub::acceptPending);
}

ProgressHub::~ProgressHub()
{
    for (const Listener &listener : m_listeners) {
        listener.socket->disconnect(this);
        listener.socket->abort();
    }
}

void ProgressHub::acceptPending()
{
    while (m_http.hasPendingWebSocketConnections()) {
        QWebSocket *socket = m_http.nextPendingWebSocketConnection().release();
        if (socket)
            accept(socket);
    }
}

void ProgressHub::accept(QWebSocket *socket)
{
    socket->setParent(this);
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    const QUrl url = socket->requestUrl();
    const SandboxTask *task = m_api.progressTask(url);
    if (!task) {
        qCDebug(lcSandbox) << "websocket refused:" << url.path();
        // A tick later, not at once: a client still reading the handshake when the close arrives peeks a closed
        // socket (Qt 6.4 warns "QIODevice::peek: device not open").
        QTimer::singleShot(tickMs, socket, [socket] {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("no such task"));
        });
        return;
    }
    qCDebug(lcSandbox) << "progress socket opened for task" << task->taskId;
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { forget(socket); });
    m_listeners.push_back(Listener{socket, task->taskId, ProgressTold{}});
    m_timer.start();
    tick();
}

void ProgressHub::forget(QWebSocket *socket)
{
    m_listeners.erase(std::remove_if(m_listeners.begin(), m_listeners.end(),
                                     [socket](const Listener &l) { return l.socket == socket; }),
                      m_listeners.end());
    if (m_listeners.empty())
        m_timer.stop();
}

void ProgressHub::tick()
{
    const qint64 now = m_now();
    QList<QWebSocket *> finished;
    for (Listener &listener : m_listeners) {
        const SandboxTask *task = m_api.tasks().find(listener.taskId);
        // Closed the tick after the last message (see accept()): the client reads it in peace.
        if (!task || listener.told.ended) {
            finished.append(listener.socket);
            continue;
        }
        for (const QByteArray &text : progressMessages(*task, m_api.findApp(task->webappId), now, listener.told))
            listener.socket->sendTextMessage(QString::fromUtf8(text));
    }
    // Closed after the loop: a close can end in forget(), which edits the list.
    for (QWebSocket *socket : std::as_const(finished)) {
        forget(socket);
        socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("task ended"));
    }
}

} // namespace rh::sandbox
