#pragma once

#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace rh::sandbox {

/// Answers one request with a large or endless HTTP 200 body of filler bytes, written straight to the socket as
/// the client reads (never more than a few hundred KiB queued), as a CDN serving a huge or never-ending output
/// would. Lives as a child of the socket and ends with it.
class BodyStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyStream)
public:
    static constexpr qint64 Endless = -1;

    /// Starts answering on @p socket: @p bytes of body (Endless: until the client goes away); with
    /// @p announceLength the headers carry Content-Length (only for a finite body), else the body ends with the
    /// connection.
    static void start(QTcpSocket *socket, qint64 bytes, bool announceLength);

private:
    BodyStream(QTcpSocket *socket, qint64 bytes);
    void writeMore();

    QPointer<QTcpSocket> m_socket;
    qint64 m_left; ///< Endless, or bytes still to write
};

} // namespace rh::sandbox
