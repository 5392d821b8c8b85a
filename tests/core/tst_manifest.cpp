// The batch manifest: CSV quoting through libcsv, a UTF-8 BOM and header on a new file, one flushed line per
// append (read back with the project's own CSV reader, as a spreadsheet would), and where the file goes.
#include "batch/csvreader.h"
#include "batch/manifest.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace rh;

class TestManifest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void record_data();
    void record();
    void path();
    void appendsLinesAfterOneHeader();
    void unwritableFolderFails();
};

void TestManifest::record_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain") << QStringList{QStringLiteral("7"), QStringLiteral("a cat")} << QByteArray("7,a cat\r\n");
    QTest::newRow("empty fields") << QStringList{QString(), QString()} << QByteArray(",\r\n");
    QTest::newRow("comma") << QStringList{QStringLiteral("a, b")} << QByteArray("\"a, b\"\r\n");
    QTest::newRow("quote doubled") << QStringList{QStringLiteral("say \"hi\"")} << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("line break") << QStringList{QStringLiteral("one\ntwo")} << QByteArray("\"one\ntwo\"\r\n");
    QTest::newRow("surrounding space") << QStringList{QStringLiteral(" x")} << QByteArray("\" x\"\r\n");
    QTest::newRow("chinese") << QStringList{QStringLiteral("水彩")} << QByteArray("\xE6\xB0\xB4\xE5\xBD\xA9\r\n");
}

void TestManifest::record()
{
    QFETCH(QStringList, fields);
    QFETCH(QByteArray, bytes);
    QCOMPARE(manifestRecord(fields), bytes);
}

void TestManifest::path()
{
    QCOMPARE(manifestPath(QStringLiteral("/results"), QStringLiteral("people: 10/11")),
             QStringLiteral("/results/people_ 10_11/manifest.csv"));
    QCOMPARE(manifestPath(QStringLiteral("/results"), QStringLiteral("..")),
             QStringLiteral("/results/batch/manifest.csv"));
}

void TestManifest::appendsLinesAfterOneHeader()
{
    QTemporaryDir dir;
    const QString path = manifestPath(dir.path(), QStringLiteral("people"));
    const QStringList inputs{QStringLiteral("6:text"), QStringLiteral("3:steps")};
    {
        const ManifestFile file(path, inputs);
        ManifestLine skipped{3,
                             {QStringLiteral("a, owl"), QStringLiteral("0")},
                             {},
                             {},
                             QStringLiteral("skipped"),
                             QStringLiteral("row 3, column 'steps': 0 is below the minimum 1"),
                             {},
                             {},
                             {}};
        QVERIFY(file.append(skipped));
    }
    // A second writer (a restart) appends without a second header.
    const ManifestFile again(path, inputs);
    ManifestLine done{2,
                      {QStringLiteral("水彩 \"猫\""), QStringLiteral("20")},
                      QStringLiteral("cat"),
                      QStringLiteral("1990000000000000001"),
                      QStringLiteral("succeeded"),
                      {},
                      {QStringLiteral("../a_1.png"), QStringLiteral("../a_2.png")},
                      QStringLiteral("12"),
                      QStringLiteral("6")};
    QVERIFY(again.append(done));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "row,6:text,3:steps,label,taskId,state,error,files,coins,runTime\r\n"));
    const SheetReadResult read = readCsv(bytes);
    QVERIFY(read.ok());
    QCOMPARE(read.table.header, again.header());
    QCOMPARE(read.table.rows.size(), 2);
    QCOMPARE(read.table.rows.at(0).cells,
             (QStringList{QStringLiteral("3"), QStringLiteral("a, owl"), QStringLiteral("0"), QString(), QString(),
                          QStringLiteral("skipped"), QStringLiteral("row 3, column 'steps': 0 is below the minimum 1"),
                          QString(), QString(), QString()}));
    QCOMPARE(
        read.table.rows.at(1).cells,
        (QStringList{QStringLiteral("2"), QStringLiteral("水彩 \"猫\""), QStringLiteral("20"), QStringLiteral("cat"),
                     QStringLiteral("1990000000000000001"), QStringLiteral("succeeded"), QString(),
                     QStringLiteral("../a_1.png; ../a_2.png"), QStringLiteral("12"), QStringLiteral("6")}));
}

void TestManifest::unwritableFolderFails()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("people")));
    QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the batch's folder should be
    blocker.close();
    const ManifestFile file(manifestPath(dir.path(), QStringLiteral("people")), {});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot")));
    QVERIFY(!file.append(ManifestLine{}));
}

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
