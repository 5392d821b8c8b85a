#include "faultreplies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace rh::sandbox {

namespace {

QJsonObject envelope(const ApiReply &reply)
{
    return QJsonObject{
        {QStringLiteral("code"), reply.code}, {QStringLiteral("msg"), reply.msg}, {QStringLiteral("data"), reply.data}};
}

/// Replaces each known field of an object by a value of another type; leaves unknown fields alone.
QJsonObject breakObject(QJsonObject object)
{
    const auto swap = [&object](const QString &key, const QJsonValue &wrong) {
        if (object.contains(key))
            object.insert(key, wrong);
    };
    swap(QStringLiteral("taskId"), QJsonObject{{QStringLiteral("id"), object.value(QStringLiteral("taskId"))}});
    swap(QStringLiteral("taskStatus"), 2);
    swap(QStringLiteral("clientId"), QJsonArray{object.value(QStringLiteral("clientId"))});
    swap(QStringLiteral("netWssUrl"), 0);
    swap(QStringLiteral("promptTips"), QJsonArray{});
    swap(QStringLiteral("webappName"), 42);
    swap(QStringLiteral("nodeInfoList"), QJsonObject{});
    swap(QStringLiteral("covers"), QStringLiteral("none"));
    swap(QStringLiteral("fileName"), 123);
    swap(QStringLiteral("fileUrl"), QJsonObject{{QStringLiteral("url"), object.value(QStringLiteral("fileUrl"))}});
    swap(QStringLiteral("taskCostTime"), 12.5);
    swap(QStringLiteral("consumeCoins"), QJsonArray{});
    swap(QStringLiteral("remainCoins"), QJsonObject{});
    swap(QStringLiteral("currentTaskCounts"), true);
    swap(QStringLiteral("failedReason"), QStringLiteral("failed"));
    return object;
}

} // namespace

QByteArray envelopeJson(const ApiReply &reply)
{
    return QJsonDocument(envelope(reply)).toJson(QJsonDocument::Compact);
}

QByteArray idsAsNumbers(const QByteArray &json)
{
    static const QRegularExpression quotedId(QStringLiteral(R"re("(taskId|webappId)":"(\d+)")re"));
    QString text = QString::fromUtf8(json);
    text.replace(quotedId, QStringLiteral(R"("\1":\2)"));
    return text.toUtf8();
}

QByteArray wrongTypes(const ApiReply &reply)
{
    QJsonObject broken = envelope(reply);
    const QJsonValue data = reply.data;
    if (data.isObject()) {
        broken.insert(QStringLiteral("data"), breakObject(data.toObject()));
    } else if (data.isArray()) {
        QJsonArray items;
        for (const QJsonValue &item : data.toArray())
            items.append(item.isObject() ? QJsonValue(breakObject(item.toObject())) : item);
        broken.insert(QStringLiteral("data"), items);
    } else if (data.isString()) {
        broken.insert(QStringLiteral("data"), 2);
    } else {
        broken.insert(QStringLiteral("msg"), 0);
    }
    return QJsonDocument(broken).toJson(QJsonDocument::Compact);
}

QByteArray badGatewayHtml()
{
    return QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                             "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                             "</body>\r\n</html>\r\n");
}

QByteArray notJsonBody()
{
    return QByteArrayLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Access denied</title></head>"
                             "<body><p>Your request has been blocked. Please try again later.</p></body></html>");
}

} // namespace rh::sandbox
