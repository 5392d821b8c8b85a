#include "model/fieldspec.h"

#include "model/ids.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QtNumeric>

namespace rh {

namespace {

using Kind = FieldSpec::Kind;

Kind kindForType(const QString &fieldType)
{
    const QString type = fieldType.trimmed().toUpper();
    if (type == QLatin1String("INT"))
        return Kind::Int;
    if (type == QLatin1String("FLOAT"))
        return Kind::Float;
    if (type == QLatin1String("LIST"))
        return Kind::List;
    if (type == QLatin1String("SWITCH"))
        return Kind::Switch;
    if (type == QLatin1String("IMAGE"))
        return Kind::Image;
    if (type == QLatin1String("VIDEO"))
        return Kind::Video;
    if (type == QLatin1String("AUDIO"))
        return Kind::Audio;
    return Kind::Text; // STRING and anything we do not know: never refuse a type
}

/// A JSON number as the text a person would type: integral doubles without ".0", exact for big integers.
QString numberText(const QJsonValue &value)
{
    const qint64 a = value.toInteger(0);
    const qint64 b = value.toInteger(1);
    if (a == b)
        return QString::number(a);
    const double d = value.toDouble();
    if (!qIsFinite(d))
        return QString();
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

/// A string or number as text; other JSON types give "".
QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return numberText(value);
    return QString();
}

std::optional<double> numberFrom(const QJsonValue &value)
{
    bool ok = value.isDouble();
    double d = value.toDouble();
    if (value.isString())
        d = value.toString().trimmed().toDouble(&ok);
    if (!ok || !qIsFinite(d))
        return std::nullopt;
    return d;
}

/// ComfyUI-style ["TYPE", {params}]: the first object in the array (or the document itself when an object).
std::optional<QJsonObject> paramObject(const QJsonDocument &doc)
{
    if (doc.isObject())
        return doc.object();
    const QJsonArray array = doc.array();
    for (const QJsonValue &item : array) {
        if (item.isObject())
            return item.toObject();
    }
    return std::nullopt;
}

/// The first "tooltip" text among the objects of fieldData (the document itself, or its array's items).
QString tooltipFrom(const QJsonDocument &doc)
{
    const QJsonArray items = doc.isObject() ? QJsonArray{doc.object()} : doc.array();
    for (const QJsonValue &item : items) {
        const QJsonValue tooltip = item.toObject().value(QLatin1String("tooltip"));
        if (tooltip.isString() && !tooltip.toString().trimmed().isEmpty())
            return tooltip.toString().trimmed();
    }
    return {};
}

void readText(FieldSpec &spec, const QJsonDocument &doc)
{
    const auto params = paramObject(doc);
    if (!params)
        return;
    spec.dataUnderstood = true;
    spec.defaultValue = scalarText(params->value(QLatin1String("default")));
    if (params->value(QLatin1String("multiline")).toBool())
        spec.kind = Kind::MultilineText;
}

void readNumber(FieldSpec &spec, const QJsonDocument &doc)
{
    const auto params = paramObject(doc);
    if (!params)
        return;
    spec.dataUnderstood = true;
    spec.minimum = numberFrom(params->value(QLatin1String("min")));
    spec.maximum = numberFrom(params->value(QLatin1String("max")));
    spec.step = numberFrom(params->value(QLatin1String("step")));
    if (spec.minimum && spec.maximum && *spec.minimum > *spec.maximum) {
        spec.minimum.reset(); // contradictory bounds say nothing
        spec.maximum.reset();
    }
    if (spec.step && *spec.step <= 0)
        spec.step.reset();
    spec.defaultValue = spec.normaliseValue(scalarText(params->value(QLatin1String("default"))));
}

void addOption(FieldSpec &spec, const QString &value, const QString &name, const QString &description,
               const QString &descriptionEn = {})
{
    if (value.isEmpty() || spec.options.size() >= FieldSpec::maxOptions)
        return;
    spec.options.append(FieldOption{name.isEmpty() ? value : name, value, description, descriptionEn});
}

void readOptionObject(FieldSpec &spec, const QJsonObject &object)
{
    const bool isSwitch = spec.kind == Kind::Switch;
    const QJsonValue index = object.value(QLatin1String("index"));
    if (index.isUndefined()) {
        // {"default": …, "description": "忽略"}: names the default, is not a choice
        if (object.contains(QLatin1String("default")))
            spec.defaultValue = scalarText(object.value(QLatin1String("default")));
        return;
    }
    QString value = scalarText(index);
    if (isSwitch)
        value = FieldSpec::normaliseIntegralText(value);
    addOption(spec, value, object.value(QLatin1String("name")).toString(),
              object.value(QLatin1String("description")).toString(),
              object.value(QLatin1String("descriptionEn")).toString());
}

void readOptions(FieldSpec &spec, const QJsonDocument &doc)
{
    const QJsonArray array = doc.array();
    for (const QJsonValue &item : array) {
        if (item.isObject()) {
            readOptionObject(spec, item.toObject());
        } else if (item.isArray()) { // ComfyUI combo: [["a", "b"], {"default": "a"}]
            const QJsonArray choices = item.toArray();
            for (const QJsonValue &choice : choices)
                addOption(spec, scalarText(choice), QString(), QString());
        }
    }
    if (spec.options.isEmpty()) {
        spec.kind = Kind::Text; // nothing to choose from: let the user type
        return;
    }
    spec.dataUnderstood = true;
    if (!spec.defaultValue.isEmpty())
        spec.defaultValue = spec.normaliseValue(spec.defaultValue);
}

void readMedia(FieldSpec &spec, const QJsonDocument &doc)
{
    const QJsonArray array = doc.array();
    if (array.isEmpty() || !array.first().isArray())
        return;
    spec.dataUnderstood = true;
    const QJsonArray samples = array.first().toArray();
    for (const QJsonValue &sample : samples) {
        if (sample.isString() && spec.sampleFiles.size() < FieldSpec::maxOptions)
            spec.sampleFiles.append(sample.toString());
    }
}

bool inBounds(const FieldSpec &spec, double d)
{
    return (!spec.minimum || d >= *spec.minimum) && (!spec.maximum || d <= *spec.maximum);
}

bool acceptsInteger(const FieldSpec &spec, const QString &text)
{
    bool ok = false;
    double d = double(text.toLongLong(&ok));
    if (!ok) // seeds go up to 2^64 - 1
        d = double(text.toULongLong(&ok));
    return ok && inBounds(spec, d);
}

bool acceptsFloat(const FieldSpec &spec, const QString &text)
{
    bool ok = false;
    const double d = text.trimmed().toDouble(&ok);
    return ok && qIsFinite(d) && inBounds(spec, d);
}

} // namespace

FieldSpec FieldSpec::parse(const QString &fieldType, const QString &fieldData)
{
    FieldSpec spec;
    spec.kind = kindForType(fieldType);
    const bool knownType = spec.kind != Kind::Text || fieldType.trimmed().toUpper() == QLatin1String("STRING");
    QJsonDocument doc;
    if (fieldData.size() <= maxFieldDataBytes) {
        QJsonParseError error{};
        doc = QJsonDocument::fromJson(fieldData.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            doc = QJsonDocument();
    }
    // Any type may carry a hint; an unknown type (CKPT, LORA, …) is still edited as text, its data unread.
    spec.tooltip = tooltipFrom(doc);
    switch (spec.kind) {
    case Kind::Text:
    case Kind::MultilineText:
        if (knownType)
            readText(spec, doc);
        break;
    case Kind::Int:
    case Kind::Float:
        readNumber(spec, doc);
        break;
    case Kind::List:
    case Kind::Switch:
        readOptions(spec, doc);
        break;
    case Kind::Image:
    case Kind::Video:
    case Kind::Audio:
        readMedia(spec, doc);
        break;
    }
    return spec;
}

FieldSpec FieldSpec::fromField(const NodeField &field)
{
    FieldSpec spec = parse(field.fieldType, field.fieldData);
    if (spec.defaultValue.isEmpty())
        spec.defaultValue = spec.normaliseValue(field.fieldValue);
    return spec;
}

QStringList FieldSpec::allowedExtensions(Kind kind)
{
    switch (kind) {
    case Kind::Image:
        return {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("webp")};
    case Kind::Video:
        return {QStringLiteral("mp4"), QStringLiteral("avi"), QStringLiteral("mov"), QStringLiteral("mkv")};
    case Kind::Audio:
        return {QStringLiteral("mp3"), QStringLiteral("wav"), QStringLiteral("flac")};
    default:
        return {};
    }
}

QString FieldSpec::uploadFileType(Kind kind)
{
    switch (kind) {
    case Kind::Image:
        return QStringLiteral("image");
    case Kind::Video:
        return QStringLiteral("video");
    case Kind::Audio:
        return QStringLiteral("audio");
    default:
        return QString();
    }
}

FieldSpec::FileCheck FieldSpec::checkLocalFile(const QString &fileName, qint64 size) const
{
    if (!isMedia())
        return FileCheck::NotMedia;
    if (!allowedExtensions().contains(QFileInfo(fileName).suffix().toLower()))
        return FileCheck::WrongType;
    if (size <= 0)
        return FileCheck::Empty;
    if (size > maxUploadBytes)
        return FileCheck::TooLarge;
    return FileCheck::Ok;
}

QString FieldSpec::normaliseIntegralText(const QString &text)
{
    const int dot = text.indexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == text.size() - 1)
        return text;
    for (int i = dot + 1; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('0'))
            return text;
    }
    const QString whole = text.left(dot);
    const int firstDigit = (whole.startsWith(QLatin1Char('-')) || whole.startsWith(QLatin1Char('+'))) ? 1 : 0;
    if (firstDigit >= whole.size())
        return text;
    return isAsciiDigits(QStringView(whole).mid(firstDigit)) ? whole : text;
}

