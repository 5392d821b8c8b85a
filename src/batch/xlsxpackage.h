#pragma once

#include "batch/sheettable.h"

#include <QBuffer>
#include <QByteArray>
#include <memory>

class QuaZip;

namespace rh {

/// An .xlsx file's zip, read through QuaZip from memory, each part capped so a zip bomb cannot unpack.
class XlsxPackage final
{
public:
    XlsxPackage(const QByteArray &bytes, qint64 maxPartBytes);
    ~XlsxPackage();
    Q_DISABLE_COPY_MOVE(XlsxPackage)

    bool isOpen() const { return m_open; }
    bool contains(const QString &path) const;
    /// The unpacked part; SheetError::BadXlsx when missing or unreadable, TooLarge over the cap.
    SheetError read(const QString &path, QByteArray *out, QString *detail) const;

private:
    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    qint64 m_maxPartBytes = 0;
    bool m_open = false;
};

} // namespace rh
