#include "store/presetfile.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using rh::NodeField;
using rh::Preset;
using rh::PresetImport;
using Error = rh::PresetImport::Error;

Q_DECLARE_METATYPE(Error)

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

NodeField node(const char *id, const char *name, const char *value, const char *type)
{
    NodeField field;
    field.nodeId = s(id);
    field.nodeName = s("节点 ") + s(id);
    field.fieldName = s(name);
    field.fieldValue = s(value);
    field.fieldType = s(type);
    field.description = s("描述：") + s(name);
    field.descriptionEn = s("about ") + s(name);
    return field;
}

rh::Presets samplePresets()
{
    Preset a;
    a.name = s("金发女孩 · \"plus\"\t#1");
    a.webappId = s("1877265245566922753");
    a.appName = s("Flux 文生图");
    a.instanceType = s("plus");
    a.webhookUrl = s("https://hooks.example.com/rh?x=1&y=%E4%B8%AD");
    a.favourite = true;
    a.nodes = {node("122", "prompt", "一个在教室里的金发女孩\n第二行\r\n\t第三行 \\ \"引号\" 😀", "STRING"),
               node("45", "seed", "18446744073709551615", "INT"), node("67", "select", "2", "SWITCH"),
               node("15", "image", "api/fa4b06dee7ca8624d0ed22e146fa7f1f1edfe5bd8e290aa38e16ce2ad687593a.png", "IMAGE"),
               node("9", "empty", "", "")};
    a.nodes[2].fieldData = s(R"([{"name":"input1","index":1.0},{"name":"input2","index":2.0}])");
    Preset b;
    b.name = s("");
    b.webappId = s("9223372036854775807"); // int64 max: the largest id there can be
    b.nodes = {node("1", "text", "x", "WHATEVER")};
    Preset c; // no nodes at all
    c.name = s("empty");
    c.webappId = s("1");
    return {a, b, c};
}

QByteArray fileWith(const QByteArray &presetsJson, int version = 1)
{
    return QByteArray(R"({"format":"rhdesk-presets","version":)") + QByteArray::number(version) +
           QByteArray(R"(,"presets":)") + presetsJson + '}';
}

QByteArray entry(const QByteArray &webappId, const QByteArray &nodes, const QByteArray &extra = QByteArray())
{
    return QByteArray(R"({"name":"n","webappId":)") + webappId + R"(,"nodeInfoList":)" + nodes + extra + '}';
}

const QByteArray goodNode = R"([{"nodeId":"122","fieldName":"prompt","fieldValue":"cat"}])";

} // namespace

class TestPresetFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void roundTripKeepsEveryField();
    void exportShape();
    void readsSampleFile();
    void brokenFilesImportNothing_data();
    void brokenFilesImportNothing();
    void requestBody_data();
    void requestBody();
    void requestBodyDropsApiKey();
    void seedExampleDigitExact();
    void badRequestBodies_data();
    void badRequestBodies();
    void importAnyDispatches();
};

void TestPresetFile::roundTripKeepsEveryField()
{
    rh::Presets presets = samplePresets();
    presets[0].id = 42;
    presets[0].setLocalPath(presets[0].nodes.at(3), s("/home/操作员/猫.png"));
    const QByteArray bytes = rh::exportPresets(presets);
    QVERIFY(bytes.contains("\"1877265245566922753\""));
    QVERIFY(!bytes.contains("操作员")); // local paths stay on this machine

    const PresetImport result = rh::importPresets(bytes);
    QVERIFY(result.ok());
    QCOMPARE(result.presets.size(), presets.size());
    for (int i = 0; i < presets.size(); ++i) {
        Preset expected = presets.at(i);
        expected.id = 0;
        expected.localPaths.clear();
        const Preset &got = result.presets.at(i);
        QCOMPARE(got.name, expected.name);
        QCOMPARE(got.webappId, expected.webappId);
        QCOMPARE(got.appName, expected.appName);
        QCOMPARE(got.instanceType, expected.instanceType);
        QCOMPARE(got.webhookUrl, expected.webhookUrl);
        QCOMPARE(got.favourite, expected.favourite);
        QCOMPARE(got.nodes.size(), expected.nodes.size());
        for (int n = 0; n < expected.nodes.size(); ++n)
            QCOMPARE(got.nodes.at(n), expected.nodes.at(n));
        QVERIFY(got == expected);
    }
    QCOMPARE(rh::exportPresets(result.presets), rh::exportPresets(samplePresets())); // stable bytes
}

