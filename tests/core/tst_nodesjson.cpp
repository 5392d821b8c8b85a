#include "store/nodesjson.h"
#include "testenv.h"

#include <QTest>

using namespace rh;

class TestNodesJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void roundTrip()
    {
        NodeField node;
        node.nodeId = QStringLiteral("1907035719658053634");
        node.nodeName = QStringLiteral("CLIPTextEncode");
        node.fieldName = QStringLiteral("text");
        node.fieldValue = QStringLiteral("一只猫, \"quoted\"\nnew line \\ backslash");
        node.fieldType = QStringLiteral("STRING");
        node.fieldData = QStringLiteral(R"({"min":0,"max":"100"})");
        node.description = QStringLiteral("提示词");
        node.descriptionEn = QStringLiteral("Prompt");
        NodeField empty;
        const NodeFields nodes{node, empty};
        bool ok = false;
        QCOMPARE(nodesFromJson(nodesToJson(nodes), &ok), nodes);
        QVERIFY(ok);
        QCOMPARE(nodesFromJson(nodesToJson({}), &ok), NodeFields());
        QVERIFY(ok);
    }

    void lenientReading_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("nodeId");
        QTest::addColumn<QString>("fieldValue");
        QTest::newRow("big number id stays exact")
            << QByteArray(R"([{"nodeId":1907035719658053634,"fieldValue":7}])") << true
            << QStringLiteral("1907035719658053634") << QStringLiteral("7");
        QTest::newRow("float value") << QByteArray(R"([{"nodeId":"3","fieldValue":0.5}])") << true
                                     << QStringLiteral("3") << QStringLiteral("0.5");
        QTest::newRow("bool value") << QByteArray(R"([{"nodeId":"3","fieldValue":true}])") << true
                                    << QStringLiteral("3") << QStringLiteral("true");
        QTest::newRow("missing members") << QByteArray(R"([{}])") << true << QString() << QString();
        QTest::newRow("null member") << QByteArray(R"([{"nodeId":null}])") << true << QString() << QString();
        QTest::newRow("object value") << QByteArray(R"([{"nodeId":"1","fieldValue":{"a":1}}])") << true
                                      << QStringLiteral("1") << QStringLiteral(R"({"a":1})");
    }

    void lenientReading()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(QString, nodeId);
        QFETCH(QString, fieldValue);
        bool parsed = false;
        const NodeFields nodes = nodesFromJson(json, &parsed);
        QCOMPARE(parsed, ok);
        QCOMPARE(nodes.size(), 1);
        QCOMPARE(nodes.first().nodeId, nodeId);
        QCOMPARE(nodes.first().fieldValue, fieldValue);
    }

    void notAnArray_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("object") << QByteArray(R"({"nodeId":"1"})");
        QTest::newRow("truncated") << QByteArray(R"([{"nodeId":"1")");
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
    }

    void notAnArray()
    {
        QFETCH(QByteArray, json);
        bool ok = true;
        QVERIFY(nodesFromJson(json, &ok).isEmpty());
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestNodesJson)
#include "tst_nodesjson.moc"
