// The XLSX reader against files made by real writers; tests/data/sheets/make-sheets.sh remakes them:
//   xlsxwriter-shared.xlsx  python3-xlsxwriter 3.0.2, default mode: shared strings, rich-text runs
//   xlsxwriter-inline.xlsx  python3-xlsxwriter 3.0.2, constant_memory mode: inline strings
//   openpyxl.xlsx           python3-openpyxl 3.0.9: inline strings, its own part order, t="n" numbers
//   libreoffice.xlsx        LibreOffice Calc 7.4.7 (headless, xlsxwriter-shared.xlsx saved again): numbers as
//                           "1.23456789012346E+018" and "1E-007", booleans as TRUE() formulas with cached values
// Each holds the sheets "Jobs" (a 19-digit id typed as a number, a gap column, an empty row) and "第二页".
#include "batch/xlsxcell.h"
#include "batch/xlsxreader.h"
#include "sheetdata.h"
#include "testenv.h"

#include <QtTest>

using namespace rh;

Q_DECLARE_METATYPE(rh::SheetError)

class TestXlsxReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void firstSheet_data();
    void firstSheet();
    void chosenSheet_data();
    void chosenSheet();
    void columnIndex_data();
    void columnIndex();
    void numberText_data();
    void numberText();
    void handWrittenCells();
    void badInput_data();
    void badInput();
    void zipBombCapped();
};

using rh::test::cells;
using rh::test::sheetFile;
using rh::test::zipOf;

namespace {

const QByteArray minimalRels = R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
 Target="worksheets/sheet1.xml"/></Relationships>)";
const QByteArray minimalBook = R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>
<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)";

QByteArray workbookWithSheet(const QByteArray &sheetXml)
{
    return zipOf({{QStringLiteral("xl/workbook.xml"), minimalBook},
                  {QStringLiteral("xl/_rels/workbook.xml.rels"), minimalRels},
                  {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml}});
}

} // namespace

void TestXlsxReader::firstSheet_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("xlsxwriter, shared strings") << "xlsxwriter-shared.xlsx";
    QTest::newRow("xlsxwriter, inline strings") << "xlsxwriter-inline.xlsx";
    QTest::newRow("openpyxl") << "openpyxl.xlsx";
    QTest::newRow("LibreOffice") << "libreoffice.xlsx";
}

void TestXlsxReader::firstSheet()
{
    QFETCH(QString, file);
    const SheetReadResult result = readXlsx(sheetFile(file));
    QVERIFY2(result.ok(), qPrintable(result.detail));
    const SheetTable &table = result.table;
    // Column G is empty everywhere: the gap stays, so H is still the 8th column.
    QCOMPARE(table.header, cells({"prompt", "seed", "strength", "id", "id as text", "flag", "", "last"}));
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows.at(0).cells,
             cells({"山水画", "42", "0.75", "1234567890123460000", "1234567890123456789", "TRUE", "", "x"}));
    QCOMPARE(table.rows.at(1).cells, cells({"two\nlines", "7", "0.3", "123456789012345", "7", "FALSE", "", ""}));
    // The empty row 4 is skipped; row numbers are the sheet's own.
    QCOMPARE(table.rows.at(2).cells, cells({"after a gap", "-3", "1e-07", "12", "", "", "", "far"}));
    QCOMPARE(table.rows.at(0).sourceRow, 2);
    QCOMPARE(table.rows.at(2).sourceRow, 5);
    // Only the 19-digit number is flagged; the 15-digit one and the id stored as text are fine.
    QCOMPARE(table.notes.size(), 1);
    QCOMPARE(table.notes.at(0).row, 0);
    QCOMPARE(table.notes.at(0).column, 3);
    QCOMPARE(table.notes.at(0).kind, SheetNoteKind::NumberIdLostDigits);
    // The number as the file holds it: 17 digits from xlsxwriter, 15 from LibreOffice.
    QVERIFY(qAbs(table.notes.at(0).detail.toDouble() / 1234567890123456789.0 - 1) < 1e-14);
}

void TestXlsxReader::chosenSheet_data()
{
    firstSheet_data();
}

void TestXlsxReader::chosenSheet()
{
    QFETCH(QString, file);
    const QByteArray bytes = sheetFile(file);
    SheetError error = SheetError::Empty;
    QCOMPARE(xlsxSheetNames(bytes, &error), cells({"Jobs", "第二页"}));
    QCOMPARE(error, SheetError::None);
    const SheetReadResult second = readXlsx(bytes, QStringLiteral("第二页"));
    QVERIFY2(second.ok(), qPrintable(second.detail));
    QCOMPARE(second.table.header, cells({"name", "count"}));
    QCOMPARE(second.table.rows.at(0).cells, cells({"only here", "5"}));
    if (file.startsWith(u"xlsxwriter")) // rich-text runs joined
        QCOMPARE(second.table.rows.at(1).cells, cells({"bold and plain", ""}));
    const SheetReadResult missing = readXlsx(bytes, QStringLiteral("Sheet9"));
    QCOMPARE(missing.error, SheetError::SheetNotFound);
    QCOMPARE(missing.detail, QStringLiteral("Sheet9"));
}

void TestXlsxReader::columnIndex_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("column");
    QTest::newRow("A1") << "A1" << 0;
    QTest::newRow("Z9") << "Z9" << 25;
    QTest::newRow("AA10") << "AA10" << 26;
    QTest::newRow("AB12") << "AB12" << 27;
    QTest::newRow("XFD1048576") << "XFD1048576" << 16383;
    QTest::newRow("lower case") << "h5" << 7;
    QTest::newRow("absolute $C$3") << "$C$3" << 2;
    QTest::newRow("no letters") << "12" << -1;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("four letters") << "ABCD1" << -1;
}

