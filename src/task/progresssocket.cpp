#include "task/progresssocket.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QWebSocket>

#include <algorithm>

namespace rh {

namespace {

Q_LOGGING_CATEGORY(lcProgress, "rhdesk.task.progress", QtInfoMsg)

// ComfyUI sends node ids as strings; be lenient about numbers.
QString nodeText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

// A step count: a non-negative integral number (or its text); -1 when it is not one.
int countValue(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const int n = value.toString().trimmed().toInt(&ok);
        return ok && n >= 0 ? n : -1;
    }
    if (!value.isDouble())
        return -1;
    const double d = value.toDouble();
    if (d < 0 || d > 1e9 || d != double(qint64(d)))
        return -1;
    return int(d);
}

ProgressEvent progressEvent(const QJsonObject &data)
{
    ProgressEvent event;
    const int value = countValue(data.value(QLatin1String("value")));
    const int max = countValue(data.value(QLatin1String("max")));
    if (value < 0 || max <= 0)
        return event;
    event.kind = ProgressEvent::Kind::Progress;
    event.node = nodeText(data.value(QLatin1String("node")));
    event.max = max;
    event.value = std::min(value, max);
    return event;
}

} // namespace

ProgressEvent parseProgressMessage(const QByteArray &message)
{
    ProgressEvent event;
    const QJsonDocument doc = QJsonDocument::fromJson(message);
    if (!doc.isObject())
        return event;
    const QJsonObject root = doc.object();
    const QString type = root.value(QLatin1String("type")).toString();
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    if (type == QLatin1String("progress"))
        return progressEvent(data);
    if (type == QLatin1String("executing")) {
        event.kind = ProgressEvent::Kind::Executing;
        event.node = nodeText(data.value(QLatin1String("node")));
    } else if (type == QLatin1String("execution_cached")) {
        event.kind = ProgressEvent::Kind::ExecutionCached;
    } else if (type == QLatin1String("execution_success")) {
        event.kind = ProgressEvent::Kind::ExecutionSuccess;
    } else if (type == QLatin1String("execution_error") || type == QLatin1String("execution_interrupted")) {
        event.kind = ProgressEvent::Kind::ExecutionError;
        event.node = nodeText(data.value(QLatin1String("node_id")));
    }
    return event;
}

ProgressSocket::ProgressSocket(QObject *parent)
    : QObject(parent)
{}

ProgressSocket::~ProgressSocket()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void ProgressSocket::open(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")))
        return;
    if (m_socket && url == m_url)
        return;
    close();
    m_url = url;
    m_lastMax = 0;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ProgressSocket::onTextMessage);
    connect(m_socket, &QWebSocket::disconnected, this, &ProgressSocket::onDisconnected);
    // Qt 6.4: the signal is still called error() (errorOccurred is 6.5+).
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                // The socket is a nicety: log (without the signed URL's query) and go quiet.
                qCDebug(lcProgress) << "progress socket error:" << m_socket->errorString() << "on"
                                    << m_url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString();
                close();
            });
    m_socket->open(url);
}

void ProgressSocket::close()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    Q_EMIT closed();
}

bool ProgressSocket::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void ProgressSocket::onTextMessage(const QString &message)
{
    const ProgressEvent e = parseProgressMessage(message.toUtf8());
    switch (e.kind) {
    case ProgressEvent::Kind::Ignored:
        return;
    case ProgressEvent::Kind::Progress:
        m_lastMax = e.max;
        Q_EMIT progress(e.value, e.max);
        break;
    case ProgressEvent::Kind::Executing:
        if (!e.node.isEmpty())
            Q_EMIT progress(0, 0);
        break;
    case ProgressEvent::Kind::ExecutionSuccess:
        Q_EMIT progress(m_lastMax > 0 ? m_lastMax : 1, m_lastMax > 0 ? m_lastMax : 1);
        break;
    case ProgressEvent::Kind::ExecutionCached:
    case ProgressEvent::Kind::ExecutionError:
        break;
    }
    Q_EMIT event(e);
}

void ProgressSocket::onDisconnected()
{
    close();
}

} // namespace rh
