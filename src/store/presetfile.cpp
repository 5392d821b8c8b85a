#include "store/presetfile.h"

#include "api/jsonids.h"
#include "model/ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <limits>
#include <optional>

namespace rh {

namespace {

const QLatin1String formatName("rhdesk-presets");

/// Where inside one preset reading failed.
struct Fault
{
    int node = -1;
    QString member;
};

/// An id as exact digits whether it came as "123" or as the bare integer 123 (never through a double), and no
/// more than int64 can hold; "" otherwise. Note: Qt's parser stores whole-valued doubles (1.877e18, 5.0) as
/// integers, so a number written that way cannot be told apart; only digits written as an integer are exact.
QString exactId(const QJsonValue &value)
{
    const QString id = idFromJson(value);
    return isIdText(id) ? id : QString();
}

/// A text member: missing or null → "", string → itself; with @p numbers also a JSON number → its exact text.
std::optional<QString> textMember(const QJsonObject &object, QLatin1String key, bool numbers = false)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (value.isString())
        return value.toString();
    if (numbers && value.isDouble()) {
        const qint64 a = value.toInteger(0);
        if (a == value.toInteger(1))
            return QString::number(a);
        return QString::number(value.toDouble(), 'g', 17);
    }
    return std::nullopt;
}

bool readNode(const QJsonValue &value, bool lenient, NodeField *node, QString *member)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    const QJsonValue nodeId = object.value(QLatin1String("nodeId"));
    node->nodeId = nodeId.isString() ? nodeId.toString() : exactId(nodeId);
    if (node->nodeId.trimmed().isEmpty()) {
        *member = QStringLiteral("nodeId");
        return false;
    }
    const auto fieldName = textMember(object, QLatin1String("fieldName"));
    if (!fieldName || fieldName->trimmed().isEmpty()) {
        *member = QStringLiteral("fieldName");
        return false;
    }
    node->fieldName = *fieldName;
    const std::pair<QLatin1String, QString *> texts[] = {
        {QLatin1String("nodeName"), &node->nodeName},           {QLatin1String("fieldType"), &node->fieldType},
        {QLatin1String("fieldData"), &node->fieldData},         {QLatin1String("description"), &node->description},
        {QLatin1String("descriptionEn"), &node->descriptionEn},
    };
    for (const auto &[key, target] : texts) {
        const auto text = textMember(object, key);
        if (!text) {
            *member = key;
            return false;
        }
        *target = *text;
    }
    const auto fieldValue = textMember(object, QLatin1String("fieldValue"), lenient);
    if (!fieldValue) {
        *member = QStringLiteral("fieldValue");
        return false;
    }
    node->fieldValue = *fieldValue;
    return true;
}

bool readNodes(const QJsonValue &value, bool lenient, NodeFields *nodes, Fault *fault)
{
    if (!value.isArray()) {
        fault->member = QStringLiteral("nodeInfoList");
        return false;
    }
    const QJsonArray array = value.toArray();
    QSet<QString> keys;
    for (int i = 0; i < array.size(); ++i) {
        NodeField node;
        if (!readNode(array.at(i), lenient, &node, &fault->member)) {
            fault->node = i;
            return false;
        }
        if (keys.contains(Preset::nodeKey(node))) { // the row key must be unique
            fault->node = i;
            fault->member = QStringLiteral("fieldName");
            return false;
        }
        keys.insert(Preset::nodeKey(node));
        nodes->append(node);
    }
    return true;
}

/// The members a preset file entry and a request body share.
bool readCommon(const QJsonObject &object, bool lenient, Preset *preset, Fault *fault)
{
    const std::pair<QLatin1String, QString *> texts[] = {
        {QLatin1String("instanceType"), &preset->instanceType},
        {QLatin1String("webhookUrl"), &preset->webhookUrl},
    };
    for (const auto &[key, target] : texts) {
        const auto text = textMember(object, key);
        if (!text) {
            fault->member = key;
            return false;
        }
        *target = *text;
    }
    const QJsonValue webappId = object.value(QLatin1String("webappId"));
    preset->webappId = exactId(webappId);
    const bool missing = webappId.isUndefined() || webappId.isNull();
    if (preset->webappId.isEmpty() && !(lenient && missing)) {
        fault->member = QStringLiteral("webappId");
        return false;
    }
    return readNodes(object.value(QLatin1String("nodeInfoList")), lenient, &preset->nodes, fault);
}

bool readFileEntry(const QJsonValue &value, Preset *preset, Fault *fault)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    const std::pair<QLatin1String, QString *> texts[] = {
        {QLatin1String("name"), &preset->name},
        {QLatin1String("appName"), &preset->appName},
    };
    for (const auto &[key, target] : texts) {
        const auto text = textMember(object, key);
        if (!text) {
            fault->member = key;
            return false;
        }
        *target = *text;
    }
    const QJsonValue favourite = object.value(QLatin1String("favourite"));
    if (!favourite.isUndefined() && !favourite.isNull() && !favourite.isBool()) {
        fault->member = QStringLiteral("favourite");
        return false;
    }
    preset->favourite = favourite.toBool();
    return readCommon(object, false, preset, fault);
}

