#include "inputcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <cmath>

namespace rh::sandbox {

namespace {

QJsonObject error(const QString &type, const QString &message, const QString &details, const QString &input)
{
    return QJsonObject{{QStringLiteral("type"), type},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("details"), details},
                       {QStringLiteral("extra_info"), QJsonObject{{QStringLiteral("input_name"), input}}}};
}

/// Numbers as Python prints them in ComfyUI messages: ints bare, floats always with a decimal point.
QString pyNumber(double value, bool isFloat)
{
    if (!isFloat)
        return QString::number(static_cast<qint64>(value));
    QString text = QString::number(value, 'g', 15);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
        text += QStringLiteral(".0");
    return text;
}

QJsonObject checkNumber(const DemoNode &node, const QString &value)
{
    const bool isFloat = node.fieldType == QLatin1String("FLOAT");
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number) || (!isFloat && number != std::floor(number))) {
        const QString kind = isFloat ? QStringLiteral("FLOAT") : QStringLiteral("INT");
        return error(QStringLiteral("invalid_input_type"),
                     QStringLiteral("Failed to convert an input value to a %1 value").arg(kind),
                     QStringLiteral("%1, %2, could not convert string to %3: '%2'")
                         .arg(node.fieldName, value, isFloat ? QStringLiteral("float") : QStringLiteral("int")),
                     node.fieldName);
    }
    const QJsonObject spec = QJsonDocument::fromJson(node.fieldData.toUtf8()).array().at(1).toObject();
    const QJsonValue min = spec.value(QStringLiteral("min"));
    const QJsonValue max = spec.value(QStringLiteral("max"));
    if (max.isDouble() && number > max.toDouble()) {
        return error(QStringLiteral("value_bigger_than_max"), QStringLiteral("Value bigger than max"),
                     QStringLiteral("%1: %2 > %3")
                         .arg(node.fieldName, pyNumber(number, isFloat), pyNumber(max.toDouble(), isFloat)),
                     node.fieldName);
    }
    if (min.isDouble() && number < min.toDouble()) {
        return error(QStringLiteral("value_smaller_than_min"), QStringLiteral("Value smaller than min"),
                     QStringLiteral("%1: %2 < %3")
                         .arg(node.fieldName, pyNumber(number, isFloat), pyNumber(min.toDouble(), isFloat)),
                     node.fieldName);
    }
    return {};
}

/// LIST options are the entries with an "index" (the last {default, description:"忽略"} is not one); SWITCH
/// indexes are numbers like 1.0, so "2" and "2.0" both name option 2.0.
QJsonObject checkChoice(const DemoNode &node, const QString &value)
{
    const QJsonArray options = QJsonDocument::fromJson(node.fieldData.toUtf8()).array();
    QStringList shown;
    for (const QJsonValue &option : options) {
        const QJsonValue index = option.toObject().value(QStringLiteral("index"));
        if (index.isString()) {
            if (index.toString() == value)
                return {};
            shown.append(QStringLiteral("'%1'").arg(index.toString()));
        } else if (index.isDouble()) {
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (ok && number == index.toDouble())
                return {};
            shown.append(pyNumber(index.toDouble(), true));
        }
    }
    return error(QStringLiteral("value_not_in_list"), QStringLiteral("Value not in list"),
                 QStringLiteral("%1: '%2' not in [%3]").arg(node.fieldName, value, shown.join(QStringLiteral(", "))),
                 node.fieldName);
}

} // namespace

QJsonObject checkValue(const DemoNode &node, const QString &value, const QSet<QString> &knownFiles)
{
    const QString &type = node.fieldType;
    if (type == QLatin1String("INT") || type == QLatin1String("FLOAT"))
        return checkNumber(node, value);
    if (type == QLatin1String("LIST") || type == QLatin1String("SWITCH"))
        return checkChoice(node, value);
    if (type == QLatin1String("IMAGE") || type == QLatin1String("VIDEO") || type == QLatin1String("AUDIO")) {
        if (knownFiles.contains(value))
            return {};
        return error(QStringLiteral("custom_validation_failed"), QStringLiteral("Custom validation failed for node"),
                     QStringLiteral("%1 - Invalid %2 file: %3").arg(node.fieldName, type.toLower(), value),
                     node.fieldName);
    }
    return {};
}

void addNodeError(QJsonObject &nodeErrors, const DemoNode &node, const QJsonObject &error, const QString &outputNodeId)
{
    QJsonObject entry = nodeErrors.value(node.nodeId).toObject();
    QJsonArray errors = entry.value(QStringLiteral("errors")).toArray();
    errors.append(error);
    entry.insert(QStringLiteral("errors"), errors);
    entry.insert(QStringLiteral("dependent_outputs"), QJsonArray{outputNodeId});
    entry.insert(QStringLiteral("class_type"), node.nodeName);
    nodeErrors.insert(node.nodeId, entry);
}

QString promptTipsText(const QJsonObject &nodeErrors, const QString &outputNodeId)
{
    QJsonObject tips;
    if (nodeErrors.isEmpty()) {
        tips = QJsonObject{{QStringLiteral("result"), true},
                           {QStringLiteral("error"), QJsonValue::Null},
                           {QStringLiteral("outputs_to_execute"), QJsonArray{outputNodeId}},
                           {QStringLiteral("node_errors"), QJsonObject{}}};
    } else {
        const QJsonObject failure{{QStringLiteral("type"), QStringLiteral("prompt_outputs_failed_validation")},
                                  {QStringLiteral("message"), QStringLiteral("Prompt outputs failed validation")},
                                  {QStringLiteral("details"), QString()},
                                  {QStringLiteral("extra_info"), QJsonObject{}}};
        tips = QJsonObject{{QStringLiteral("result"), false},
                           {QStringLiteral("error"), failure},
                           {QStringLiteral("outputs_to_execute"), QJsonArray{}},
                           {QStringLiteral("node_errors"), nodeErrors}};
    }
    return QString::fromUtf8(QJsonDocument(tips).toJson(QJsonDocument::Compact));
}

} // namespace rh::sandbox
