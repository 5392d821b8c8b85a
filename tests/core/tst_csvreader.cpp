// The CSV/TSV and clipboard readers against files made by real tools; tests/data/sheets/make-sheets.sh remakes
// them: people-*.csv from one UTF-8 file with iconv (GB18030, UTF-16 LE/BE with a BOM), unicode-text-utf16.txt
// as Excel's "Unicode text" export (UTF-16 LE, tabs), semicolon.csv as a European Excel export, paste.tsv as a
// spreadsheet's clipboard text.
#include "batch/csvreader.h"
#include "batch/sheettext.h"
#include "sheetdata.h"
#include "testenv.h"

#include <QFile>
#include <QtTest>

using namespace rh;

Q_DECLARE_METATYPE(rh::SheetEncoding)
Q_DECLARE_METATYPE(rh::SheetError)

using rh::test::cells;
using rh::test::sheetFile;

namespace {} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void peopleInEveryEncoding_data();
    void peopleInEveryEncoding();
    void encodingOverride_data();
    void encodingOverride();
    void separators_data();
    void separators();
    void unicodeTextExport();
    void clipboardPaste();
    void badInput_data();
    void badInput();
    void caps();
};

void TestCsvReader::peopleInEveryEncoding_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<SheetEncoding>("encoding");
    QTest::newRow("utf-8") << "people-utf8.csv" << SheetEncoding::Utf8;
    QTest::newRow("utf-8 with bom") << "people-utf8-bom.csv" << SheetEncoding::Utf8;
    QTest::newRow("gb18030 (iconv)") << "people-gb18030.csv" << SheetEncoding::Gb18030;
    QTest::newRow("utf-16 le with bom") << "people-utf16le.csv" << SheetEncoding::Utf16LE;
    QTest::newRow("utf-16 be with bom") << "people-utf16be.csv" << SheetEncoding::Utf16BE;
}

void TestCsvReader::peopleInEveryEncoding()
{
    QFETCH(QString, file);
    QFETCH(SheetEncoding, encoding);
    const SheetReadResult result = readCsv(sheetFile(file));
    QVERIFY2(result.ok(), qPrintable(result.detail));
    const SheetTable &table = result.table;
    QCOMPARE(table.encoding, encoding);
    QCOMPARE(table.separator, QChar(u','));
    // The BOM is gone: the first header cell matches by name.
    QCOMPARE(table.header, cells({"prompt", "style", "seed", "note"}));
    QCOMPARE(table.rows.size(), 4);
    QCOMPARE(table.rows.at(0).cells, cells({"a cat on a sofa", "oil painting", "42", "plain"}));
    QCOMPARE(table.rows.at(1).cells, cells({"red, green and blue", "watercolour", "7", "she said \"hi\""}));
    // A quoted line break stays in the cell (CRLF inside quotes is kept as typed).
    QCOMPARE(table.rows.at(2).cells, cells({"first line\r\nsecond line", "sketch", "0", "multi-line"}));
    // The full-width comma is text, the blank line is skipped, spaces around an unquoted cell are kept.
    QCOMPARE(table.rows.at(3).cells, cells({"山水画，水墨", "国画", "12", " spaces kept "}));
    QCOMPARE(table.rows.at(3).sourceRow, 5);
    QVERIFY(table.notes.isEmpty());
}

void TestCsvReader::encodingOverride_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<SheetEncoding>("encoding");
    QTest::addColumn<SheetError>("error");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("gb18030 file read as gb18030")
        << "people-gb18030.csv" << SheetEncoding::Gb18030 << SheetError::None << QStringLiteral("山水画，水墨");
    QTest::newRow("gb18030 file forced to utf-8")
        << "people-gb18030.csv" << SheetEncoding::Utf8 << SheetError::BadEncoding << QString();
    QTest::newRow("utf-8 file forced to gb18030 (mojibake, as asked)")
        << "people-utf8.csv" << SheetEncoding::Gb18030 << SheetError::None << QStringLiteral("灞辨按鐢伙紝姘村ⅷ");
    QTest::newRow("utf-16 le file forced to le")
        << "people-utf16le.csv" << SheetEncoding::Utf16LE << SheetError::None << QStringLiteral("山水画，水墨");
}

void TestCsvReader::encodingOverride()
{
    QFETCH(QString, file);
    QFETCH(SheetEncoding, encoding);
    QFETCH(SheetError, error);
    QFETCH(QString, chinese);
    CsvOptions options;
    options.encoding = encoding;
    const SheetReadResult result = readCsv(sheetFile(file), options);
    QCOMPARE(result.error, error);
    if (error != SheetError::None)
        return;
    QCOMPARE(result.table.encoding, encoding);
    QCOMPARE(result.table.rows.constLast().cells.constFirst(), chinese);
}

