#include "model/prompttips.h"
#include "testenv.h"

#include <QJsonObject>
#include <QtTest>

using rh::PromptTips;

class TestPromptTips : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void docsSampleClean();
    void docsSampleNodeErrors();
    void errorShapes_data();
    void errorShapes();
    void hostile_data();
    void hostile();
    void nodeOrderIsNumeric();
    void fromJsonObjectOrString();
};

void TestPromptTips::docsSampleClean()
{
    const PromptTips tips = PromptTips::parse(
        QStringLiteral(R"({"result": true, "error": null, "outputs_to_execute": ["115"], "node_errors": {}})"));
    QVERIFY(tips.present);
    QVERIFY(tips.result);
    QVERIFY(tips.error.isEmpty());
    QVERIFY(tips.nodeErrors.isEmpty());
    QVERIFY(!tips.hasErrors());
}

void TestPromptTips::docsSampleNodeErrors()
{
    const PromptTips tips = PromptTips::parse(QStringLiteral(
        R"({"result": false, "error": null, "node_errors": {"45": {"class_type": "KSampler", "errors": [{"type": "value_bigger_than_max", "message": "Value bigger than max", "details": "steps: 200 > 100", "extra_info": {"input_name": "steps"}}]}}})"));
    QVERIFY(tips.present);
    QVERIFY(!tips.result);
    QVERIFY(tips.hasErrors());
    QCOMPARE(tips.nodeErrors.size(), 1);
    const rh::NodeError &e = tips.nodeErrors.first();
    QCOMPARE(e.nodeId, QStringLiteral("45"));
    QCOMPARE(e.classType, QStringLiteral("KSampler"));
    QCOMPARE(e.type, QStringLiteral("value_bigger_than_max"));
    QCOMPARE(e.message, QStringLiteral("Value bigger than max"));
    QCOMPARE(e.details, QStringLiteral("steps: 200 > 100"));
    QCOMPARE(e.inputName, QStringLiteral("steps"));
}

void TestPromptTips::errorShapes_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("hasErrors");
    QTest::addColumn<QString>("type");
    QTest::newRow("null") << QStringLiteral(R"({"result": true, "error": null})") << QString() << false << QString();
    QTest::newRow("string") << QStringLiteral(R"({"result": false, "error": "Prompt has no outputs"})")
                            << QStringLiteral("Prompt has no outputs") << true << QString();
    QTest::newRow("object")
        << QStringLiteral(
               R"({"result": false, "error": {"type": "prompt_outputs_failed_validation", "message": "Prompt outputs failed validation", "details": "", "extra_info": {}}})")
        << QStringLiteral("Prompt outputs failed validation") << true
        << QStringLiteral("prompt_outputs_failed_validation");
    QTest::newRow("object with details")
        << QStringLiteral(R"({"error": {"type": "invalid_prompt", "message": "Cannot execute", "details": "node 5"}})")
        << QStringLiteral("Cannot execute: node 5") << true << QStringLiteral("invalid_prompt");
    QTest::newRow("object, only type") << QStringLiteral(R"({"error": {"type": "x_failed"}})")
                                       << QStringLiteral("x_failed") << true << QStringLiteral("x_failed");
    QTest::newRow("number") << QStringLiteral(R"({"error": 5})") << QString() << false << QString();
    QTest::newRow("result false alone") << QStringLiteral(R"({"result": false})") << QString() << true << QString();
    QTest::newRow("result as string ignored")
        << QStringLiteral(R"({"result": "false"})") << QString() << false << QString();
}

void TestPromptTips::errorShapes()
{
    QFETCH(QString, json);
    QFETCH(QString, error);
    QFETCH(bool, hasErrors);
    const PromptTips tips = PromptTips::parse(json);
    QVERIFY(tips.present);
    QCOMPARE(tips.error, error);
    QCOMPARE(tips.hasErrors(), hasErrors);
    QTEST(tips.errorType, "type");
}

