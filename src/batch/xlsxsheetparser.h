#pragma once

#include "batch/sheettable.h"

#include <QByteArray>
#include <QStringList>

namespace rh {

/// The shared strings part (<sst>): one entry per <si>, rich-text runs joined, phonetic runs (<rPh>) left out.
SheetError readXlsxSharedStrings(const QByteArray &xml, qint64 maxStrings, QStringList *out, QString *detail);

/// One worksheet part as a table: cells placed by their reference (gaps become ""), shared and inline strings,
/// booleans as TRUE/FALSE, error values as shown (#N/A), numbers as Excel shows them. An integer number of 16 or
/// more digits gets a NumberIdLostDigits note. Formulas give their cached value; merged cells their first cell.
SheetReadResult parseXlsxSheet(const QByteArray &xml, const QStringList &sharedStrings, const SheetLimits &limits);

} // namespace rh
