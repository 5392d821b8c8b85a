#include "batch/xlsxpackage.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace rh {

XlsxPackage::XlsxPackage(const QByteArray &bytes, qint64 maxPartBytes)
    : m_bytes(bytes)
    , m_buffer(&m_bytes)
    , m_zip(std::make_unique<QuaZip>(&m_buffer))
    , m_maxPartBytes(maxPartBytes)
{
    m_open = m_zip->open(QuaZip::mdUnzip);
}

XlsxPackage::~XlsxPackage()
{
    if (m_open)
        m_zip->close();
}

bool XlsxPackage::contains(const QString &path) const
{
    return m_open && m_zip->setCurrentFile(path, QuaZip::csInsensitive);
}

SheetError XlsxPackage::read(const QString &path, QByteArray *out, QString *detail) const
{
    out->clear();
    // Part names are case-insensitive in OPC; Excel writes "xl/", some tools "XL/".
    if (!m_open || !m_zip->setCurrentFile(path, QuaZip::csInsensitive)) {
        *detail = QStringLiteral("missing part %1").arg(path);
        return SheetError::BadXlsx;
    }
    QuaZipFileInfo64 info;
    if (m_zip->getCurrentFileInfo(&info) && qint64(info.uncompressedSize) > m_maxPartBytes) {
        *detail = QStringLiteral("part %1 unpacks to %2 bytes").arg(path).arg(info.uncompressedSize);
        return SheetError::TooLarge;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        *detail = QStringLiteral("cannot unpack %1 (zip error %2)").arg(path).arg(file.getZipError());
        return SheetError::BadXlsx;
    }
    // The size in the zip's directory can lie: never read past the cap whatever it says.
    *out = file.read(m_maxPartBytes + 1);
    const bool broken = file.getZipError() != UNZ_OK;
    file.close();
    if (out->size() > m_maxPartBytes) {
        *detail = QStringLiteral("part %1 unpacks to more than %2 bytes").arg(path).arg(m_maxPartBytes);
        out->clear();
        return SheetError::TooLarge;
    }
    if (broken || file.getZipError() != UNZ_OK) {
        *detail = QStringLiteral("corrupt part %1 (zip error %2)").arg(path).arg(file.getZipError());
        out->clear();
        return SheetError::BadXlsx;
    }
    return SheetError::None;
}

} // namespace rh
