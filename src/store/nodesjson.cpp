#include "store/nodesjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace rh {

namespace {

QString member(const QJsonObject &object, QLatin1String name)
{
    const QJsonValue value = object.value(name);
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return QString();
    if (value.isDouble()) { // not written by us; keep integers exact
        constexpr qint64 notIntegral = std::numeric_limits<qint64>::min();
        const qint64 exact = value.toInteger(notIntegral);
        return exact != notIntegral ? QString::number(exact) : QString::number(value.toDouble());
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    const QJsonDocument nested = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(nested.toJson(QJsonDocument::Compact));
}

} // namespace

QByteArray nodesToJson(const NodeFields &nodes)
{
    QJsonArray array;
    for (const NodeField &node : nodes) {
        array.append(QJsonObject{
            {QLatin1String("nodeId"), node.nodeId},
            {QLatin1String("nodeName"), node.nodeName},
            {QLatin1String("fieldName"), node.fieldName},
            {QLatin1String("fieldValue"), node.fieldValue},
            {QLatin1String("fieldType"), node.fieldType},
            {QLatin1String("fieldData"), node.fieldData},
            {QLatin1String("description"), node.description},
            {QLatin1String("descriptionEn"), node.descriptionEn},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

NodeFields nodesFromJson(const QByteArray &json, bool *ok)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (ok)
        *ok = document.isArray();
    NodeFields nodes;
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        NodeField node;
        node.nodeId = member(object, QLatin1String("nodeId"));
        node.nodeName = member(object, QLatin1String("nodeName"));
        node.fieldName = member(object, QLatin1String("fieldName"));
        node.fieldValue = member(object, QLatin1String("fieldValue"));
        node.fieldType = member(object, QLatin1String("fieldType"));
        node.fieldData = member(object, QLatin1String("fieldData"));
        node.description = member(object, QLatin1String("description"));
        node.descriptionEn = member(object, QLatin1String("descriptionEn"));
        nodes.append(node);
    }
    return nodes;
}

} // namespace rh
