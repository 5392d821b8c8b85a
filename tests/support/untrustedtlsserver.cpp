#include "untrustedtlsserver.h"

#include "testenv.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace rh::test {

UntrustedTlsServer::UntrustedTlsServer(QObject *parent)
    : QSslServer(parent)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(readData(QStringLiteral("hostile/selfsigned-127.0.0.1.crt"))));
    config.setPrivateKey(QSslKey(readData(QStringLiteral("hostile/selfsigned-127.0.0.1.key")), QSsl::Rsa));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    setSslConfiguration(config);
    // A connection is only handed out once its handshake succeeded.
    connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            ++m_encrypted;
            socket->deleteLater();
        }
    });
}

bool UntrustedTlsServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl UntrustedTlsServer::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(serverPort()));
}

} // namespace rh::test
