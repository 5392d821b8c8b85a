// An app input's fieldType (the first line) and fieldData (the rest), as apiCallDemo sends them: FieldSpec.
// Properties: parsing never fails and gives a consistent spec — options only for LIST/SWITCH, each offered value
// accepted and found, bounds in order, normalising idempotent.
#include "fuzzcheck.h"
#include "model/fieldspec.h"
#include "model/ids.h"

#include <cmath>

using namespace rh;

namespace {

void checkNormalise(const FieldSpec &spec, const QString &value)
{
    const QString once = spec.normaliseValue(value);
    FUZZ_CHECK(spec.normaliseValue(once) == once);
    const QString integral = FieldSpec::normaliseIntegralText(value);
    if (integral != value) { // "2.0" → "2": only ever the part before the dot, and only of ASCII digits
        FUZZ_CHECK(value.startsWith(integral) && value.at(integral.size()) == QLatin1Char('.'));
        const QStringView digits = QStringView(integral).mid(
            integral.startsWith(QLatin1Char('-')) || integral.startsWith(QLatin1Char('+')) ? 1 : 0);
        FUZZ_CHECK(isAsciiDigits(digits));
    }
    spec.accepts(value);
    spec.labelFor(value);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    const QString fieldType = newline < 0 ? text : text.left(newline);
    const QString fieldData = newline < 0 ? QString() : text.mid(newline + 1);
    const FieldSpec spec = FieldSpec::parse(fieldType, fieldData);

    FUZZ_CHECK(spec.options.size() <= FieldSpec::maxOptions && spec.sampleFiles.size() <= FieldSpec::maxOptions);
    FUZZ_CHECK(spec.hasOptions() == !spec.options.isEmpty());
    for (const FieldOption &option : spec.options) {
        FUZZ_CHECK(!option.value.isEmpty() && !option.label.isEmpty());
        FUZZ_CHECK(spec.indexOfValue(option.value) >= 0);
        FUZZ_CHECK(spec.accepts(option.value));
    }
    for (const std::optional<double> &bound : {spec.minimum, spec.maximum, spec.step})
        FUZZ_CHECK(!bound || std::isfinite(*bound));
    FUZZ_CHECK(!(spec.minimum && spec.maximum) || *spec.minimum <= *spec.maximum);
    FUZZ_CHECK(!spec.step || *spec.step > 0);
    FUZZ_CHECK(spec.isMedia() || spec.sampleFiles.isEmpty());

    checkNormalise(spec, spec.defaultValue);
    checkNormalise(spec, fieldData.left(64));
    for (const FieldOption &option : spec.options)
        checkNormalise(spec, option.value);

    NodeField field;
    field.fieldType = fieldType;
    field.fieldData = fieldData;
    field.fieldValue = fieldData.left(32);
    FieldSpec::fromField(field);
    return 0;
}
