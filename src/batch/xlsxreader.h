#pragma once

#include "batch/sheettable.h"

#include <QByteArray>
#include <QStringList>

namespace rh {

/// Reads one sheet of an .xlsx file's bytes (Excel, WPS, LibreOffice, Google Sheets): the first sheet when
/// sheetName is empty, else the one of that name (SheetNotFound otherwise). Never throws; bad bytes, broken XML
/// and zip bombs give an error value.
SheetReadResult readXlsx(const QByteArray &bytes, const QString &sheetName = {}, const SheetLimits &limits = {});

/// The worksheet names in tab order, for the import dialog's sheet chooser; empty with *error set on failure.
QStringList xlsxSheetNames(const QByteArray &bytes, SheetError *error = nullptr, const SheetLimits &limits = {});

} // namespace rh
