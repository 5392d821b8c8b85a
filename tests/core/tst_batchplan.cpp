// The batch dry run: header mapping, every cell checked against its input's FieldSpec (one row per type and per
// problem sentence), and the runs and queue jobs a sheet makes.
#include "batch/batchcell.h"
#include "batch/batchmapping.h"
#include "batch/batchplan.h"
#include "batch/foldersheet.h"
#include "testenv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace rh;

namespace {

NodeField field(const char *nodeId, const char *fieldName, const char *type, const char *data, const char *value,
                const char *description = "", const char *descriptionEn = "")
{
    NodeField f;
    f.nodeId = QString::fromUtf8(nodeId);
    f.fieldName = QString::fromUtf8(fieldName);
    f.fieldType = QString::fromUtf8(type);
    f.fieldData = QString::fromUtf8(data);
    f.fieldValue = QString::fromUtf8(value);
    f.description = QString::fromUtf8(description);
    f.descriptionEn = QString::fromUtf8(descriptionEn);
    return f;
}

const char *styleData = R"([{"name": "oil painting", "index": "oil"}, {"name": "watercolour", "index": "wc"},)"
                        R"( {"name": "sketch", "index": "sk"}])";

NodeFields appFields()
{
    return {field("6", "text", "STRING", R"(["STRING", {"multiline": true}])", "a cat", "提示词", "Prompt"),
            field("3", "steps", "INT", R"(["INT", {"default": 20, "min": 1, "max": 100}])", "20", "采样步数",
                  "Sampling steps"),
            field("3", "cfg", "FLOAT", R"(["FLOAT", {"min": 1.0, "max": 30.0}])", "7.5", "引导系数", "CFG scale"),
            field("30", "style", "LIST", styleData, "oil", "风格", "Style"),
            field("60", "select", "SWITCH", R"([{"name": "input1", "index": 1.0}, {"name": "input2", "index": 2.0}])",
                  "2", "放大开关", "Upscale switch"),
            field("12", "image", "IMAGE", R"([["cat.png"], {}])", "cat.png", "原图", "Source image")};
}

NodeField fieldOfType(const QString &type)
{
    for (const NodeField &f : appFields()) {
        if (f.fieldType == type)
            return f;
    }
    return {};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, qint64 size)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
        qFatal("cannot write %s", qPrintable(name));
    return file.fileName();
}

} // namespace

class TestBatchPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void headerKey_data();
    void headerKey();
    void mapping_data();
    void mapping();
    void cell_data();
    void cell();
    void runOptions();
    void lostDigitsIsAProblem();
    void planKeepsFormValuesAndSkipsBadRows();
    void folderOfImages();

private:
    QTemporaryDir m_dir;
};

void TestBatchPlan::initTestCase()
{
    rh::test::isolateEnvironment();
    QVERIFY(m_dir.isValid());
    writeFile(m_dir, QStringLiteral("cat.png"), 100);
    writeFile(m_dir, QStringLiteral("empty.png"), 0);
    writeFile(m_dir, QStringLiteral("notes.txt"), 10);
    writeFile(m_dir, QStringLiteral("huge.png"), FieldSpec::maxUploadBytes + 1);
}

void TestBatchPlan::headerKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("case") << "Sampling Steps"
                          << "sampling steps";
    QTest::newRow("spaces") << " CFG  scale "
                            << "cfgscale";
    QTest::newRow("full-width punctuation") << QString::fromUtf8("时长（秒）") << QString::fromUtf8("时长(秒)");
    QTest::newRow("full-width colon and letters") << QString::fromUtf8("３：ｓｔｅｐｓ") << "3:steps";
}

void TestBatchPlan::headerKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(batchHeaderKey(a), batchHeaderKey(b));
}

