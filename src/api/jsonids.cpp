#include "api/jsonids.h"

#include "model/ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <limits>

namespace rh {

namespace {

/// The exact integer a JSON number holds, or false when it is not a whole number that fits in qint64.
/// toInteger() reads the parser's integer storage directly; toDouble() would round 19-digit ids.
bool exactInteger(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const qint64 a = value.toInteger(std::numeric_limits<qint64>::min());
    const qint64 b = value.toInteger(std::numeric_limits<qint64>::max());
    if (a != b)
        return false; // not a whole number, or out of range: both defaults came back
    *out = a;
    return true;
}

} // namespace

QString idFromJson(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        return isIdText(text) ? text : QString();
    }
    qint64 number = 0;
    if (exactInteger(value, &number) && number > 0)
        return QString::number(number);
    return {};
}

QString jsonText(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return textFromJson(value);
}

QString textFromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        qint64 number = 0;
        if (exactInteger(value, &number))
            return QString::number(number);
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: // a wrongly typed field: no text rather than JSON text in a number's place
    case QJsonValue::Object:
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace rh
