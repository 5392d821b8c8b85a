#pragma once

#include "batch/sheettable.h"

#include <QList>
#include <QString>

namespace rh {

class XlsxPackage;

struct XlsxSheetRef
{
    QString name; ///< as on the sheet's tab
    QString path; ///< its part in the zip, e.g. "xl/worksheets/sheet1.xml"
};

/// The parts of a workbook the readers need: its sheets in tab order and the shared strings part ("" if none).
struct XlsxWorkbook
{
    QList<XlsxSheetRef> sheets;
    QString sharedStringsPath;
};

/// Follows _rels/.rels -> workbook.xml -> its rels, as Excel, LibreOffice and xlsxwriter lay them out.
SheetError readXlsxWorkbook(const XlsxPackage &package, XlsxWorkbook *workbook, QString *detail);

} // namespace rh
