#include "model/nodeinfoparser.h"

#include "api/jsonids.h"
#include "model/findfield.h"
#include "model/ids.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rh {

namespace {

bool readList(const QJsonArray &array, NodeFields *fields)
{
    for (const QJsonValue &entry : array) {
        if (!entry.isObject())
            return false;
        const NodeField field = nodeFieldFromJson(entry.toObject());
        if (field.nodeId.isEmpty() || field.fieldName.isEmpty())
            return false;
        fields->append(field);
    }
    return !fields->isEmpty();
}

} // namespace

NodeField nodeFieldFromJson(const QJsonObject &object)
{
    NodeField field;
    const auto text = [&object](const char *key) { return textFromJson(object.value(QLatin1String(key))); };
    field.nodeId = text("nodeId");
    field.nodeName = text("nodeName");
    field.fieldName = text("fieldName");
    // fieldValue and fieldData may arrive as JSON (a list, an object): keep it as its text.
    field.fieldValue = jsonText(object.value(QLatin1String("fieldValue")));
    field.fieldType = text("fieldType");
    field.fieldData = jsonText(object.value(QLatin1String("fieldData")));
    field.description = text("description");
    field.descriptionEn = text("descriptionEn");
    return field;
}

QJsonObject nodeFieldToJson(const NodeField &field)
{
    QJsonObject object;
    const auto put = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    object.insert(QLatin1String("nodeId"), field.nodeId);
    put("nodeName", field.nodeName);
    object.insert(QLatin1String("fieldName"), field.fieldName);
    object.insert(QLatin1String("fieldValue"), field.fieldValue);
    put("fieldType", field.fieldType);
    put("fieldData", field.fieldData);
    put("description", field.description);
    put("descriptionEn", field.descriptionEn);
    return object;
}

NodeInfoParse parseNodeInfoList(const QString &text)
{
    NodeInfoParse result;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.trimmed().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return result;
    if (document.isArray()) {
        result.ok = readList(document.array(), &result.fields);
        if (!result.ok)
            result.fields.clear(); // all or nothing, as for a body
        return result;
    }
    QJsonObject object = document.object();
    if (object.value(QLatin1String("data")).isObject())
        object = object.value(QLatin1String("data")).toObject();
    const QJsonValue list = object.value(QLatin1String("nodeInfoList"));
    if (!list.isArray())
        return result;
    result.ok = readList(list.toArray(), &result.fields);
    // The same rule as every other id reader: exact ASCII digits (idFromJson never goes through a double).
    const QString id = idFromJson(object.value(QLatin1String("webappId")));
    if (isIdText(id))
        result.webappId = id;
    if (!result.ok)
        result.fields.clear();
    return result;
}

} // namespace rh

namespace rh {

namespace {

const NodeField *findSame(const NodeFields &fields, const NodeField &key)
{
    return findField(fields, key.nodeId, key.fieldName);
}

} // namespace

NodeFields mergeValues(const NodeFields &appInputs, const NodeFields &values, bool keepStrays)
{
    NodeFields merged = appInputs;
    for (NodeField &input : merged) {
        if (const NodeField *value = findSame(values, input))
            input.fieldValue = value->fieldValue;
    }
    for (const NodeField &value : values) {
        if (keepStrays && !findSame(appInputs, value))
            merged.append(value);
    }
    return merged;
}

} // namespace rh