PresetImport failure(PresetImport::Error error)
{
    PresetImport result;
    result.error = error;
    return result;
}

PresetImport badContent(int preset, const Fault &fault)
{
    PresetImport result = failure(PresetImport::Error::BadContent);
    result.presetIndex = preset;
    result.nodeIndex = fault.node;
    result.member = fault.member;
    return result;
}

std::optional<QJsonDocument> parseDocument(const QByteArray &bytes, PresetImport *error)
{
    if (bytes.size() > maxPresetFileBytes) {
        *error = failure(PresetImport::Error::TooLarge);
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.isNull()) {
        *error = failure(PresetImport::Error::NotJson);
        return std::nullopt;
    }
    return doc;
}

bool saysPresetFile(const QJsonDocument &doc)
{
    return doc.isObject() && doc.object().value(QLatin1String("format")).toString() == formatName;
}

PresetImport readFile(const QJsonObject &root)
{
    const QJsonValue version = root.value(QLatin1String("version"));
    const qint64 number = version.toInteger(0);
    if (root.value(QLatin1String("format")).toString() != formatName || number < 1)
        return failure(PresetImport::Error::NotPresetFile);
    if (number > presetFileVersion) {
        PresetImport result = failure(PresetImport::Error::NewerVersion);
        result.version = int(qMin<qint64>(number, std::numeric_limits<int>::max()));
        return result;
    }
    const QJsonValue list = root.value(QLatin1String("presets"));
    if (!list.isArray())
        return badContent(-1, Fault{-1, QStringLiteral("presets")});
    const QJsonArray array = list.toArray();
    PresetImport result;
    for (int i = 0; i < array.size(); ++i) {
        Preset preset;
        Fault fault;
        if (!readFileEntry(array.at(i), &preset, &fault))
            return badContent(i, fault);
        result.presets.append(preset);
    }
    return result;
}

QJsonObject nodeToJson(const NodeField &node)
{
    QJsonObject object;
    object.insert(QLatin1String("nodeId"), node.nodeId);
    object.insert(QLatin1String("nodeName"), node.nodeName);
    object.insert(QLatin1String("fieldName"), node.fieldName);
    object.insert(QLatin1String("fieldValue"), node.fieldValue);
    object.insert(QLatin1String("fieldType"), node.fieldType);
    if (!node.fieldData.isEmpty())
        object.insert(QLatin1String("fieldData"), node.fieldData);
    object.insert(QLatin1String("description"), node.description);
    object.insert(QLatin1String("descriptionEn"), node.descriptionEn);
    return object;
}

QJsonObject presetToJson(const Preset &preset)
{
    QJsonArray nodes;
    for (const NodeField &node : preset.nodes)
        nodes.append(nodeToJson(node));
    QJsonObject object;
    object.insert(QLatin1String("name"), preset.name);
    object.insert(QLatin1String("webappId"), preset.webappId);
    object.insert(QLatin1String("appName"), preset.appName);
    object.insert(QLatin1String("instanceType"), preset.instanceType);
    object.insert(QLatin1String("webhookUrl"), preset.webhookUrl);
    object.insert(QLatin1String("favourite"), preset.favourite);
    object.insert(QLatin1String("nodeInfoList"), nodes);
    return object;
}

} // namespace

QByteArray exportPresets(const Presets &presets)
{
    QJsonArray list;
    for (const Preset &preset : presets)
        list.append(presetToJson(preset));
    QJsonObject root;
    root.insert(QLatin1String("format"), formatName);
    root.insert(QLatin1String("version"), presetFileVersion);
    root.insert(QLatin1String("presets"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

PresetImport importPresets(const QByteArray &bytes)
{
    PresetImport error;
    const auto doc = parseDocument(bytes, &error);
    if (!doc)
        return error;
    if (!doc->isObject())
        return failure(PresetImport::Error::NotPresetFile);
    return readFile(doc->object());
}

PresetImport importRequestBody(const QByteArray &bytes)
{
    PresetImport error;
    const auto doc = parseDocument(bytes, &error);
    if (!doc)
        return error;
    Preset preset;
    Fault fault;
    if (doc->isArray()) {
        if (!readNodes(doc->array(), true, &preset.nodes, &fault))
            return badContent(0, fault);
    } else {
        const QJsonObject object = doc->object(); // apiKey deliberately never read
        if (!object.contains(QLatin1String("nodeInfoList")))
            return failure(PresetImport::Error::NotPresetFile);
        if (!readCommon(object, true, &preset, &fault))
            return badContent(0, fault);
    }
    PresetImport result;
    result.presets.append(preset);
    return result;
}

PresetImport importAnyPresets(const QByteArray &bytes)
{
    PresetImport error;
    const auto doc = parseDocument(bytes, &error);
    if (!doc)
        return error;
    return saysPresetFile(*doc) ? importPresets(bytes) : importRequestBody(bytes);
}

} // namespace rh
