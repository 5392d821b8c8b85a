#include "api/redact.h"

#include <QUrlQuery>

namespace rh {

Q_LOGGING_CATEGORY(lcApi, "rhdesk.api", QtInfoMsg)

QString secretMask()
{
    return QStringLiteral("********");
}

QString redact(const QString &text, const QString &secret)
{
    if (secret.isEmpty())
        return text;
    QString out = text;
    out.replace(secret, secretMask());
    // The key may also appear percent-encoded in a URL or escaped differently in a body.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    if (encoded != secret)
        out.replace(encoded, secretMask());
    return out;
}

QString redactUrl(const QUrl &url)
{
    QUrl copy = url;
    copy.setUserInfo({});
    QUrlQuery query(copy);
    const auto items = query.queryItems();
    bool changed = false;
    for (const auto &item : items) {
        if (item.first.compare(QLatin1String("apikey"), Qt::CaseInsensitive) == 0) {
            query.removeAllQueryItems(item.first);
            query.addQueryItem(item.first, secretMask());
            changed = true;
        }
    }
    if (changed)
        copy.setQuery(query);
    return copy.toString();
}

} // namespace rh
