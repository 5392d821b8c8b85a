#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace rh::sandbox {

/// One business answer: becomes the HTTP 200 envelope {code, msg, data}.
struct ApiReply
{
    int code = 0;
    QString msg;
    QJsonValue data;
};

ApiReply makeReply(int code, const QString &msg, const QJsonValue &data = QJsonValue(QJsonValue::Null));
ApiReply successReply(const QJsonValue &data = QJsonValue(QJsonValue::Null));
/// 301 PARAMS_INVALID with msg saying which field, as the real server does.
ApiReply paramsInvalid(const QString &msg);

/// The body as a JSON object, or nothing when it is not one.
std::optional<QJsonObject> jsonObjectBody(const QByteArray &body);

/// An id from "1907035719658053634" or the bare number 1907035719658053634, read exactly (never through a
/// double). Empty when missing, not digits, or not an exact integer.
QString exactId(const QJsonValue &value);

/// A submitted fieldValue as text: strings as they are, numbers as their digits (lenient, like the server).
QString valueText(const QJsonValue &value);

/// Checks the key field (apiKey, or apikey for accountStatus): blank → 301, not a key of the sandbox → 802.
std::optional<ApiReply> keyError(const QString &key, const QString &fieldName, bool known);

} // namespace rh::sandbox
