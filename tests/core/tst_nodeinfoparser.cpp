// What people paste into the node table: bare lists, request bodies, apiCallDemo replies, and junk.
#include "model/nodeinfoparser.h"
#include "testenv.h"

#include <QtTest>

using namespace rh;

namespace {

NodeField field(const QString &nodeId, const QString &fieldName, const QString &value = {})
{
    NodeField f;
    f.nodeId = nodeId;
    f.fieldName = fieldName;
    f.fieldValue = value;
    return f;
}

} // namespace

class TestNodeInfoParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("webappId");
        QTest::addColumn<QString>("firstValue");
        QTest::newRow("docs list")
            << QStringLiteral(R"([{"nodeId":"122","fieldName":"prompt","fieldValue":"一个在教室里的金发女孩"}])")
            << true << 1 << QString() << QStringLiteral("一个在教室里的金发女孩");
        QTest::newRow("seed request body, id as a bare number")
            << QStringLiteral(
                   R"({"webappId":1877265245566922753,"apiKey":"{{apiKey}}","nodeInfoList":[{"nodeId":"122","fieldName":"prompt","fieldValue":"x"}]})")
            << true << 1 << QStringLiteral("1877265245566922753") << QStringLiteral("x");
        QTest::newRow("request body, id as a string")
            << QStringLiteral(
                   R"({"webappId":"1877265245566922753","nodeInfoList":[{"nodeId":"1","fieldName":"a","fieldValue":"1"},{"nodeId":"2","fieldName":"b","fieldValue":"2"}]})")
            << true << 2 << QStringLiteral("1877265245566922753") << QStringLiteral("1");
        QTest::newRow("apiCallDemo reply")
            << QStringLiteral(
                   R"({"code":0,"msg":"success","data":{"webappName":"x","nodeInfoList":[{"nodeId":"3","fieldName":"seed","fieldValue":12345678901234567}]}})")
            << true << 1 << QString() << QStringLiteral("12345678901234567");
        QTest::newRow("apiCallDemo reply with CKPT and LORA (real shape)")
            << QString::fromUtf8(test::readData(QStringLiteral("real/apicalldemo-ckpt-lora.json"))) << true << 4
            << QString() << QStringLiteral("realistic_portrait_v3.safetensors");
        QTest::newRow("apiCallDemo reply without webappName (real shape)")
            << QString::fromUtf8(test::readData(QStringLiteral("real/apicalldemo-no-webappname.json"))) << true << 3
            << QString() << QStringLiteral("a paper boat on a rainy street, top view");
        QTest::newRow("numbers become text") << QStringLiteral(R"([{"nodeId":45,"fieldName":"steps","fieldValue":20}])")
                                             << true << 1 << QString() << QStringLiteral("20");
        QTest::newRow("float stays float") << QStringLiteral(R"([{"nodeId":"4","fieldName":"cfg","fieldValue":3.5}])")
                                           << true << 1 << QString() << QStringLiteral("3.5");
        QTest::newRow("full-width id is no id")
            << QStringLiteral(
                   R"({"webappId":"１８７７２６５２４５５６６９２２７５３","nodeInfoList":[{"nodeId":"1","fieldName":"a"}]})")
            << true << 1 << QString() << QString();
        QTest::newRow("Arabic-Indic id is no id")
            << QStringLiteral(R"({"webappId":"١٨٧٧٢٦٥٢٤٥٥٦٦٩٢٢٧٥٣","nodeInfoList":[{"nodeId":"1","fieldName":"a"}]})")
            << true << 1 << QString() << QString();
        QTest::newRow("id beyond int64 is no id")
            << QStringLiteral(R"({"webappId":"9999999999999999999","nodeInfoList":[{"nodeId":"1","fieldName":"a"}]})")
            << true << 1 << QString() << QString();
        QTest::newRow("not JSON") << QStringLiteral("nodeId=122") << false << 0 << QString() << QString();
        QTest::newRow("HTML") << QStringLiteral("<html>502</html>") << false << 0 << QString() << QString();
        QTest::newRow("empty list") << QStringLiteral("[]") << false << 0 << QString() << QString();
        QTest::newRow("entry without fieldName")
            << QStringLiteral(R"([{"nodeId":"1","fieldValue":"x"}])") << false << 0 << QString() << QString();
        QTest::newRow("one broken entry refuses the whole list") // found by fuzz_nodeinfo: rows were left over
            << QStringLiteral(R"([{"nodeId":"1","fieldName":"a"},{"nodeId":"2"}])") << false << 0 << QString()
            << QString();
        QTest::newRow("entry not an object") << QStringLiteral(R"([1,2,3])") << false << 0 << QString() << QString();
        QTest::newRow("object without list")
            << QStringLiteral(R"({"webappId":1})") << false << 0 << QString() << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, rows);
        QFETCH(QString, webappId);
        QFETCH(QString, firstValue);
        const NodeInfoParse parsed = parseNodeInfoList(text);
        QCOMPARE(parsed.ok, ok);
        QCOMPARE(parsed.fields.size(), rows);
        QCOMPARE(parsed.webappId, webappId);
        if (rows > 0)
            QCOMPARE(parsed.fields.first().fieldValue, firstValue);
    }

    void roundTripAllFields()
    {
        NodeField field{QStringLiteral("6"),      QStringLiteral("CLIPTextEncode"),
                        QStringLiteral("text"),   QStringLiteral("第一行\nsecond line"),
                        QStringLiteral("STRING"), QStringLiteral(R"(["STRING", {"default": "", "multiline": true}])"),
                        QStringLiteral("提示词"), QStringLiteral("Prompt")};
        QCOMPARE(nodeFieldFromJson(nodeFieldToJson(field)), field);
    }

    void mergeKeepsValuesAndStrays()
    {
        const NodeFields app{field(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("default a")),
                             field(QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("default b"))};
        const NodeFields values{field(QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("mine")),
                                field(QStringLiteral("9"), QStringLiteral("gone"), QStringLiteral("kept"))};
        const NodeFields merged = mergeValues(app, values);
        QCOMPARE(merged.size(), 3);
        QCOMPARE(merged.at(0).fieldValue, QStringLiteral("default a"));
        QCOMPARE(merged.at(1).fieldValue, QStringLiteral("mine"));
        QCOMPARE(merged.at(2).fieldName, QStringLiteral("gone"));
        const NodeFields reloaded = mergeValues(app, values, false);
        QCOMPARE(reloaded.size(), 2);
        QCOMPARE(reloaded.at(1).fieldValue, QStringLiteral("mine"));
    }
};

QTEST_GUILESS_MAIN(TestNodeInfoParser)
#include "tst_nodeinfoparser.moc"
