// Export batch…: the manifest and the files it names in one ZIP, the manifest's files column pointing at the
// names inside the archive; a file gone from disk is counted and left out. Read back with QuaZip.
#include "batch/batchexport.h"
#include "batch/csvreader.h"
#include "batch/manifest.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace rh;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray entry(QuaZip &zip, const QString &name)
{
    if (!zip.setCurrentFile(name))
        return "<missing>";
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return "<unreadable>";
    return file.readAll();
}

} // namespace

class TestBatchExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void manifestAndFilesInOneZip();
    void notAManifest();
};

void TestBatchExport::manifestAndFilesInOneZip()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("results/a/out.png")), "first");
    write(dir.filePath(QStringLiteral("results/b/out.png")), "second"); // same name, another folder
    const QString path = manifestPath(dir.filePath(QStringLiteral("results")), QStringLiteral("people"));
    const ManifestFile manifest(path, {QStringLiteral("6:text")});
    QVERIFY(manifest.append({2,
                             {QStringLiteral("a cat")},
                             {},
                             QStringLiteral("1"),
                             QStringLiteral("success"),
                             {},
                             {QStringLiteral("../a/out.png"), QStringLiteral("../b/out.png")},
                             {},
                             {}}));
    QVERIFY(manifest.append(
        {3, {QStringLiteral("a dog")}, {}, {}, QStringLiteral("skipped"), QStringLiteral("bad"), {}, {}, {}}));
    QVERIFY(manifest.append({4,
                             {QStringLiteral("a bee")},
                             {},
                             QStringLiteral("2"),
                             QStringLiteral("success"),
                             {},
                             {QStringLiteral("../gone.png")},
                             {},
                             {}}));

    const QString zipPath = dir.filePath(QStringLiteral("people.zip"));
    const BatchExportResult result = exportBatchZip(path, zipPath);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.files, 2);
    QCOMPARE(result.missing, 1);

    QuaZip zip(zipPath);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QStringList names = zip.getFileNameList();
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("manifest.csv"), QStringLiteral("out (2).png"), QStringLiteral("out.png")}));
    QCOMPARE(entry(zip, QStringLiteral("out.png")), QByteArray("first"));
    QCOMPARE(entry(zip, QStringLiteral("out (2).png")), QByteArray("second"));
    const QByteArray csv = entry(zip, QStringLiteral("manifest.csv"));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const SheetReadResult read = readCsv(csv);
    QVERIFY(read.ok());
    QCOMPARE(read.table.header, manifest.header());
    const int files = int(read.table.header.indexOf(QStringLiteral("files")));
    QCOMPARE(read.table.rows.size(), 3);
    QCOMPARE(read.table.rows.at(0).cells.at(files), QStringLiteral("out.png; out (2).png"));
    QCOMPARE(read.table.rows.at(1).cells.at(files), QString());
    QCOMPARE(read.table.rows.at(2).cells.at(files), QString());
}

void TestBatchExport::notAManifest()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("other.csv")), "a,b\r\n1,2\r\n");
    const BatchExportResult result =
        exportBatchZip(dir.filePath(QStringLiteral("other.csv")), dir.filePath(QStringLiteral("x.zip")));
    QVERIFY(!result.ok);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.zip"))));
    QVERIFY(!exportBatchZip(dir.filePath(QStringLiteral("missing.csv")), dir.filePath(QStringLiteral("x.zip"))).ok);
}

QTEST_GUILESS_MAIN(TestBatchExport)
#include "tst_batchexport.moc"
