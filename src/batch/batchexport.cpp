#include "batch/batchexport.h"

#include "batch/csvreader.h"
#include "batch/manifest.h"
#include "transfer/downloader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <quazip.h>
#include <quazipfile.h>

namespace rh {

namespace {

bool addEntry(QuaZip &zip, const QuaZipNewInfo &info, QIODevice &source)
{
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::WriteOnly, info))
        return false;
    char buffer[64 * 1024];
    for (qint64 n = source.read(buffer, sizeof buffer); n > 0; n = source.read(buffer, sizeof buffer)) {
        if (entry.write(buffer, n) != n)
            return false;
    }
    entry.close();
    return entry.getZipError() == ZIP_OK;
}

bool addFile(QuaZip &zip, const QString &name, const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && addEntry(zip, QuaZipNewInfo(name, path), file);
}

bool addBytes(QuaZip &zip, const QString &name, QByteArray bytes)
{
    QBuffer buffer(&bytes);
    return buffer.open(QIODevice::ReadOnly) && addEntry(zip, QuaZipNewInfo(name), buffer);
}

} // namespace

BatchExportResult exportBatchZip(const QString &manifestPath, const QString &zipPath)
{
    BatchExportResult result;
    QFile manifestFile(manifestPath);
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        result.error = manifestFile.errorString();
        return result;
    }
    SheetReadResult manifest = readCsv(manifestFile.readAll());
    const int filesColumn = int(manifest.table.header.indexOf(QStringLiteral("files")));
    if (!manifest.ok() || filesColumn < 0) {
        result.error = QStringLiteral("not a manifest: %1").arg(manifest.detail);
        return result;
    }
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdCreate)) {
        result.error = QStringLiteral("cannot create %1 (zip error %2)").arg(zipPath).arg(zip.getZipError());
        return result;
    }
    const QDir folder = QFileInfo(manifestPath).absoluteDir();
    QSet<QString> taken{QStringLiteral("manifest.csv")};
    QByteArray rewritten = QByteArrayLiteral("\xEF\xBB\xBF") + manifestRecord(manifest.table.header);
    for (SheetRow &row : manifest.table.rows) {
        QStringList names;
        for (const QString &file : row.cells.at(filesColumn).split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
            const QFileInfo info(folder, file);
            const QString name =
                nonClashingFileName(info.fileName(), [&taken](const QString &n) { return taken.contains(n); });
            if (!info.isFile() || !addFile(zip, name, info.absoluteFilePath())) {
                ++result.missing;
                continue;
            }
            taken.insert(name);
            names.append(name);
            ++result.files;
        }
        row.cells[filesColumn] = names.join(QStringLiteral("; "));
        rewritten += manifestRecord(row.cells);
    }
    const bool wrote = addBytes(zip, QStringLiteral("manifest.csv"), rewritten);
    zip.close();
    result.ok = wrote && zip.getZipError() == ZIP_OK;
    if (!result.ok)
        QFile::remove(zipPath); // half an archive is worse than none
    if (!result.ok)
        result.error = QStringLiteral("cannot write %1 (zip error %2)").arg(zipPath).arg(zip.getZipError());
    return result;
}

} // namespace rh
