#include "batch/csvreader.h"

#include "batch/sheettablebuilder.h"
#include "batch/sheettext.h"

#include <algorithm>
#include <csv.h>

namespace rh {

namespace {

// libcsv trims spaces and tabs around unquoted fields by default; spreadsheets keep them, and a tab is a
// separator in TSV.
int noSpaces(unsigned char)
{
    return 0;
}

struct CsvState
{
    SheetTableBuilder builder;
    QStringList row;
    int record = 0;
    bool stopped = false;
};

void onField(void *field, size_t length, void *data)
{
    auto *state = static_cast<CsvState *>(data);
    state->row.append(QString::fromUtf8(static_cast<const char *>(field), qsizetype(length)));
}

void onRowEnd(int, void *data)
{
    auto *state = static_cast<CsvState *>(data);
    ++state->record;
    if (!state->builder.addRow(state->record, std::move(state->row)))
        state->stopped = true;
    state->row.clear();
}

enum class Pass { Strict, Lenient };

struct Parsed
{
    SheetReadResult result;
    bool failedBeforeEnd = false; ///< a strict pass met a quote Excel would take literally
};

// The text is UTF-8 here whatever the file was: no UTF-8 sequence holds an ASCII byte, so libcsv's byte-wise
// splitting on ',' '"' and line breaks is safe (GB18030 would be too, but one path is simpler to trust).
Parsed parseUtf8(const QByteArray &utf8, char separator, const SheetLimits &limits, Pass pass)
{
    csv_parser parser;
    if (csv_init(&parser, pass == Pass::Strict ? CSV_STRICT | CSV_STRICT_FINI : 0) != 0)
        return {SheetReadResult::failure(SheetError::BadCsv, QStringLiteral("csv_init failed")), false};
    csv_set_delim(&parser, static_cast<unsigned char>(separator));
    csv_set_space_func(&parser, noSpaces);
    CsvState state{SheetTableBuilder(limits), {}, 0, false};
    constexpr qsizetype chunk = 64 * 1024;
    int failure = CSV_SUCCESS;
    bool beforeEnd = false;
    for (qsizetype at = 0; at < utf8.size() && !state.stopped; at += chunk) {
        const size_t length = size_t(std::min(chunk, utf8.size() - at));
        if (csv_parse(&parser, utf8.constData() + at, length, onField, onRowEnd, &state) != length) {
            failure = csv_error(&parser);
            beforeEnd = true;
            break;
        }
    }
    if (failure == CSV_SUCCESS && !state.stopped && csv_fini(&parser, onField, onRowEnd, &state) != 0)
        failure = csv_error(&parser);
    csv_free(&parser);
    if (failure != CSV_SUCCESS) {
        const QString reason = QString::fromUtf8(csv_strerror(failure));
        return {SheetReadResult::failure(SheetError::BadCsv,
                                         QStringLiteral("%1 after record %2").arg(reason).arg(state.record)),
                beforeEnd};
    }
    return {state.builder.finish(), false};
}

// Strict first, so a quote left open at the end of the file is an error and not one giant last cell; a quote
// inside an unquoted cell (x"y) stops the strict pass, and spreadsheets take that literally: read it leniently.
SheetReadResult parseSheet(const QByteArray &utf8, char separator, const SheetLimits &limits)
{
    Parsed parsed = parseUtf8(utf8, separator, limits, Pass::Strict);
    if (parsed.failedBeforeEnd)
        parsed = parseUtf8(utf8, separator, limits, Pass::Lenient);
    return std::move(parsed.result);
}

} // namespace

SheetReadResult readCsv(const QByteArray &bytes, const CsvOptions &options)
{
    if (bytes.size() > options.limits.maxBytes)
        return SheetReadResult::failure(SheetError::TooLarge, QStringLiteral("%1 bytes").arg(bytes.size()));
    if (bytes.isEmpty())
        return SheetReadResult::failure(SheetError::Empty);
    const std::optional<SheetText> text = decodeSheetText(bytes, options.encoding);
    if (!text)
        return SheetReadResult::failure(SheetError::BadEncoding);
    const QChar separator = options.separator.isNull() ? detectSeparator(text->text) : options.separator;
    if (separator.unicode() > 0x7f || separator == u'"' || separator == u'\n' || separator == u'\r')
        return SheetReadResult::failure(SheetError::BadCsv, QStringLiteral("unusable separator"));
    SheetReadResult result = parseSheet(text->text.toUtf8(), char(separator.unicode()), options.limits);
    result.table.encoding = text->encoding;
    result.table.separator = separator;
    return result;
}

SheetReadResult readPastedCells(const QString &text, const SheetLimits &limits)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > limits.maxBytes)
        return SheetReadResult::failure(SheetError::TooLarge, QStringLiteral("%1 bytes").arg(utf8.size()));
    SheetReadResult result = parseSheet(utf8, '\t', limits);
    result.table.encoding = SheetEncoding::Utf8;
    result.table.separator = u'\t';
    return result;
}

} // namespace rh
