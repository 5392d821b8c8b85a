#include "model/prompttips.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace rh {

namespace {

QString stringOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

/// ComfyUI's `error` is null, a string, or {type, message, details, extra_info}.
QString errorText(const QJsonValue &error)
{
    if (error.isString())
        return error.toString().trimmed();
    if (!error.isObject())
        return {};
    const QJsonObject object = error.toObject();
    QString text = stringOf(object.value(QLatin1String("message"))).trimmed();
    if (text.isEmpty())
        text = stringOf(object.value(QLatin1String("type"))).trimmed();
    const QString details = stringOf(object.value(QLatin1String("details"))).trimmed();
    if (!details.isEmpty())
        text = text.isEmpty() ? details : text + QStringLiteral(": ") + details;
    return text;
}

NodeError nodeErrorFrom(const QString &nodeId, const QString &classType, const QJsonObject &error)
{
    NodeError out;
    out.nodeId = nodeId;
    out.classType = classType;
    out.type = stringOf(error.value(QLatin1String("type")));
    out.message = stringOf(error.value(QLatin1String("message")));
    out.details = stringOf(error.value(QLatin1String("details")));
    out.inputName = stringOf(error.value(QLatin1String("extra_info")).toObject().value(QLatin1String("input_name")));
    return out;
}

QList<NodeError> nodeErrorsOf(const QString &nodeId, const QJsonValue &entry)
{
    const QJsonObject node = entry.toObject();
    const QString classType = stringOf(node.value(QLatin1String("class_type")));
    QList<NodeError> out;
    const QJsonValue errors = node.value(QLatin1String("errors"));
    const QJsonArray list = errors.isArray() ? errors.toArray() : QJsonArray{errors};
    for (const QJsonValue &error : list) {
        if (error.isObject())
            out.append(nodeErrorFrom(nodeId, classType, error.toObject()));
        else if (error.isString())
            out.append(nodeErrorFrom(nodeId, classType, QJsonObject{{QStringLiteral("message"), error}}));
    }
    // A node listed without readable errors still failed: keep it so the row can be marked.
    if (out.isEmpty())
        out.append(nodeErrorFrom(nodeId, classType, {}));
    return out;
}

/// Node ids are numbers in text ("45", "100"): order them as numbers so the list follows the workflow.
bool nodeIdLess(const QString &a, const QString &b)
{
    bool aNumber = false;
    bool bNumber = false;
    const qlonglong an = a.toLongLong(&aNumber);
    const qlonglong bn = b.toLongLong(&bNumber);
    if (aNumber && bNumber)
        return an < bn;
    if (aNumber != bNumber)
        return aNumber;
    return a < b;
}

PromptTips fromObject(const QJsonObject &object)
{
    PromptTips tips;
    tips.present = true;
    const QJsonValue result = object.value(QLatin1String("result"));
    if (result.isBool())
        tips.result = result.toBool();
    const QJsonValue error = object.value(QLatin1String("error"));
    tips.error = errorText(error);
    tips.errorType = stringOf(error.toObject().value(QLatin1String("type"))).trimmed();
    const QJsonObject nodes = object.value(QLatin1String("node_errors")).toObject();
    QStringList ids = nodes.keys();
    std::stable_sort(ids.begin(), ids.end(), nodeIdLess);
    for (const QString &id : ids)
        tips.nodeErrors += nodeErrorsOf(id, nodes.value(id));
    return tips;
}

PromptTips parseText(const QString &json, int unwrap)
{
    const QString trimmed = json.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Wrapped in an array so that any JSON value parses, including a string encoded twice ("{\"result\": …}").
    QJsonParseError error{};
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArrayLiteral("[") + trimmed.toUtf8() + QByteArrayLiteral("]"), &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return {};
    const QJsonValue value = document.array().first();
    if (value.isObject())
        return fromObject(value.toObject());
    if (value.isString() && unwrap > 0)
        return parseText(value.toString(), unwrap - 1);
    return {};
}

} // namespace

PromptTips PromptTips::parse(const QString &json)
{
    return parseText(json, 1);
}

PromptTips PromptTips::fromJson(const QJsonValue &value)
{
    if (value.isObject())
        return fromObject(value.toObject());
    if (value.isString())
        return parse(value.toString());
    return {};
}

} // namespace rh
