#include "sheetdata.h"

#include <QBuffer>
#include <QFile>

#include <quazip.h>
#include <quazipfile.h>

namespace rh::test {

QByteArray sheetFile(const QString &name)
{
    QFile file(QStringLiteral(RHDESK_TEST_DATA "/sheets/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test file %s", qPrintable(name));
    return file.readAll();
}

QStringList cells(std::initializer_list<const char *> values)
{
    QStringList out;
    for (const char *v : values)
        out.append(QString::fromUtf8(v));
    return out;
}

QByteArray zipOf(const QList<QPair<QString, QByteArray>> &parts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create zip");
    for (const auto &part : parts) {
        QuaZipFile file(&zip);
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.first));
        file.write(part.second);
        file.close();
    }
    zip.close();
    return bytes;
}

} // namespace rh::test