void TestPresetFile::exportShape()
{
    const QJsonObject root = QJsonDocument::fromJson(rh::exportPresets(samplePresets())).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), s("rhdesk-presets"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    const QJsonObject first = root.value(QLatin1String("presets")).toArray().at(0).toObject();
    QVERIFY(first.value(QLatin1String("webappId")).isString());
    QCOMPARE(first.value(QLatin1String("favourite")).toBool(), true);
    const QJsonObject row = first.value(QLatin1String("nodeInfoList")).toArray().at(0).toObject();
    for (const char *key :
         {"nodeId", "nodeName", "fieldName", "fieldValue", "fieldType", "description", "descriptionEn"})
        QVERIFY2(row.value(QLatin1String(key)).isString(), key);
    QVERIFY(!first.contains(QLatin1String("apiKey")));
    QVERIFY(!first.contains(QLatin1String("id")));
}

void TestPresetFile::readsSampleFile()
{
    const PresetImport result = rh::importPresets(rh::test::readData(QStringLiteral("presets_v1_two_apps.json")));
    QVERIFY(result.ok());
    QCOMPARE(result.presets.size(), 2);
    QCOMPARE(result.presets.at(0).nodes.at(0).fieldValue, s("一个在教室里的金发女孩\n第二行"));
    QCOMPARE(result.presets.at(0).favourite, true);
    QCOMPARE(result.presets.at(1).webappId, s("1907035719658053634")); // a bare number, read exactly
    QCOMPARE(result.presets.at(1).favourite, false);
    QCOMPARE(result.presets.at(1).instanceType, s(""));
}

void TestPresetFile::brokenFilesImportNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Error>("error");
    QTest::addColumn<int>("presetIndex");
    QTest::addColumn<int>("nodeIndex");
    QTest::addColumn<QString>("member");
    const QByteArray good = entry("\"1877265245566922753\"", goodNode);
    auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
    row("empty") << QByteArray() << Error::NotJson << -1 << -1 << "";
    row("not json") << QByteArray("hello") << Error::NotJson << -1 << -1 << "";
    row("truncated") << fileWith('[' + good).left(60) << Error::NotJson << -1 << -1 << "";
    row("html 502") << QByteArray("<html><body>502 Bad Gateway</body></html>") << Error::NotJson << -1 << -1 << "";
    row("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']') << Error::NotJson << -1 << -1 << "";
    row("huge") << QByteArray(rh::maxPresetFileBytes + 1, ' ') << Error::TooLarge << -1 << -1 << "";
    row("top-level array") << QByteArray("[1,2]") << Error::NotPresetFile << -1 << -1 << "";
    row("other format") << QByteArray(R"({"format":"x","version":1,"presets":[]})") << Error::NotPresetFile << -1 << -1
                        << "";
    row("no version") << QByteArray(R"({"format":"rhdesk-presets","presets":[]})") << Error::NotPresetFile << -1 << -1
                      << "";
    row("version as string") << QByteArray(R"({"format":"rhdesk-presets","version":"1","presets":[]})")
                             << Error::NotPresetFile << -1 << -1 << "";
    row("newer") << fileWith("[" + good + "]", 2) << Error::NewerVersion << -1 << -1 << "";
    row("presets not array") << fileWith("{}") << Error::BadContent << -1 << -1 << "presets";
    row("entry not object") << fileWith("[" + good + ",5]") << Error::BadContent << 1 << -1 << "";
    row("second bad id") << fileWith("[" + good + "," + entry("\"12a\"", goodNode) + "]") << Error::BadContent << 1
                         << -1 << "webappId";
    row("id missing") << fileWith(R"([{"name":"n","nodeInfoList":[]}])") << Error::BadContent << 0 << -1 << "webappId";
    row("id 20 digits") << fileWith("[" + entry("\"18774652455669227530\"", goodNode) + "]") << Error::BadContent << 0
                        << -1 << "webappId";
    row("id above int64") << fileWith("[" + entry("\"9223372036854775808\"", goodNode) + "]") << Error::BadContent << 0
                          << -1 << "webappId";
    row("id fraction") << fileWith("[" + entry("1.5", goodNode) + "]") << Error::BadContent << 0 << -1 << "webappId";
    row("id negative") << fileWith("[" + entry("-5", goodNode) + "]") << Error::BadContent << 0 << -1 << "webappId";
    row("name number") << fileWith(R"([{"name":5,"webappId":"1","nodeInfoList":[]}])") << Error::BadContent << 0 << -1
                       << "name";
    row("favourite string") << fileWith("[" + entry("\"1\"", goodNode, R"(,"favourite":"yes")") + "]")
                            << Error::BadContent << 0 << -1 << "favourite";
    row("webhook object") << fileWith("[" + entry("\"1\"", goodNode, R"(,"webhookUrl":{})") + "]") << Error::BadContent
                          << 0 << -1 << "webhookUrl";
    row("nodes missing") << fileWith(R"([{"name":"n","webappId":"1"}])") << Error::BadContent << 0 << -1
                         << "nodeInfoList";
    row("node not object") << fileWith("[" + entry("\"1\"", "[\"x\"]") + "]") << Error::BadContent << 0 << 0 << "";
    row("node without fieldName") << fileWith("[" + entry("\"1\"", R"([{"nodeId":"1","fieldValue":"x"}])") + "]")
                                  << Error::BadContent << 0 << 0 << "fieldName";
    row("node empty nodeId") << fileWith("[" + entry("\"1\"", R"([{"nodeId":"","fieldName":"a"}])") + "]")
                             << Error::BadContent << 0 << 0 << "nodeId";
    row("value as number") << fileWith("[" + entry("\"1\"", R"([{"nodeId":"1","fieldName":"a","fieldValue":5}])") + "]")
                           << Error::BadContent << 0 << 0 << "fieldValue";
    row("description array") << fileWith("[" + entry("\"1\"", R"([{"nodeId":"1","fieldName":"a","description":[]}])") +
                                         "]")
                             << Error::BadContent << 0 << 0 << "description";
    row("duplicate row")
        << fileWith("[" + entry("\"1\"", R"([{"nodeId":"1","fieldName":"a"},{"nodeId":"1","fieldName":"a"}])") + "]")
        << Error::BadContent << 0 << 1 << "fieldName";
}

