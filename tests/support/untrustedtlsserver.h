#pragma once

#include <QSslServer>
#include <QUrl>

namespace rh::test {

/// A TLS server on 127.0.0.1 (any port) presenting the throwaway self-signed certificate of
/// tests/data/hostile/: every client that checks certificates must refuse it. Counts handshakes that got through
/// (a client that accepted the certificate could then send its request).
class UntrustedTlsServer final : public QSslServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UntrustedTlsServer)
public:
    explicit UntrustedTlsServer(QObject *parent = nullptr);
    bool start();
    QUrl baseUrl() const; ///< https://127.0.0.1:<port>
    int encryptedConnections() const { return m_encrypted; }

private:
    int m_encrypted = 0;
};

} // namespace rh::test
