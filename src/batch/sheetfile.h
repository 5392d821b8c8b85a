#pragma once

#include "batch/sheettable.h"

#include <QString>
#include <QStringList>

namespace rh {

/// How to read a sheet file: the import dialog's encoding override (CSV) and sheet choice (XLSX).
struct SheetFileOptions
{
    SheetEncoding encoding = SheetEncoding::Auto;
    QString sheetName; ///< "" = the first sheet
    SheetLimits limits;
};

/// A sheet file as read from disk, on any thread.
struct SheetFile
{
    enum class Format { Csv, Xlsx, Folder, Pasted };
    Format format = Format::Csv;
    SheetReadResult read;
    QStringList sheetNames; ///< XLSX: every worksheet, in tab order
    QString openError;      ///< the system's words when the file could not be read at all ("" otherwise)

    bool ok() const { return openError.isEmpty() && read.ok(); }
};

/// Whether a file's name says it is a sheet the batch import reads (.csv, .tsv, .txt, .xlsx).
bool isSheetFileName(const QString &path);

/// Reads a .csv/.tsv/.txt with readCsv or an .xlsx with readXlsx, by its extension; a folder with
/// readFolderSheet (one row per media file).
SheetFile readSheetFile(const QString &path, const SheetFileOptions &options = {});

/// Cells pasted from a spreadsheet (tab-separated text, see readPastedCells) as a sheet of format Pasted.
SheetFile readPastedSheet(const QString &text, const SheetLimits &limits = {});

} // namespace rh
