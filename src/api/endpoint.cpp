#include "api/endpoint.h"

#include <QHostAddress>

namespace rh {

namespace {

QString trimmedBasePath(const QUrl &baseUrl)
{
    QString base = baseUrl.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

} // namespace

QUrl Endpoint::url(const char *path) const
{
    QUrl url = baseUrl;
    url.setPath(trimmedBasePath(baseUrl) + QLatin1String(path));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString Endpoint::serverOf(const QUrl &baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return {};
    QString server = baseUrl.scheme().toLower() + QStringLiteral("://") + baseUrl.host().toLower();
    const int port = baseUrl.port();
    const bool defaultPort = (port == 443 && baseUrl.scheme() == QLatin1String("https")) ||
                             (port == 80 && baseUrl.scheme() == QLatin1String("http"));
    if (port >= 0 && !defaultPort)
        server += QLatin1Char(':') + QString::number(port);
    return server + trimmedBasePath(baseUrl);
}

bool Endpoint::sendsKeyInClear() const
{
    if (baseUrl.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return false;
    const QString host = baseUrl.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

} // namespace rh
