#include "bodystream.h"

#include <QTcpSocket>

namespace rh::sandbox {

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 QueuedBytes = 256 * 1024; ///< write more only when less than this waits in the socket

QByteArray filler()
{
    static const QByteArray chunk = QByteArray("rhdesk sandbox output filler\n").repeated(ChunkBytes / 29 + 1);
    return chunk.left(ChunkBytes);
}

} // namespace

void BodyStream::start(QTcpSocket *socket, qint64 bytes, bool announceLength)
{
    QByteArray head = QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n");
    if (announceLength && bytes != Endless)
        head += QByteArrayLiteral("Content-Length: ") + QByteArray::number(bytes) + QByteArrayLiteral("\r\n");
    head += QByteArrayLiteral("Connection: close\r\n\r\n");
    socket->write(head);
    auto *stream = new BodyStream(socket, bytes);
    stream->writeMore();
}

BodyStream::BodyStream(QTcpSocket *socket, qint64 bytes)
    : QObject(socket)
    , m_socket(socket)
    , m_left(bytes)
{
    connect(socket, &QTcpSocket::bytesWritten, this, &BodyStream::writeMore);
}

void BodyStream::writeMore()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    while (m_left != 0 && m_socket->bytesToWrite() < QueuedBytes) {
        const qint64 size = m_left == Endless ? ChunkBytes : qMin(m_left, ChunkBytes);
        m_socket->write(filler().left(size));
        if (m_left != Endless)
            m_left -= size;
    }
    if (m_left == 0) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->disconnectFromHost(); // after the queued bytes are written
    }
}

} // namespace rh::sandbox
