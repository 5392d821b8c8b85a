#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rh {

/// What a reader noticed about one cell that the user should fix in the sheet itself.
enum class SheetNoteKind {
    /// A number cell holding an integer of 16 or more digits: the spreadsheet kept only 15 significant digits, so
    /// a long id (19-digit task or user ids) already lost its last digits. The cure is storing ids as text.
    NumberIdLostDigits,
};

struct SheetNote
{
    int row = 0;    ///< index into SheetTable::rows, -1 for the header
    int column = 0; ///< 0-based
    SheetNoteKind kind = SheetNoteKind::NumberIdLostDigits;
    QString detail; ///< the raw stored value, e.g. "1.23456789012346E+18"
};

struct SheetRow
{
    int sourceRow = 0; ///< 1-based row as the spreadsheet numbers it (CSV: record number, header = 1)
    QStringList cells; ///< as wide as the table: short rows are padded with ""
};

/// The encodings a CSV can be read in; Auto detects (BOM, then valid UTF-8, else GB18030).
enum class SheetEncoding { Auto, Utf8, Utf16LE, Utf16BE, Gb18030 };

/// A sheet as a table of strings: the first non-empty row is the header, every row is as wide as the widest.
struct SheetTable
{
    QStringList header;
    QList<SheetRow> rows;
    QList<SheetNote> notes;
    SheetEncoding encoding = SheetEncoding::Auto; ///< what a CSV was read as (Auto for XLSX)
    QChar separator;                              ///< what a CSV was split on (null for XLSX)

    int columnCount() const { return int(header.size()); }
};

/// Why a sheet could not be read. The ui words these; the readers carry no user-visible text.
enum class SheetError {
    None,
    Empty,         ///< no bytes, or no non-empty row
    TooLarge,      ///< over a size, row or cell cap (detail names which)
    BadEncoding,   ///< the bytes are not text in the chosen/detected encoding
    BadCsv,        ///< libcsv refused the text (detail: its reason)
    NotXlsx,       ///< not a zip, or a zip without a workbook
    BadXlsx,       ///< a part is missing or its XML is broken (detail: which part and where)
    SheetNotFound, ///< no sheet of the asked name (detail: the name)
};

struct SheetReadResult
{
    SheetTable table;
    SheetError error = SheetError::None;
    QString detail; ///< technical detail for logs and bug reports, not a sentence for the user

    bool ok() const { return error == SheetError::None; }
    static SheetReadResult failure(SheetError error, const QString &detail = {})
    {
        SheetReadResult r;
        r.error = error;
        r.detail = detail;
        return r;
    }
};

/// Caps that keep a hostile or mistaken file from eating the machine.
struct SheetLimits
{
    qint64 maxBytes = 64 * 1024 * 1024; ///< the file itself, and one unpacked XLSX part
    qint64 maxCells = 2'000'000;        ///< rows x columns of the result
    int maxColumns = 16'384;            ///< Excel's own limit (XFD)
};

} // namespace rh