void TestXlsxReader::columnIndex()
{
    QFETCH(QString, reference);
    QFETCH(int, column);
    QCOMPARE(xlsxColumnIndex(reference), column);
}

void TestXlsxReader::numberText_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("lostDigits");
    QTest::newRow("integer") << "42"
                             << "42" << false;
    QTest::newRow("integer written as float") << "3.0"
                                              << "3" << false;
    QTest::newRow("negative") << "-3"
                              << "-3" << false;
    QTest::newRow("exponent integer") << "1.5E+3"
                                      << "1500" << false;
    QTest::newRow("binary noise trimmed to 15 digits") << "0.30000000000000004"
                                                       << "0.3" << false;
    QTest::newRow("fraction") << "0.75"
                              << "0.75" << false;
    QTest::newRow("15 digits kept") << "123456789012345"
                                    << "123456789012345" << false;
    QTest::newRow("16 digits lost") << "1234567890123456"
                                    << "1234567890123460" << true;
    QTest::newRow("19-digit id as Excel stores it") << "1.23456789012346E+18"
                                                    << "1234567890123460000" << true;
    QTest::newRow("19-digit id, 16 stored digits") << "1.234567890123457E+18"
                                                   << "1234567890123460000" << true;
    QTest::newRow("negative long id") << "-1.23456789012346E+18"
                                      << "-1234567890123460000" << true;
    QTest::newRow("huge") << "1E+300"
                          << "1e+300" << false;
    QTest::newRow("not a number kept") << "abc"
                                       << "abc" << false;
}

void TestXlsxReader::numberText()
{
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    QFETCH(bool, lostDigits);
    bool lost = !lostDigits;
    QCOMPARE(xlsxNumberText(stored, &lost), shown);
    QCOMPARE(lost, lostDigits);
}

// Cells without references, formulas with cached values, errors, phonetic runs and Excel's _xHHHH_ escapes.
void TestXlsxReader::handWrittenCells()
{
    const QByteArray sheet = R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c><c><v>1</v></c></row>
<row><c t="str"><f>A1&amp;"x"</f><v>ax</v></c><c t="e"><v>#N/A</v></c>
<c t="inlineStr"><is><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c></row>
<row r="7"><c r="C7" t="inlineStr"><is><t>line_x000D_end _x005F_x0041_</t></is></c></row>
</sheetData></worksheet>)";
    const SheetReadResult result = readXlsx(workbookWithSheet(sheet));
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.table.header, cells({"a", "b", "1"}));
    QCOMPARE(result.table.rows.at(0).cells, cells({"ax", "#N/A", "東京"}));
    QCOMPARE(result.table.rows.at(1).cells, cells({"", "", "line\rend _x0041_"}));
    QCOMPARE(result.table.rows.at(1).sourceRow, 7);
}

void TestXlsxReader::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<SheetError>("error");
    QTest::newRow("no bytes") << QByteArray() << SheetError::Empty;
    QTest::newRow("a csv renamed .xlsx") << QByteArray("a,b\n1,2\n") << SheetError::NotXlsx;
    QTest::newRow("a truncated xlsx") << sheetFile(QStringLiteral("xlsxwriter-shared.xlsx")).left(3000)
                                      << SheetError::NotXlsx;
    QTest::newRow("a zip without a workbook")
        << zipOf({{QStringLiteral("hello.txt"), QByteArray("hi")}}) << SheetError::NotXlsx;
    QTest::newRow("sheet part missing") << zipOf({{QStringLiteral("xl/workbook.xml"), minimalBook},
                                                  {QStringLiteral("xl/_rels/workbook.xml.rels"), minimalRels}})
                                        << SheetError::BadXlsx;
    QTest::newRow("broken sheet xml") << workbookWithSheet("<worksheet><sheetData><row><c><v>1</v></row>")
                                      << SheetError::BadXlsx;
    QTest::newRow("shared string index out of range")
        << workbookWithSheet("<worksheet><sheetData><row><c t=\"s\"><v>5</v></c></row></sheetData></worksheet>")
        << SheetError::BadXlsx;
    QTest::newRow("column past XFD")
        << workbookWithSheet("<worksheet><sheetData><row><c r=\"XFE1\"><v>1</v></c></row></sheetData></worksheet>")
        << SheetError::TooLarge;
    QTest::newRow("not a cell reference")
        << workbookWithSheet("<worksheet><sheetData><row><c r=\"12\"><v>1</v></c></row></sheetData></worksheet>")
        << SheetError::BadXlsx;
    QTest::newRow("no rows") << workbookWithSheet("<worksheet><sheetData/></worksheet>") << SheetError::Empty;
}

void TestXlsxReader::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(SheetError, error);
    const SheetReadResult result = readXlsx(bytes);
    QCOMPARE(result.error, error);
    QVERIFY(result.table.header.isEmpty());
}

// 20 MB of zeros compress to ~20 KB: a part over the cap is refused before it is unpacked in full.
void TestXlsxReader::zipBombCapped()
{
    QByteArray sheet = "<worksheet><sheetData><row><c><v>1</v></c></row></sheetData>";
    sheet.append(QByteArray(20 * 1024 * 1024, ' '));
    sheet.append("</worksheet>");
    const QByteArray bytes = workbookWithSheet(sheet);
    QVERIFY(bytes.size() < 1024 * 1024);
    SheetLimits limits;
    limits.maxBytes = 4 * 1024 * 1024;
    const SheetReadResult result = readXlsx(bytes, {}, limits);
    QCOMPARE(result.error, SheetError::TooLarge);
    QVERIFY2(result.detail.contains(QStringLiteral("sheet1.xml")), qPrintable(result.detail));
    QVERIFY(readXlsx(bytes).ok());
}

QTEST_APPLESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
