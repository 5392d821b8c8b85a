// Any JSON (any bytes, read as one JSON value): the exact-id and text readers on every value inside it.
// Properties: an id is ASCII digits and exactly the digits sent (never through a double); a number's text reads
// back as the same number; compact JSON text of an array or object parses back to the same value.
#include "api/jsonids.h"
#include "fuzzcheck.h"
#include "model/ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace rh;

namespace {

void checkId(const QJsonValue &value)
{
    const QString id = idFromJson(value);
    if (id.isEmpty())
        return;
    FUZZ_CHECK(isAsciiDigits(id));
    if (value.isString()) {
        FUZZ_CHECK(id == value.toString().trimmed());
    } else {
        FUZZ_CHECK(value.isDouble());
        const qint64 number = value.toInteger(-1);
        FUZZ_CHECK(number > 0 && id == QString::number(number)); // the integer Qt parsed, digit for digit
    }
}

void checkText(const QJsonValue &value)
{
    const QString text = textFromJson(value);
    switch (value.type()) {
    case QJsonValue::String:
        FUZZ_CHECK(text == value.toString());
        break;
    case QJsonValue::Double: {
        bool ok = false;
        const double back = text.toDouble(&ok);
        FUZZ_CHECK(ok);
        const qint64 exact = value.toInteger(0);
        if (exact == value.toInteger(1))
            FUZZ_CHECK(text == QString::number(exact));
        else
            FUZZ_CHECK(back == value.toDouble() || (std::isnan(back) && std::isnan(value.toDouble())));
        break;
    }
    case QJsonValue::Bool:
        FUZZ_CHECK(text == (value.toBool() ? QLatin1String("true") : QLatin1String("false")));
        break;
    default:
        FUZZ_CHECK(text.isEmpty());
    }
}

void checkJsonText(const QJsonValue &value)
{
    const QString text = jsonText(value);
    if (value.isArray())
        FUZZ_CHECK(QJsonDocument::fromJson(text.toUtf8()).array() == value.toArray());
    else if (value.isObject())
        FUZZ_CHECK(QJsonDocument::fromJson(text.toUtf8()).object() == value.toObject());
    else
        FUZZ_CHECK(text == textFromJson(value));
}

void walk(const QJsonValue &value, int depth)
{
    checkId(value);
    checkText(value);
    checkJsonText(value);
    if (depth > 64)
        return;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            walk(item, depth + 1);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            walk(it.value(), depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonArray wrapped = QJsonDocument::fromJson("[" + fuzz::bytes(data, size) + "]").array();
    if (wrapped.size() == 1)
        walk(wrapped.first(), 0);
    return 0;
}
