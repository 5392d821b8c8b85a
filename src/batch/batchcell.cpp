#include "batch/batchcell.h"

#include "batch/batchmapping.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

namespace rh {

namespace {

/// The sentences live in one translation context, as core has no QObject to hang tr() on.
QString translated(const char *text)
{
    return QCoreApplication::translate("rh::BatchCheck", text);
}

/// One multi-arg call, so a column named "%4" cannot take the place of a later argument.
QString problem(const char *text, const BatchCellPlace &place, const QString &a, const QString &b = QString())
{
    const QString row = QString::number(place.sourceRow);
    return b.isNull() ? translated(text).arg(row, place.column, a) : translated(text).arg(row, place.column, a, b);
}

BatchCell bad(const QString &sentence)
{
    return BatchCell{QString(), QString(), sentence};
}

QString numberText(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

QStringList optionNames(const FieldSpec &spec)
{
    QStringList names;
    for (const FieldOption &option : spec.options)
        names.append(option.label);
    return names;
}

BatchCell checkOption(const FieldSpec &spec, const QString &cell, const BatchCellPlace &place)
{
    const int exact = spec.indexOfValue(cell);
    if (exact >= 0)
        return BatchCell{spec.options.at(exact).value, {}, {}};
    const QString key = batchHeaderKey(cell);
    for (const FieldOption &option : spec.options) {
        for (const QString &name : {option.label, option.value, option.description, option.descriptionEn}) {
            if (!name.isEmpty() && batchHeaderKey(name) == key)
                return BatchCell{option.value, {}, {}};
        }
    }
    return bad(problem(QT_TRANSLATE_NOOP("rh::BatchCheck", "row %1, column '%2': '%3' is not one of: %4"), place, cell,
                       optionNames(spec).join(QLatin1String(", "))));
}

BatchCell checkNumber(const FieldSpec &spec, const QString &cell, const BatchCellPlace &place)
{
    const QString value = spec.normaliseValue(cell);
    switch (spec.checkNumber(value)) {
    case FieldSpec::NumberCheck::Ok:
        return BatchCell{value, {}, {}};
    case FieldSpec::NumberCheck::NotANumber:
        return bad(
            problem(QT_TRANSLATE_NOOP("rh::BatchCheck", "row %1, column '%2': '%3' is not a number"), place, cell));
    case FieldSpec::NumberCheck::NotWhole:
        return bad(problem(QT_TRANSLATE_NOOP("rh::BatchCheck", "row %1, column '%2': '%3' is not a whole number"),
                           place, cell));
    case FieldSpec::NumberCheck::BelowMinimum:
        return bad(problem(QT_TRANSLATE_NOOP("rh::BatchCheck", "row %1, column '%2': %3 is below the minimum %4"),
                           place, cell, numberText(spec.minimum.value_or(0))));
    case FieldSpec::NumberCheck::AboveMaximum:
        return bad(problem(QT_TRANSLATE_NOOP("rh::BatchCheck", "row %1, column '%2': %3 is above the maximum %4"),
                           place, cell, numberText(spec.maximum.value_or(0))));
    }
    return BatchCell{value, {}, {}};
}

BatchCell checkMedia(const FieldSpec &spec, const QString &cell, const BatchCellPlace &place,
                     const QString &sheetFolder)
{
    const QFileInfo info(QDir(sheetFolder), QDir::fromNativeSeparators(cell));
    if (!info.isFile())
        return bad(
            problem(QT_TRANSLATE_NOOP("rh::BatchCheck", "row %1, column '%2': file '%3' does not exist"), place, cell));
    switch (spec.checkLocalFile(info.fileName(), info.size())) {
    case FieldSpec::FileCheck::Ok:
        return BatchCell{info.fileName(), info.absoluteFilePath(), {}};
    case FieldSpec::FileCheck::NotMedia:
    case FieldSpec::FileCheck::WrongType:
        return bad(problem(
            QT_TRANSLATE_NOOP("rh::BatchCheck", "row %1, column '%2': '%3' is not a file this input takes (%4)"), place,
            cell, spec.allowedExtensions().join(QLatin1String(", "))));
    case FieldSpec::FileCheck::Empty:
        return bad(
            problem(QT_TRANSLATE_NOOP("rh::BatchCheck", "row %1, column '%2': file '%3' is empty"), place, cell));
    case FieldSpec::FileCheck::TooLarge:
        return bad(problem(QT_TRANSLATE_NOOP("rh::BatchCheck", "row %1, column '%2': file '%3' is larger than 30 MB"),
                           place, cell));
    }
    return bad(QString());
}

} // namespace

BatchCell checkBatchCell(const FieldSpec &spec, const QString &cell, const BatchCellPlace &place,
                         const QString &sheetFolder)
{
    const bool text = spec.kind == FieldSpec::Kind::Text || spec.kind == FieldSpec::Kind::MultilineText;
    if (text)
        return BatchCell{cell, {}, {}};
    const QString trimmed = cell.trimmed();
    if (trimmed.isEmpty())
        return bad(translated(QT_TRANSLATE_NOOP("rh::BatchCheck", "row %1, column '%2': a value is required"))
                       .arg(QString::number(place.sourceRow), place.column));
    if (spec.hasOptions())
        return checkOption(spec, trimmed, place);
    if (spec.isNumber())
        return checkNumber(spec, trimmed, place);
    return checkMedia(spec, trimmed, place, sheetFolder);
}

BatchCell checkInstanceTypeCell(const QString &cell, const BatchCellPlace &place)
{
    const QString value = cell.trimmed().toLower();
    if (value.isEmpty() || value == QLatin1String("default") || value == QLatin1String("plus"))
        return BatchCell{value, {}, {}};
    return bad(problem(QT_TRANSLATE_NOOP("rh::BatchCheck", "row %1, column '%2': '%3' is not one of: %4"), place,
                       cell.trimmed(), QStringLiteral("default, plus")));
}

BatchCell checkWebhookCell(const QString &cell, const BatchCellPlace &place)
{
    const QString value = cell.trimmed();
    const QUrl url(value, QUrl::StrictMode);
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (value.isEmpty() || (url.isValid() && web && !url.host().isEmpty()))
        return BatchCell{value, {}, {}};
    return bad(problem(QT_TRANSLATE_NOOP("rh::BatchCheck", "row %1, column '%2': '%3' is not an http(s) address"),
                       place, value));
}

QString lostDigitsProblem(const BatchCellPlace &place, const QString &stored)
{
    return problem(QT_TRANSLATE_NOOP("rh::BatchCheck",
                                     "row %1, column '%2': the number %3 lost digits in the spreadsheet; store ids "
                                     "as text"),
                   place, stored);
}

} // namespace rh
