#include "api/jsonids.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

/// The value as Qt's parser produces it from raw reply bytes.
QJsonValue parsed(const QByteArray &jsonValue)
{
    return QJsonDocument::fromJson("[" + jsonValue + "]").array().at(0);
}

} // namespace

class TestJsonIds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void idFromJson_data();
    void idFromJson();
    void doubleWouldLoseDigits();
    void textFromJson_data();
    void textFromJson();
    void jsonText();
};

void TestJsonIds::idFromJson_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("id");
    QTest::newRow("string") << QByteArray("\"1907035719658053634\"") << QStringLiteral("1907035719658053634");
    QTest::newRow("bare 19 digits") << QByteArray("1907035719658053634") << QStringLiteral("1907035719658053634");
    QTest::newRow("bare webappId") << QByteArray("1877265245566922753") << QStringLiteral("1877265245566922753");
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << QStringLiteral("9223372036854775807");
    QTest::newRow("small") << QByteArray("42") << QStringLiteral("42");
    QTest::newRow("string spaces") << QByteArray("\" 123 \"") << QStringLiteral("123");
    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("string null") << QByteArray("\"null\"") << QString();
    QTest::newRow("empty string") << QByteArray("\"\"") << QString();
    QTest::newRow("fraction") << QByteArray("12.5") << QString();
    QTest::newRow("negative") << QByteArray("-5") << QString();
    QTest::newRow("zero") << QByteArray("0") << QString();
    QTest::newRow("string zero") << QByteArray("\"000\"") << QString(); // the same rule for text and numbers
    QTest::newRow("string beyond int64") << QByteArray("\"9223372036854775808\"") << QString();
    QTest::newRow("string of 20 digits") << QByteArray("\"00000000000000000042\"") << QString();
    QTest::newRow("string full-width") << QByteArray("\"\xef\xbc\x91\"") << QString();
    QTest::newRow("object") << QByteArray("{\"id\": 1}") << QString();
    QTest::newRow("array") << QByteArray("[1]") << QString();
    QTest::newRow("bool") << QByteArray("true") << QString();
    QTest::newRow("string with letters") << QByteArray("\"12ab\"") << QString();
}

void TestJsonIds::idFromJson()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, id);
    QCOMPARE(rh::idFromJson(parsed(raw)), id);
}

void TestJsonIds::doubleWouldLoseDigits()
{
    // The trap this helper exists for: the obvious conversions lose or drop the id.
    const QJsonValue value =
        QJsonDocument::fromJson("{\"taskId\":1907035719658053634}").object().value(QLatin1String("taskId"));
    QVERIFY(value.isDouble());
    QVERIFY(value.toString().isEmpty());
    QVERIFY(QString::number(qint64(value.toDouble())) != QStringLiteral("1907035719658053634"));
    QCOMPARE(rh::idFromJson(value), QStringLiteral("1907035719658053634"));
    QCOMPARE(rh::idFromJson(QJsonValue(QJsonValue::Undefined)), QString());
}

void TestJsonIds::textFromJson_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("text");
    QTest::newRow("string") << QByteArray("\"41\"") << QStringLiteral("41");
    QTest::newRow("integer") << QByteArray("41") << QStringLiteral("41");
    QTest::newRow("big integer") << QByteArray("1907035719658053634") << QStringLiteral("1907035719658053634");
    QTest::newRow("2.0 is 2") << QByteArray("2.0") << QStringLiteral("2");
    QTest::newRow("money") << QByteArray("0.12") << QStringLiteral("0.12");
    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("bool") << QByteArray("false") << QStringLiteral("false");
    QTest::newRow("array") << QByteArray("[\"INT\", {\"min\": 1}]") << QString();
    QTest::newRow("object") << QByteArray("{\"a\": 1}") << QString();
    QTest::newRow("chinese") << QByteArray("\"\xe5\x85\x83\"") << QString::fromUtf8("元");
}

void TestJsonIds::textFromJson()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, text);
    QCOMPARE(rh::textFromJson(parsed(raw)), text);
}

void TestJsonIds::jsonText()
{
    QCOMPARE(rh::jsonText(parsed("[\"INT\", {\"min\": 1}]")), QStringLiteral("[\"INT\",{\"min\":1}]"));
    QCOMPARE(rh::jsonText(parsed("{\"a\": 2.0}")), QStringLiteral("{\"a\":2}"));
    QCOMPARE(rh::jsonText(parsed("\"[1]\"")), QStringLiteral("[1]"));
    QCOMPARE(rh::jsonText(parsed("7")), QStringLiteral("7"));
    QCOMPARE(rh::jsonText(parsed("null")), QString());
}

QTEST_GUILESS_MAIN(TestJsonIds)
#include "tst_jsonids.moc"
