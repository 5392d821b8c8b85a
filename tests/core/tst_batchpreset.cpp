// A batch kept with a preset: what each column fed survives as a key, the mapping comes back for the sheet read
// again (and says which columns are new or gone), and the batch_json text round-trips and refuses newer formats.
#include "batch/batchpreset.h"
#include "store/presetbatchjson.h"

#include <QtTest>

using namespace rh;

namespace {

NodeField field(const char *nodeId, const char *fieldName, const char *description)
{
    NodeField f;
    f.nodeId = QString::fromUtf8(nodeId);
    f.fieldName = QString::fromUtf8(fieldName);
    f.description = QString::fromUtf8(description);
    f.fieldType = QStringLiteral("STRING");
    return f;
}

const NodeFields fields = {field("6", "text", "提示词"), field("3", "steps", "采样步数"),
                           field("30", "model", "Model")};

QStringList list(const char *joined)
{
    return joined[0] ? QString::fromUtf8(joined).split(u'|') : QStringList();
}

/// "input:6:text|label|" → the columns of a saved batch with @p header.
QList<PresetBatch::Column> saved(const QStringList &header, const QStringList &feeds)
{
    QList<PresetBatch::Column> columns;
    for (int i = 0; i < header.size(); ++i)
        columns.append({header.at(i), feeds.value(i)});
    return columns;
}

} // namespace

Q_DECLARE_METATYPE(rh::BatchColumn)

class TestBatchPreset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnKeys_data();
    void columnKeys();
    void unknownKeysAreIgnored();
    void encodingKeys();
    void restore_data();
    void restore();
    void json();
    void jsonRefusesNewerOrBroken_data();
    void jsonRefusesNewerOrBroken();
};

void TestBatchPreset::columnKeys_data()
{
    QTest::addColumn<BatchColumn>("column");
    QTest::addColumn<QString>("key");
    QTest::newRow("not used") << BatchColumn{} << "";
    QTest::newRow("label") << BatchColumn{BatchColumn::Role::Label, {}, {}} << "label";
    QTest::newRow("instance type") << BatchColumn{BatchColumn::Role::InstanceType, {}, {}} << "instanceType";
    QTest::newRow("webhook") << BatchColumn{BatchColumn::Role::WebhookUrl, {}, {}} << "webhookUrl";
    QTest::newRow("input") << BatchColumn::input(fields.at(0)) << "input:6:text";
    QTest::newRow("field name with a colon")
        << BatchColumn{BatchColumn::Role::Input, QStringLiteral("12"), QStringLiteral("a:b")} << "input:12:a:b";
}

void TestBatchPreset::columnKeys()
{
    QFETCH(BatchColumn, column);
    QFETCH(QString, key);
    QCOMPARE(batchColumnKey(column), key);
    QVERIFY(batchColumnFromKey(key) == column);
}

void TestBatchPreset::unknownKeysAreIgnored()
{
    for (const char *key : {"input:", "input:6", "input::text", "Label", "prompt", "6:text"})
        QVERIFY2(batchColumnFromKey(QString::fromLatin1(key)) == BatchColumn{}, key);
}

void TestBatchPreset::encodingKeys()
{
    for (SheetEncoding encoding : {SheetEncoding::Auto, SheetEncoding::Utf8, SheetEncoding::Utf16LE,
                                   SheetEncoding::Utf16BE, SheetEncoding::Gb18030})
        QCOMPARE(sheetEncodingFromKey(sheetEncodingKey(encoding)), encoding);
    QCOMPARE(sheetEncodingKey(SheetEncoding::Auto), QString());
    QCOMPARE(sheetEncodingFromKey(QStringLiteral("latin-1")), SheetEncoding::Auto);
}

void TestBatchPreset::restore_data()
{
    QTest::addColumn<QStringList>("savedHeader");
    QTest::addColumn<QStringList>("savedFeeds");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("mapping"); // batchColumnKey of each column restored
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("missing");
    // The saved choice wins over the guess: "Prompt" would guess nothing, "采样步数" would guess steps.
    QTest::newRow("same sheet") << list("Prompt|采样步数|Notes") << list("input:6:text||label")
                                << list("Prompt|采样步数|Notes") << list("input:6:text||label") << list("") << list("");
    QTest::newRow("moved columns, other case and spaces")
        << list("Prompt|采样步数") << list("input:6:text|input:3:steps") << list("steps|采样 步数|PROMPT")
        << list("|input:3:steps|input:6:text") << list("steps") << list("");
    QTest::newRow("a new column is guessed among the free inputs")
        << list("Prompt") << list("input:6:text") << list("Prompt|Model|提示词") << list("input:6:text|input:30:model|")
        << list("Model|提示词") << list("");
    QTest::newRow("a gone column") << list("Prompt|label") << list("input:6:text|label") << list("Prompt")
                                   << list("input:6:text") << list("") << list("label");
    QTest::newRow("an input the app dropped") << list("Prompt|Seed") << list("input:6:text|input:99:seed")
                                              << list("Prompt|Seed") << list("input:6:text|") << list("") << list("");
    QTest::newRow("the same header twice") << list("a|a") << list("input:6:text|input:3:steps") << list("a|a")
                                           << list("input:6:text|input:3:steps") << list("") << list("");
}

void TestBatchPreset::restore()
{
    QFETCH(QStringList, savedHeader);
    QFETCH(QStringList, savedFeeds);
    QFETCH(QStringList, header);
    const RestoredMapping restored = restoreBatchMapping(saved(savedHeader, savedFeeds), header, fields);
    QStringList keys;
    for (const BatchColumn &column : restored.mapping)
        keys.append(batchColumnKey(column));
    QCOMPARE(restored.mapping.size(), header.size());
    QTEST(keys, "mapping");
    QTEST(restored.added, "added");
    QTEST(restored.missing, "missing");
    QCOMPARE(savedBatchColumns(header, restored.mapping).size(), header.size());
}

void TestBatchPreset::json()
{
    QVERIFY(presetBatchToJson(PresetBatch{}).isEmpty());
    bool ok = false;
    QVERIFY(presetBatchFromJson(QByteArray(), &ok).isEmpty());
    QVERIFY(ok);
    PresetBatch batch;
    batch.sheetPath = QStringLiteral("/home/安/表格/prompts.csv");
    batch.encoding = sheetEncodingKey(SheetEncoding::Gb18030);
    batch.skipProblems = false;
    batch.columns = savedBatchColumns(list("提示词|Notes"), {BatchColumn::input(fields.at(0)), BatchColumn{}});
    const QByteArray json = presetBatchToJson(batch);
    QVERIFY(json.contains("\"version\":1"));
    QCOMPARE(presetBatchFromJson(json, &ok), batch);
    QVERIFY(ok);
}

void TestBatchPreset::jsonRefusesNewerOrBroken_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("newer") << QByteArray(R"({"version":2,"sheetPath":"/a.csv","columns":[]})");
    QTest::newRow("no version") << QByteArray(R"({"sheetPath":"/a.csv"})");
    QTest::newRow("no path") << QByteArray(R"({"version":1})");
    QTest::newRow("not JSON") << QByteArray("{version");
    QTest::newRow("array") << QByteArray("[1]");
}

void TestBatchPreset::jsonRefusesNewerOrBroken()
{
    QFETCH(QByteArray, json);
    bool ok = true;
    QVERIFY(presetBatchFromJson(json, &ok).isEmpty());
    QVERIFY(!ok);
}

QTEST_GUILESS_MAIN(TestBatchPreset)
#include "tst_batchpreset.moc"