QString FieldSpec::normaliseValue(const QString &value) const
{
    switch (kind) {
    case Kind::Int:
    case Kind::Switch:
        return normaliseIntegralText(value);
    case Kind::List: {
        for (const FieldOption &option : options) {
            if (option.value == value)
                return value;
        }
        const QString integral = normaliseIntegralText(value);
        for (const FieldOption &option : options) {
            if (option.value == integral)
                return integral;
        }
        return value;
    }
    default:
        return value;
    }
}

int FieldSpec::indexOfValue(const QString &value) const
{
    const QString normalised = normaliseValue(value);
    for (int i = 0; i < options.size(); ++i) {
        if (options.at(i).value == normalised)
            return i;
    }
    return -1;
}

bool FieldSpec::accepts(const QString &value) const
{
    const QString normalised = normaliseValue(value);
    switch (kind) {
    case Kind::Text:
    case Kind::MultilineText:
        return true;
    case Kind::Int:
        return acceptsInteger(*this, normalised);
    case Kind::Float:
        return acceptsFloat(*this, normalised);
    case Kind::List:
    case Kind::Switch:
        return indexOfValue(normalised) >= 0;
    case Kind::Image:
    case Kind::Video:
    case Kind::Audio:
        return !normalised.trimmed().isEmpty();
    }
    return true;
}

FieldSpec::NumberCheck FieldSpec::checkNumber(const QString &text) const
{
    if (!isNumber())
        return NumberCheck::Ok;
    const QString trimmed = text.trimmed();
    bool ok = false;
    double d = 0;
    if (kind == Kind::Int) {
        const QString whole = normaliseIntegralText(trimmed);
        d = double(whole.toLongLong(&ok));
        if (!ok) // seeds go up to 2^64 - 1
            d = double(whole.toULongLong(&ok));
        if (!ok) {
            const double any = trimmed.toDouble(&ok);
            return ok && qIsFinite(any) ? NumberCheck::NotWhole : NumberCheck::NotANumber;
        }
    } else {
        d = trimmed.toDouble(&ok);
        if (!ok || !qIsFinite(d))
            return NumberCheck::NotANumber;
    }
    if (minimum && d < *minimum)
        return NumberCheck::BelowMinimum;
    if (maximum && d > *maximum)
        return NumberCheck::AboveMaximum;
    return NumberCheck::Ok;
}

QString FieldSpec::labelFor(const QString &value) const
{
    const int index = indexOfValue(value);
    return index >= 0 ? options.at(index).label : value;
}

} // namespace rh