void TestPresetFile::brokenFilesImportNothing()
{
    QFETCH(QByteArray, bytes);
    const PresetImport result = rh::importPresets(bytes);
    QTEST(result.error, "error");
    QVERIFY(!result.ok());
    QVERIFY(result.presets.isEmpty()); // all or nothing
    QTEST(result.presetIndex, "presetIndex");
    QTEST(result.nodeIndex, "nodeIndex");
    QTEST(result.member, "member");
}

void TestPresetFile::requestBody_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("webappId");
    QTest::addColumn<QString>("instanceType");
    QTest::addColumn<QString>("webhookUrl");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("bare number id") << QByteArray(R"({"webappId":1877265245566922753,"apiKey":"k","nodeInfoList":)"
                                                  R"([{"nodeId":"122","fieldName":"prompt","fieldValue":"猫"}]})")
                                    << "1877265245566922753"
                                    << ""
                                    << "" << QStringList{s("猫")};
    QTest::newRow("string id and extras")
        << QByteArray(R"({"webappId":"1907035719658053634","instanceType":"plus","webhookUrl":"https://h.example/x",)"
                      R"("nodeInfoList":[{"nodeId":"45","fieldName":"steps","fieldValue":"20"}]})")
        << "1907035719658053634"
        << "plus"
        << "https://h.example/x" << QStringList{s("20")};
    QTest::newRow("values as numbers") << QByteArray(
                                              R"({"webappId":"1","nodeInfoList":[{"nodeId":45,"fieldName":"steps",)"
                                              R"("fieldValue":20},{"nodeId":"45","fieldName":"cfg","fieldValue":3.5},)"
                                              R"({"nodeId":"9","fieldName":"x","fieldValue":null}]})")
                                       << "1"
                                       << ""
                                       << "" << QStringList{s("20"), s("3.5"), s("")};
    QTest::newRow("bare nodeInfoList")
        << QByteArray(R"([{"nodeId":"122","fieldName":"prompt","fieldValue":"a\nb","description":"提示词"}])") << ""
        << ""
        << "" << QStringList{s("a\nb")};
    QTest::newRow("no webappId") << QByteArray(R"({"nodeInfoList":[]})") << ""
                                 << ""
                                 << "" << QStringList();
    QTest::newRow("docs extras ignored")
        << QByteArray(R"({"webappId":"5","nodeInfoList":[{"nodeId":"15","fieldName":"image","fieldValue":"a.png",)"
                      R"("descriptionCn":null,"uploadStatus":"success"}]})")
        << "5"
        << ""
        << "" << QStringList{s("a.png")};
}