void TestBatchPlan::mapping_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("key"); // nodeId:fieldName for inputs
    using Role = BatchColumn::Role;
    QTest::newRow("description") << QString::fromUtf8("采样步数") << int(Role::Input) << "3:steps";
    QTest::newRow("descriptionEn, any case") << "sampling STEPS" << int(Role::Input) << "3:steps";
    QTest::newRow("fieldName") << "cfg" << int(Role::Input) << "3:cfg";
    QTest::newRow("nodeId:fieldName") << "30:style" << int(Role::Input) << "30:style";
    QTest::newRow("full-width nodeId：fieldName")
        << QString::fromUtf8("６０：select") << int(Role::Input) << "60:select";
    QTest::newRow("label") << "Label" << int(Role::Label) << "";
    QTest::newRow("instanceType") << "instance type" << int(Role::InstanceType) << "";
    QTest::newRow("webhookUrl") << "WebhookURL" << int(Role::WebhookUrl) << "";
    QTest::newRow("unknown") << "notes" << int(Role::Ignore) << "";
}

void TestBatchPlan::mapping()
{
    QFETCH(QString, header);
    QFETCH(int, role);
    QFETCH(QString, key);
    const BatchMapping mapping = guessBatchMapping({header}, appFields());
    QCOMPARE(mapping.size(), 1);
    QCOMPARE(int(mapping.first().role), role);
    if (!key.isEmpty())
        QCOMPARE(mapping.first().nodeId + u':' + mapping.first().fieldName, key);
}

void TestBatchPlan::cell_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");
    const auto ok = [](const char *name, const char *type, const char *cell, const char *value) {
        QTest::newRow(name) << QString::fromUtf8(type) << QString::fromUtf8(cell) << QString::fromUtf8(value)
                            << QString();
    };
    const auto bad = [](const char *name, const char *type, const char *cell, const char *problem) {
        QTest::newRow(name) << QString::fromUtf8(type) << QString::fromUtf8(cell) << QString()
                            << QString::fromUtf8(problem);
    };
    ok("text as typed", "STRING", "  a dog ", "  a dog ");
    ok("text may be empty", "STRING", "", "");
    ok("int", "INT", "42", "42");
    ok("int written as 42.0", "INT", "42.0", "42");
    bad("int not a number", "INT", "many", "row 17, column 'Col': 'many' is not a number");
    bad("int not whole", "INT", "2.5", "row 17, column 'Col': '2.5' is not a whole number");
    bad("int below", "INT", "0", "row 17, column 'Col': 0 is below the minimum 1");
    bad("int above", "INT", "101", "row 17, column 'Col': 101 is above the maximum 100");
    ok("float", "FLOAT", "7.25", "7.25");
    bad("float not a number", "FLOAT", "7,5", "row 17, column 'Col': '7,5' is not a number");
    bad("float above", "FLOAT", "31", "row 17, column 'Col': 31 is above the maximum 30");
    ok("list by index", "LIST", "wc", "wc");
    ok("list by name, any case", "LIST", "Oil Painting", "oil");
    bad("list not offered", "LIST", "pastel",
        "row 17, column 'Col': 'pastel' is not one of: oil painting, watercolour, sketch");
    ok("switch by index 2.0", "SWITCH", "2.0", "2");
    ok("switch by name", "SWITCH", "input1", "1");
    bad("switch not offered", "SWITCH", "3", "row 17, column 'Col': '3' is not one of: input1, input2");
    bad("required", "LIST", "  ", "row 17, column 'Col': a value is required");
    ok("image, relative to the sheet", "IMAGE", "cat.png", "cat.png");
    bad("image missing", "IMAGE", "dog.png", "row 17, column 'Col': file 'dog.png' does not exist");
    bad("image wrong format", "IMAGE", "notes.txt",
        "row 17, column 'Col': 'notes.txt' is not a file this input takes (jpg, jpeg, png, webp)");
    bad("image empty", "IMAGE", "empty.png", "row 17, column 'Col': file 'empty.png' is empty");
    bad("image over 30 MB", "IMAGE", "huge.png", "row 17, column 'Col': file 'huge.png' is larger than 30 MB");
    bad("image required", "IMAGE", "", "row 17, column 'Col': a value is required");
}

