#include "model/nodeinfoparser.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rh {

namespace {

/// JSON scalar → text, exact for big integers (ids) and without a trailing ".0" for whole floats.
QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const qint64 whole = value.toInteger(std::numeric_limits<qint64>::min());
        if (whole != std::numeric_limits<qint64>::min())
            return QString::number(whole);
        return QString::number(value.toDouble(), 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

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
    field.nodeId = scalarText(object.value(QLatin1String("nodeId")));
    field.nodeName = scalarText(object.value(QLatin1String("nodeName")));
    field.fieldName = scalarText(object.value(QLatin1String("fieldName")));
    field.fieldValue = scalarText(object.value(QLatin1String("fieldValue")));
    field.fieldType = scalarText(object.value(QLatin1String("fieldType")));
    field.fieldData = scalarText(object.value(QLatin1String("fieldData")));
    field.description = scalarText(object.value(QLatin1String("description")));
    field.descriptionEn = scalarText(object.value(QLatin1String("descriptionEn")));
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
        return result;
    }
    QJsonObject object = document.object();
    if (object.value(QLatin1String("data")).isObject())
        object = object.value(QLatin1String("data")).toObject();
    const QJsonValue list = object.value(QLatin1String("nodeInfoList"));
    if (!list.isArray())
        return result;
    result.ok = readList(list.toArray(), &result.fields);
    const QJsonValue id = object.value(QLatin1String("webappId"));
    const QString idText = scalarText(id);
    if (!idText.isEmpty() && std::all_of(idText.cbegin(), idText.cend(), [](QChar c) { return c.isDigit(); }))
        result.webappId = idText;
    if (!result.ok)
        result.fields.clear();
    return result;
}

} // namespace rh

namespace rh {

namespace {

const NodeField *findSame(const NodeFields &fields, const NodeField &key)
{
    for (const NodeField &field : fields) {
        if (field.sameKey(key))
            return &field;
    }
    return nullptr;
}

} // namespace

NodeFields mergeValues(const NodeFields &appInputs, const NodeFields &values)
{
    NodeFields merged = appInputs;
    for (NodeField &input : merged) {
        if (const NodeField *value = findSame(values, input))
            input.fieldValue = value->fieldValue;
    }
    for (const NodeField &value : values) {
        if (!findSame(appInputs, value))
            merged.append(value);
    }
    return merged;
}

} // namespace rh