void TestPresetFile::requestBody()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, values);
    const PresetImport result = rh::importRequestBody(bytes);
    QVERIFY(result.ok());
    QCOMPARE(result.presets.size(), 1);
    const Preset &preset = result.presets.first();
    QTEST(preset.webappId, "webappId");
    QTEST(preset.instanceType, "instanceType");
    QTEST(preset.webhookUrl, "webhookUrl");
    QCOMPARE(preset.id, 0);
    QCOMPARE(preset.name, s(""));
    QStringList got;
    for (const NodeField &node : preset.nodes)
        got << node.fieldValue;
    QCOMPARE(got, values);
}

void TestPresetFile::requestBodyDropsApiKey()
{
    const QByteArray key = "834a792dc64d419f85592f1e57145745"; // the seed example key
    const QByteArray body = R"({"apiKey":")" + key + R"(","webappId":1877265245566922753,"nodeInfoList":)" +
                            R"([{"nodeId":"122","fieldName":"prompt","fieldValue":"x"}]})";
    const PresetImport result = rh::importRequestBody(body);
    QVERIFY(result.ok());
    const QByteArray exported = rh::exportPresets(result.presets);
    QVERIFY(!exported.contains(key));
    QVERIFY(!exported.contains("apiKey"));
    QCOMPARE(result.presets.first().webappId, s("1877265245566922753"));
}

void TestPresetFile::seedExampleDigitExact()
{
    // The seed's example went through a JS double; whatever digits are there must arrive unchanged.
    const PresetImport result =
        rh::importRequestBody(rh::test::readData(QStringLiteral("run_request_seed_example.json")));
    QVERIFY(result.ok());
    QCOMPARE(result.presets.first().webappId, s("1877265245566922800"));
    QCOMPARE(result.presets.first().nodes.first().fieldValue, s("一个在教室里的金发女孩"));
    QVERIFY(!rh::exportPresets(result.presets).contains("{{apiKey}}"));
}

void TestPresetFile::badRequestBodies_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("member");
    QTest::newRow("not json") << QByteArray("webappId=1") << Error::NotJson << "";
    QTest::newRow("no nodeInfoList") << QByteArray(R"({"webappId":"1","apiKey":"k"})") << Error::NotPresetFile << "";
    QTest::newRow("nodeInfoList object") << QByteArray(R"({"webappId":"1","nodeInfoList":{}})") << Error::BadContent
                                         << "nodeInfoList";
    QTest::newRow("id fraction") << QByteArray(R"({"webappId":18772652.5,"nodeInfoList":[]})") << Error::BadContent
                                 << "webappId";
    QTest::newRow("id beyond int64") << QByteArray(R"({"webappId":98774652455669227530,"nodeInfoList":[]})")
                                     << Error::BadContent << "webappId";
    QTest::newRow("id text") << QByteArray(R"({"webappId":"null","nodeInfoList":[]})") << Error::BadContent
                             << "webappId";
    QTest::newRow("value object") << QByteArray(R"([{"nodeId":"1","fieldName":"a","fieldValue":{}}])")
                                  << Error::BadContent << "fieldValue";
    QTest::newRow("instanceType number") << QByteArray(R"({"instanceType":2,"nodeInfoList":[]})") << Error::BadContent
                                         << "instanceType";
    QTest::newRow("deep") << QByteArray(5000, '[') + QByteArray(5000, ']') << Error::NotJson << "";
}

void TestPresetFile::badRequestBodies()
{
    QFETCH(QByteArray, bytes);
    const PresetImport result = rh::importRequestBody(bytes);
    QTEST(result.error, "error");
    QTEST(result.member, "member");
    QVERIFY(result.presets.isEmpty());
}

void TestPresetFile::importAnyDispatches()
{
    QCOMPARE(rh::importAnyPresets(rh::test::readData(QStringLiteral("presets_v1_two_apps.json"))).presets.size(), 2);
    QCOMPARE(rh::importAnyPresets(rh::test::readData(QStringLiteral("run_request_seed_example.json"))).presets.size(),
             1);
    QCOMPARE(rh::importAnyPresets(fileWith("[]", 3)).error, Error::NewerVersion);
    QCOMPARE(rh::importAnyPresets("{}").error, Error::NotPresetFile);
}

QTEST_GUILESS_MAIN(TestPresetFile)
#include "tst_presetfile.moc"
