#include "model/requestfrompreview.h"
#include "testenv.h"

#include <QTest>

using namespace rh;

namespace {

NodeField node(const QString &nodeId, const QString &fieldName, const QString &value)
{
    NodeField field;
    field.nodeId = nodeId;
    field.fieldName = fieldName;
    field.fieldValue = value;
    return field;
}

} // namespace

class TestRequestFromPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reads_data();
    void reads();
    void roundTrip();
};

void TestRequestFromPreview::initTestCase()
{
    rh::test::isolateEnvironment();
}

void TestRequestFromPreview::reads_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("webappId");
    QTest::addColumn<NodeFields>("nodes");
    QTest::addColumn<QString>("instanceType");
    QTest::addColumn<QString>("webhookUrl");

    QTest::newRow("preview, 19-digit id as a bare number, Chinese value")
        << QByteArray(R"({"apiKey": "********", "webappId": 1877265245566922753, "nodeInfoList": [)"
                      R"({"nodeId": "52", "nodeName": "CLIPTextEncode", "fieldName": "text",)"
                      R"( "fieldValue": "一只猫在月光下", "description": "提示词"},)"
                      R"({"nodeId": "45", "fieldName": "steps", "fieldValue": "20"}],)"
                      R"( "webhookUrl": "https://example.com/hook", "instanceType": "plus"})")
        << true << QStringLiteral("1877265245566922753")
        << NodeFields{[] {
                          NodeField f =
                              node(QStringLiteral("52"), QStringLiteral("text"), QStringLiteral("一只猫在月光下"));
                          f.nodeName = QStringLiteral("CLIPTextEncode");
                          f.description = QStringLiteral("提示词");
                          return f;
                      }(),
                      node(QStringLiteral("45"), QStringLiteral("steps"), QStringLiteral("20"))}
        << QStringLiteral("plus") << QStringLiteral("https://example.com/hook");
    QTest::newRow("largest id, as a string, no optional fields")
        << QByteArray(R"({"webappId": "9223372036854775807", "nodeInfoList": [)"
                      R"({"nodeId": "3", "fieldName": "seed", "fieldValue": 12345678901234567}]})")
        << true << QStringLiteral("9223372036854775807")
        << NodeFields{node(QStringLiteral("3"), QStringLiteral("seed"), QStringLiteral("12345678901234567"))}
        << QString() << QString();
    QTest::newRow("no webappId") << QByteArray(R"({"nodeInfoList": [{"nodeId": "1", "fieldName": "a"}]})") << false
                                 << QString() << NodeFields{} << QString() << QString();
    QTest::newRow("bare list is not a request")
        << QByteArray(R"([{"nodeId": "1", "fieldName": "a", "fieldValue": "b"}])") << false << QString() << NodeFields{}
        << QString() << QString();
    QTest::newRow("not JSON") << QByteArray("{webappId: 1") << false << QString() << NodeFields{} << QString()
                              << QString();
    QTest::newRow("empty") << QByteArray() << false << QString() << NodeFields{} << QString() << QString();
}

void TestRequestFromPreview::reads()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    bool parsed = !ok;
    const RunRequest request = runRequestFromPreviewJson(json, &parsed);
    QFETCH(QString, webappId);
    QFETCH(NodeFields, nodes);
    QFETCH(QString, instanceType);
    QFETCH(QString, webhookUrl);
    QCOMPARE(parsed, ok);
    QCOMPARE(request.webappId, webappId);
    QCOMPARE(request.nodes, nodes);
    QCOMPARE(request.instanceType, instanceType);
    QCOMPARE(request.webhookUrl, webhookUrl);
}

void TestRequestFromPreview::roundTrip()
{
    RunRequest request;
    request.webappId = QStringLiteral("1877265245566922753");
    request.instanceType = QStringLiteral("default");
    request.nodes = {node(QStringLiteral("52"), QStringLiteral("text"), QStringLiteral("夜晚的城市, \"neon\"\n")),
                     node(QStringLiteral("7"), QStringLiteral("image"), QStringLiteral("api/abc.png"))};
    bool ok = false;
    QCOMPARE(runRequestFromPreviewJson(request.toPreviewJson(), &ok), request);
    QVERIFY(ok);
}

QTEST_GUILESS_MAIN(TestRequestFromPreview)
#include "tst_requestfrompreview.moc"
