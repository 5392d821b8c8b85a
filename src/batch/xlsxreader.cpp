#include "batch/xlsxreader.h"

#include "batch/xlsxpackage.h"
#include "batch/xlsxsheetparser.h"
#include "batch/xlsxworkbook.h"

#include <algorithm>

namespace rh {

namespace {

SheetError openWorkbook(const XlsxPackage &package, qint64 size, const SheetLimits &limits, XlsxWorkbook *workbook,
                        QString *detail)
{
    if (size > limits.maxBytes) {
        *detail = QStringLiteral("%1 bytes").arg(size);
        return SheetError::TooLarge;
    }
    if (size == 0)
        return SheetError::Empty;
    if (!package.isOpen()) {
        *detail = QStringLiteral("not a zip");
        return SheetError::NotXlsx;
    }
    return readXlsxWorkbook(package, workbook, detail);
}

} // namespace

SheetReadResult readXlsx(const QByteArray &bytes, const QString &sheetName, const SheetLimits &limits)
{
    const XlsxPackage package(bytes, limits.maxBytes);
    XlsxWorkbook workbook;
    QString detail;
    if (const SheetError error = openWorkbook(package, bytes.size(), limits, &workbook, &detail);
        error != SheetError::None)
        return SheetReadResult::failure(error, detail);
    const auto sheet = std::find_if(workbook.sheets.cbegin(), workbook.sheets.cend(),
                                    [&](const XlsxSheetRef &s) { return sheetName.isEmpty() || s.name == sheetName; });
    if (sheet == workbook.sheets.cend())
        return SheetReadResult::failure(sheetName.isEmpty() ? SheetError::Empty : SheetError::SheetNotFound, sheetName);
    QStringList shared;
    // A workbook of numbers only has no shared strings part.
    if (!workbook.sharedStringsPath.isEmpty() && package.contains(workbook.sharedStringsPath)) {
        QByteArray xml;
        SheetError error = package.read(workbook.sharedStringsPath, &xml, &detail);
        if (error == SheetError::None)
            error = readXlsxSharedStrings(xml, limits.maxCells, &shared, &detail);
        if (error != SheetError::None)
            return SheetReadResult::failure(error, detail);
    }
    QByteArray xml;
    if (const SheetError error = package.read(sheet->path, &xml, &detail); error != SheetError::None)
        return SheetReadResult::failure(error, detail);
    return parseXlsxSheet(xml, shared, limits);
}

QStringList xlsxSheetNames(const QByteArray &bytes, SheetError *error, const SheetLimits &limits)
{
    const XlsxPackage package(bytes, limits.maxBytes);
    XlsxWorkbook workbook;
    QString detail;
    const SheetError failure = openWorkbook(package, bytes.size(), limits, &workbook, &detail);
    if (error)
        *error = failure;
    QStringList names;
    for (const XlsxSheetRef &sheet : std::as_const(workbook.sheets))
        names.append(sheet.name);
    return names;
}

} // namespace rh