void TestPromptTips::hostile_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("present");
    QTest::addColumn<int>("nodeErrors");
    QTest::newRow("empty") << QString() << false << 0;
    QTest::newRow("spaces") << QStringLiteral("   ") << false << 0;
    QTest::newRow("null word") << QStringLiteral("null") << false << 0;
    QTest::newRow("garbage") << QStringLiteral("{result: true") << false << 0;
    QTest::newRow("array") << QStringLiteral("[1, 2]") << false << 0;
    QTest::newRow("number") << QStringLiteral("42") << false << 0;
    QTest::newRow("two values") << QStringLiteral("{}], [{}") << false << 0;
    QTest::newRow("html") << QStringLiteral("<html>502</html>") << false << 0;
    QTest::newRow("empty object") << QStringLiteral("{}") << true << 0;
    QTest::newRow("node_errors a list") << QStringLiteral(R"({"node_errors": [1, 2]})") << true << 0;
    QTest::newRow("node entry not an object") << QStringLiteral(R"({"node_errors": {"5": "broken"}})") << true << 1;
    QTest::newRow("errors not a list")
        << QStringLiteral(R"({"node_errors": {"5": {"class_type": "X", "errors": {"message": "m"}}}})") << true << 1;
    QTest::newRow("errors strings") << QStringLiteral(
                                           R"({"node_errors": {"5": {"class_type": "X", "errors": ["a", "b"]}}})")
                                    << true << 2;
    QTest::newRow("errors empty still marks the node")
        << QStringLiteral(R"({"node_errors": {"5": {"class_type": "X", "errors": []}}})") << true << 1;
    QTest::newRow("extra_info wrong type")
        << QStringLiteral(R"({"node_errors": {"5": {"errors": [{"message": 1, "extra_info": "x"}]}}})") << true << 1;
    QTest::newRow("encoded twice") << QStringLiteral(R"("{\"result\": false, \"node_errors\": {\"3\": {}}}")") << true
                                   << 1;
    QTest::newRow("encoded three times") << QStringLiteral(R"("\"{\\\"result\\\": false}\"")") << false << 0;
}

void TestPromptTips::hostile()
{
    QFETCH(QString, json);
    QFETCH(bool, present);
    QFETCH(int, nodeErrors);
    const PromptTips tips = PromptTips::parse(json);
    QCOMPARE(tips.present, present);
    QCOMPARE(tips.nodeErrors.size(), nodeErrors);
    if (!present)
        QVERIFY(!tips.hasErrors());
}

void TestPromptTips::nodeOrderIsNumeric()
{
    const PromptTips tips = PromptTips::parse(QStringLiteral(
        R"({"node_errors": {"100": {"errors": [{"message": "c"}]}, "45": {"errors": [{"message": "b"}]}, "9": {"errors": [{"message": "a"}]}, "x": {}}})"));
    QCOMPARE(tips.nodeErrors.size(), 4);
    QCOMPARE(tips.nodeErrors.at(0).nodeId, QStringLiteral("9"));
    QCOMPARE(tips.nodeErrors.at(1).nodeId, QStringLiteral("45"));
    QCOMPARE(tips.nodeErrors.at(2).nodeId, QStringLiteral("100"));
    QCOMPARE(tips.nodeErrors.at(3).nodeId, QStringLiteral("x"));
}

void TestPromptTips::fromJsonObjectOrString()
{
    const QJsonObject object{{QStringLiteral("result"), false}, {QStringLiteral("error"), QStringLiteral("boom")}};
    QCOMPARE(PromptTips::fromJson(object).error, QStringLiteral("boom"));
    QCOMPARE(PromptTips::fromJson(QStringLiteral(R"({"error": "boom"})")).error, QStringLiteral("boom"));
    QVERIFY(!PromptTips::fromJson(QJsonValue()).present);
    QVERIFY(!PromptTips::fromJson(QJsonValue(3)).present);
}

QTEST_GUILESS_MAIN(TestPromptTips)
#include "tst_prompttips.moc"
