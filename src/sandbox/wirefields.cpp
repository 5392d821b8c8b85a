#include "wirefields.h"

#include <QJsonDocument>

namespace rh::sandbox {

ApiReply makeReply(int code, const QString &msg, const QJsonValue &data)
{
    return ApiReply{code, msg, data};
}

ApiReply successReply(const QJsonValue &data)
{
    return ApiReply{0, QStringLiteral("success"), data};
}

ApiReply paramsInvalid(const QString &msg)
{
    return makeReply(301, msg);
}

std::optional<QJsonObject> jsonObjectBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString exactId(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return {};
        for (const QChar c : text) {
            if (!c.isDigit() || c.unicode() > 127)
                return {};
        }
        return text;
    }
    if (value.isDouble()) {
        // toInteger() is exact for integers the parser kept as integers; a non-integral value gives the default.
        const qint64 id = value.toInteger(-1);
        return id < 0 ? QString() : QString::number(id);
    }
    return {};
}

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const qint64 whole = value.toInteger();
        if (static_cast<double>(whole) == value.toDouble())
            return QString::number(whole);
        return QString::number(value.toDouble(), 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

std::optional<ApiReply> keyError(const QString &key, const QString &fieldName, bool known)
{
    if (key.trimmed().isEmpty())
        return paramsInvalid(QStringLiteral("%1 must not be blank").arg(fieldName));
    if (!known)
        return makeReply(802, QStringLiteral("APIKEY_UNAUTHORIZED"));
    return std::nullopt;
}

} // namespace rh::sandbox