void TestCsvReader::separators_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("forced");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("firstRow");
    QTest::newRow("semicolon.csv") << sheetFile(QStringLiteral("semicolon.csv")) << QChar() << QChar(u';')
                                   << cells({"prompt", "strength", "seed"}) << cells({"a dog", "0,75", "3"});
    QTest::newRow("tabs") << QByteArray("a\tb,c\td\n1\t2,3\t4\n") << QChar() << QChar(u'\t') << cells({"a", "b,c", "d"})
                          << cells({"1", "2,3", "4"});
    QTest::newRow("comma beats semicolon") << QByteArray("a,b,c;d\n1,2,3\n") << QChar() << QChar(u',')
                                           << cells({"a", "b", "c;d"}) << cells({"1", "2", "3"});
    QTest::newRow("quoted separators do not count")
        << QByteArray("\"x;y;z\",w\n1,2\n") << QChar() << QChar(u',') << cells({"x;y;z", "w"}) << cells({"1", "2"});
    QTest::newRow("one column") << QByteArray("prompt\nhello\n") << QChar() << QChar(u',') << cells({"prompt"})
                                << cells({"hello"});
    QTest::newRow("forced semicolon") << QByteArray("a,b;c\n1,2;3\n") << QChar(u';') << QChar(u';')
                                      << cells({"a,b", "c"}) << cells({"1,2", "3"});
    QTest::newRow("short row padded, long row widens")
        << QByteArray("a,b\n1\n") << QChar() << QChar(u',') << cells({"a", "b"}) << cells({"1", ""});
    QTest::newRow("no final newline, stray quote kept")
        << QByteArray("a,b\n1,x\"y") << QChar() << QChar(u',') << cells({"a", "b"}) << cells({"1", "x\"y"});
}

void TestCsvReader::separators()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, forced);
    QFETCH(QChar, separator);
    QFETCH(QStringList, header);
    QFETCH(QStringList, firstRow);
    CsvOptions options;
    options.separator = forced;
    const SheetReadResult result = readCsv(bytes, options);
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.table.separator, separator);
    QCOMPARE(result.table.header, header);
    QCOMPARE(result.table.rows.constFirst().cells, firstRow);
}

void TestCsvReader::unicodeTextExport()
{
    const SheetReadResult result = readCsv(sheetFile(QStringLiteral("unicode-text-utf16.txt")));
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.table.encoding, SheetEncoding::Utf16LE);
    QCOMPARE(result.table.separator, QChar(u'\t'));
    QCOMPARE(result.table.header, cells({"prompt", "seed"}));
    QCOMPARE(result.table.rows.constFirst().cells, cells({"中文", "5"}));
}

void TestCsvReader::clipboardPaste()
{
    const SheetReadResult result = readPastedCells(QString::fromUtf8(sheetFile(QStringLiteral("paste.tsv"))));
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.table.header, cells({"prompt", "seed"}));
    QCOMPARE(result.table.rows.size(), 3);
    QCOMPARE(result.table.rows.at(0).cells, cells({"plain", "1"}));
    QCOMPARE(result.table.rows.at(1).cells, cells({"two\nlines", "2"}));
    QCOMPARE(result.table.rows.at(2).cells, cells({"tab\there", "3"}));
    // A paste of commas is still split on tabs only.
    const SheetReadResult commas = readPastedCells(QStringLiteral("a,b\tc\n1,2\t3\n"));
    QCOMPARE(commas.table.header, cells({"a,b", "c"}));
}

void TestCsvReader::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<SheetError>("error");
    QTest::newRow("no bytes") << QByteArray() << SheetError::Empty;
    QTest::newRow("only blank lines and separators") << QByteArray("\r\n,,,\r\n\n") << SheetError::Empty;
    QTest::newRow("unterminated quote") << QByteArray("a,b\n\"open,2\n3,4\n") << SheetError::BadCsv;
    QTest::newRow("nul bytes are text, not a crash") << QByteArray("a\0b,c\n1,2\n", 11) << SheetError::None;
    QTest::newRow("random binary decodes as gb18030 or fails cleanly")
        << QByteArray("\x80\xff\xfe\x00\x81\x30", 6) << SheetError::BadEncoding;
    QTest::newRow("stray quote and unterminated quote: lenient")
        << QByteArray("a,b\nx\"y,\"open\n") << SheetError::None;
}

void TestCsvReader::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(SheetError, error);
    const SheetReadResult result = readCsv(bytes);
    QCOMPARE(result.error, error);
}

void TestCsvReader::caps()
{
    CsvOptions options;
    options.limits.maxBytes = 10;
    QCOMPARE(readCsv(QByteArray("a,b\n1,2\n3,4\n"), options).error, SheetError::TooLarge);
    options.limits = SheetLimits();
    options.limits.maxCells = 5;
    const SheetReadResult cells = readCsv(QByteArray("a,b\n1,2\n3,4\n"), options);
    QCOMPARE(cells.error, SheetError::TooLarge);
    QVERIFY(cells.detail.contains(QStringLiteral("row 3")));
    options.limits = SheetLimits();
    options.limits.maxColumns = 2;
    QCOMPARE(readCsv(QByteArray("a,b,c\n"), options).error, SheetError::TooLarge);
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