void TestBatchPlan::cell()
{
    QFETCH(QString, type);
    QFETCH(QString, cell);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    const FieldSpec spec = FieldSpec::fromField(fieldOfType(type));
    const BatchCell checked = checkBatchCell(spec, cell, {17, QStringLiteral("Col")}, m_dir.path());
    QCOMPARE(checked.problem, problem);
    QCOMPARE(checked.value, value);
    if (spec.isMedia() && problem.isEmpty())
        QCOMPARE(checked.localPath, m_dir.filePath(cell));
}

void TestBatchPlan::runOptions()
{
    const BatchCellPlace place{4, QStringLiteral("instanceType")};
    QCOMPARE(checkInstanceTypeCell(QStringLiteral(" Plus "), place).value, QStringLiteral("plus"));
    QCOMPARE(checkInstanceTypeCell(QStringLiteral("turbo"), place).problem,
             QStringLiteral("row 4, column 'instanceType': 'turbo' is not one of: default, plus"));
    QCOMPARE(checkWebhookCell(QStringLiteral("https://example.com/hook"), place).problem, QString());
    QCOMPARE(checkWebhookCell(QStringLiteral("example.com/hook"), {4, QStringLiteral("webhookUrl")}).problem,
             QStringLiteral("row 4, column 'webhookUrl': 'example.com/hook' is not an http(s) address"));
}

void TestBatchPlan::lostDigitsIsAProblem()
{
    SheetTable table;
    table.header = QStringList{QStringLiteral("prompt")};
    table.rows = {SheetRow{2, {QStringLiteral("1234567890123460000")}}};
    table.notes = {SheetNote{0, 0, SheetNoteKind::NumberIdLostDigits, QStringLiteral("1.23456789012346E+18")}};
    RunRequest base{QStringLiteral("1"), appFields(), {}, {}};
    const BatchPlan plan = planBatch(table, guessBatchMapping(table.header, base.nodes), base, m_dir.path());
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.first().text, QStringLiteral("row 2, column 'prompt': the number 1.23456789012346E+18 lost "
                                                        "digits in the spreadsheet; store ids as text"));
}

