#pragma once

#include "batch/sheettable.h"

#include <QByteArray>

namespace rh {

struct CsvOptions
{
    SheetEncoding encoding = SheetEncoding::Auto; ///< the import dialog's override
    QChar separator;                              ///< null: detect from the header line (',' ';' or tab)
    SheetLimits limits;
};

/// Reads a CSV or TSV file's bytes with libcsv: quoted fields may hold separators, doubled quotes and line
/// breaks; spaces are kept as typed; blank lines are skipped. Never throws; bad input gives an error value.
SheetReadResult readCsv(const QByteArray &bytes, const CsvOptions &options = {});

/// Reads cells copied from a spreadsheet (Excel, WPS, LibreOffice, Google Sheets put tab-separated text on the
/// clipboard, quoting cells that hold a tab, quote or line break). The first row is the header.
SheetReadResult readPastedCells(const QString &text, const SheetLimits &limits = {});

} // namespace rh
