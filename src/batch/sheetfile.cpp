#include "batch/sheetfile.h"

#include "batch/csvreader.h"
#include "batch/foldersheet.h"
#include "batch/xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace rh {

namespace {

bool isXlsx(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

} // namespace

bool isSheetFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt") ||
           suffix == QLatin1String("xlsx");
}

SheetFile readSheetFile(const QString &path, const SheetFileOptions &options)
{
    SheetFile sheet;
    if (QFileInfo(path).isDir()) {
        sheet.format = SheetFile::Format::Folder;
        sheet.read = readFolderSheet(path, options.limits);
        return sheet;
    }
    sheet.format = isXlsx(path) ? SheetFile::Format::Xlsx : SheetFile::Format::Csv;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        sheet.openError = file.errorString();
        return sheet;
    }
    if (file.size() > options.limits.maxBytes) {
        sheet.read = SheetReadResult::failure(SheetError::TooLarge, QStringLiteral("file size"));
        return sheet;
    }
    const QByteArray bytes = file.readAll();
    if (sheet.format == SheetFile::Format::Xlsx) {
        SheetError error = SheetError::None;
        sheet.sheetNames = xlsxSheetNames(bytes, &error, options.limits);
        sheet.read = readXlsx(bytes, options.sheetName, options.limits);
        return sheet;
    }
    CsvOptions csv;
    csv.encoding = options.encoding;
    csv.limits = options.limits;
    sheet.read = readCsv(bytes, csv);
    return sheet;
}

SheetFile readPastedSheet(const QString &text, const SheetLimits &limits)
{
    SheetFile sheet;
    sheet.format = SheetFile::Format::Pasted;
    sheet.read = readPastedCells(text, limits);
    return sheet;
}

} // namespace rh
