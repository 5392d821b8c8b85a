#include "store/nodesjson.h"

#include "model/nodeinfoparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace rh {

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
        nodes.append(nodeFieldFromJson(value.toObject()));
    }
    return nodes;
}

} // namespace rh
