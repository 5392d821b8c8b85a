// How long a 10,000-row batch takes to open (CSV and XLSX), map and validate (every cell against the sandbox
// text-to-image app's FieldSpecs, plus a media column checked on disk). Goals from issue 11: open ≤ 1 s, validate
// ≤ 200 ms. Prints figures only. Built with -DRHDESK_BUILD_BENCH=ON; run by hand: ./bench_batch [rows]
#include "batch/batchmapping.h"
#include "batch/batchplan.h"
#include "batch/sheetfile.h"
#include "sheetdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace rh;

namespace {

QTextStream out(stdout);

NodeField input(const char *nodeId, const char *fieldName, const char *type, const char *data, const char *value,
                const char *description)
{
    NodeField f;
    f.nodeId = QString::fromLatin1(nodeId);
    f.fieldName = QString::fromLatin1(fieldName);
    f.fieldType = QString::fromLatin1(type);
    f.fieldData = QString::fromUtf8(data);
    f.fieldValue = QString::fromLatin1(value);
    f.description = QString::fromUtf8(description);
    return f;
}

RunRequest base()
{
    RunRequest request;
    request.webappId = QStringLiteral("1877265245566922753");
    request.nodes = {
        input("6", "text", "STRING", R"(["STRING", {"multiline": true}])", "", "提示词"),
        input("3", "steps", "INT", R"(["INT", {"default": 20, "min": 1, "max": 100}])", "20", "采样步数"),
        input("3", "cfg", "FLOAT", R"(["FLOAT", {"min": 1.0, "max": 30.0}])", "7.5", "引导系数"),
        input("30", "model", "LIST",
              R"([{"name": "flux-pro", "index": "flux-pro"}, {"name": "flux-dev", "index": "flux-dev"}])", "flux-pro",
              "模型"),
        input("12", "image", "IMAGE", R"([["cat.png"], {}])", "cat.png", "原图"),
    };
    return request;
}

const QStringList header{QStringLiteral("Prompt"), QStringLiteral("采样步数"), QStringLiteral("cfg"),
                         QStringLiteral("Model"),  QStringLiteral("原图"),     QStringLiteral("label")};

QStringList rowCells(int n)
{
    return {QStringLiteral("a lighthouse at dawn, \"take\" %1, 水彩").arg(n),
            QString::number(1 + n % 100),
            QString::number(1 + (n % 58) * 0.5),
            n % 2 ? QStringLiteral("flux-dev") : QStringLiteral("flux-pro"),
            QStringLiteral("images/%1.png").arg(n % 50),
            QStringLiteral("take %1").arg(n)};
}

QByteArray csvOf(int rows)
{
    QByteArray bytes = "\xEF\xBB\xBF";
    const auto line = [&bytes](const QStringList &cells) {
        QStringList quoted;
        for (QString cell : cells)
            quoted.append(QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + u'"');
        bytes += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    line(header);
    for (int n = 1; n <= rows; ++n)
        line(rowCells(n));
    return bytes;
}

/// An .xlsx laid out as Excel writes it (shared strings, numbers as numbers), zipped with QuaZip.
QByteArray xlsxOf(int rows)
{
    QStringList strings;
    QHash<QString, int> index;
    const auto cellXml = [&](int column, const QString &text, int row) {
        const QString ref = QString(QChar(u'A' + column)) + QString::number(row);
        bool number = false;
        text.toDouble(&number);
        if (number)
            return QStringLiteral("<c r=\"%1\"><v>%2</v></c>").arg(ref, text);
        if (!index.contains(text)) {
            index.insert(text, int(strings.size()));
            strings.append(text);
        }
        return QStringLiteral("<c r=\"%1\" t=\"s\"><v>%2</v></c>").arg(ref).arg(index.value(text));
    };
    QString sheet = QStringLiteral("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                   "<sheetData>");
    for (int r = 0; r <= rows; ++r) {
        const QStringList cells = r == 0 ? header : rowCells(r);
        sheet += QStringLiteral("<row r=\"%1\">").arg(r + 1);
        for (int c = 0; c < cells.size(); ++c)
            sheet += cellXml(c, cells.at(c), r + 1);
        sheet += QStringLiteral("</row>");
    }
    sheet += QStringLiteral("</sheetData></worksheet>");
    QString shared = QStringLiteral("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (const QString &s : std::as_const(strings))
        shared += QStringLiteral("<si><t>%1</t></si>").arg(s.toHtmlEscaped());
    shared += QStringLiteral("</sst>");
    const QList<QPair<QString, QByteArray>> parts = {
        {QStringLiteral("xl/workbook.xml"),
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
         "<sheet name=\"Batch\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
         "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas."
         "openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
         "</Relationships>"},
        {QStringLiteral("xl/sharedStrings.xml"), shared.toUtf8()},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet.toUtf8()}};
    return test::zipOf(parts);
}

double bestMs(const std::function<void()> &work, int repeats = 3)
{
    double best = 1e18;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

void row(const QString &figure, double ms, const QString &goal)
{
    out << "ROW\t" << figure << '\t' << QString::number(ms, 'f', 1) << " ms\t—\t—\t" << goal << Qt::endl;
}

void measure(const QString &format, const QString &path, int rows)
{
    SheetFile sheet;
    row(QStringLiteral("batch: open %1 rows of %2").arg(rows).arg(format), bestMs([&] { sheet = readSheetFile(path); }),
        QStringLiteral("≤ 1000 ms"));
    if (!sheet.ok() || sheet.read.table.rows.size() != rows)
        qFatal("%s: read %d rows", qPrintable(format), int(sheet.read.table.rows.size()));
    const RunRequest request = base();
    BatchMapping mapping;
    row(QStringLiteral("batch: map %1 columns (%2)").arg(header.size()).arg(format),
        bestMs([&] { mapping = guessBatchMapping(sheet.read.table.header, request.nodes); }), QStringLiteral("—"));
    BatchPlan plan;
    row(QStringLiteral("batch: validate %1 rows of %2").arg(rows).arg(format),
        bestMs([&] { plan = planBatch(sheet.read.table, mapping, request, QFileInfo(path).absolutePath()); }),
        QStringLiteral("≤ 200 ms"));
    if (plan.goodCount() != rows)
        qFatal("%s: %d problems, first: %s", qPrintable(format), int(plan.problems.size()),
               qPrintable(plan.problems.value(0).text));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("images"));
    for (int n = 0; n < 50; ++n) {
        QFile image(dir.filePath(QStringLiteral("images/%1.png").arg(n)));
        if (!image.open(QIODevice::WriteOnly) || !image.resize(1024))
            qFatal("cannot write the images");
    }
    const QString csv = dir.filePath(QStringLiteral("batch.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("batch.xlsx"));
    for (const auto &[path, bytes] : {std::pair{csv, csvOf(rows)}, std::pair{xlsx, xlsxOf(rows)}}) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        out << QFileInfo(path).fileName() << ": " << bytes.size() / 1024 << " KiB" << Qt::endl;
    }
    measure(QStringLiteral("CSV"), csv, rows);
    measure(QStringLiteral("XLSX"), xlsx, rows);
    return 0;
}