void TestBatchPlan::planKeepsFormValuesAndSkipsBadRows()
{
    SheetTable table;
    table.header =
        QStringList{QStringLiteral("Prompt"), QStringLiteral("Style"), QStringLiteral("原图"), QStringLiteral("label")};
    table.rows = {
        SheetRow{2,
                 {QStringLiteral("a fox"), QStringLiteral("sketch"), QStringLiteral("cat.png"), QStringLiteral("fox")}},
        SheetRow{3, {QStringLiteral("a owl"), QStringLiteral("oil"), QStringLiteral("owl.png"), QString()}},
        SheetRow{4, {QStringLiteral("a bee"), QStringLiteral("watercolour"), QStringLiteral("cat.png"), QString()}}};
    RunRequest base{QStringLiteral("1877265245566922753"), appFields(), QStringLiteral("plus"), QString()};
    const BatchPlan plan = planBatch(table, guessBatchMapping(table.header, base.nodes), base, m_dir.path());
    QCOMPARE(plan.runs.size(), 3);
    QCOMPARE(plan.goodCount(), 2);
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.first().sourceRow, 3);
    QCOMPARE(plan.problems.first().text, QStringLiteral("row 3, column '原图': file 'owl.png' does not exist"));

    // A bad cell's text stays in its (never sent) run, for the preview and the manifest.
    QCOMPARE(plan.runs.at(1).request.nodes.at(5).fieldValue, QStringLiteral("owl.png"));
    QVERIFY(plan.runs.at(1).media.isEmpty());

    const BatchRun &fox = plan.runs.first();
    QCOMPARE(fox.request.nodes.at(0).fieldValue, QStringLiteral("a fox"));
    QCOMPARE(fox.request.nodes.at(1).fieldValue, QStringLiteral("20")); // no column: the form's value
    QCOMPARE(fox.request.nodes.at(3).fieldValue, QStringLiteral("sk"));
    QCOMPARE(fox.request.instanceType, QStringLiteral("plus"));
    QCOMPARE(fox.media.size(), 1);
    QCOMPARE(fox.media.first().localPath, m_dir.filePath(QStringLiteral("cat.png")));
    QCOMPARE(fox.media.first().fileType, QStringLiteral("IMAGE"));

    const QList<JobSpec> specs = batchJobSpecs(plan, QStringLiteral("sandbox"), QStringLiteral("Demo"));
    QCOMPARE(specs.size(), 2);
    QCOMPARE(specs.at(0).label, QStringLiteral("fox"));
    QCOMPARE(specs.at(1).label, QStringLiteral("Demo · row 4"));
    QCOMPARE(specs.at(1).origin.kind, JobOrigin::Kind::Batch);
    QCOMPARE(specs.at(1).origin.batchRow, 4);
    QCOMPARE(specs.at(1).request.nodes.at(3).fieldValue, QStringLiteral("wc"));

    const QList<ManifestLine> skipped = skippedManifestLines(plan);
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.first().sourceRow, 3);
    QCOMPARE(skipped.first().state, QStringLiteral("skipped"));
    QCOMPARE(skipped.first().values.at(0), QStringLiteral("a owl"));
    QCOMPARE(skipped.first().error, plan.problems.first().text);
}

void TestBatchPlan::folderOfImages()
{
    QTemporaryDir folder;
    for (const char *name : {"take 10.png", "take 2.jpg", "notes.txt", ".hidden.png", "song.mp3"})
        writeFile(folder, QString::fromUtf8(name), 10);
    QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("sub.png")));
    const SheetReadResult read = readFolderSheet(folder.path());
    QVERIFY(read.ok());
    QCOMPARE(read.table.header, (QStringList{QStringLiteral("file"), QStringLiteral("label")}));
    QCOMPARE(read.table.rows.size(), 3); // numeric order; no text file, hidden file or folder
    QCOMPARE(read.table.rows.at(0).cells, (QStringList{QStringLiteral("song.mp3"), QStringLiteral("song")}));
    QCOMPARE(read.table.rows.at(1).cells, (QStringList{QStringLiteral("take 2.jpg"), QStringLiteral("take 2")}));
    QCOMPARE(read.table.rows.at(2).sourceRow, 3);

    RunRequest base{QStringLiteral("1"), appFields(), {}, {}};
    const BatchMapping mapping = folderMapping(base.nodes);
    QCOMPARE(mapping.first(), BatchColumn::input(fieldOfType(QStringLiteral("IMAGE"))));
    QCOMPARE(mapping.last().role, BatchColumn::Role::Label);
    const BatchPlan plan = planBatch(read.table, mapping, base, folder.path());
    QCOMPARE(plan.goodCount(), 2);
    QCOMPARE(plan.problems.size(), 1); // an mp3 is no image
    QCOMPARE(plan.problems.first().text,
             QStringLiteral("row 1, column 'file': 'song.mp3' is not a file this input takes (jpg, jpeg, png, webp)"));
    QCOMPARE(plan.runs.at(1).label, QStringLiteral("take 2"));
    QCOMPARE(plan.runs.at(1).media.first().localPath, folder.filePath(QStringLiteral("take 2.jpg")));
    QCOMPARE(readFolderSheet(m_dir.filePath(QStringLiteral("missing"))).error, SheetError::Empty);
}

QTEST_GUILESS_MAIN(TestBatchPlan)
#include "tst_batchplan.moc"
