// One id rule for every reader of ids: ASCII digits only, never full-width or Arabic-Indic ones.
#include "api/jsonids.h"
#include "model/ids.h"
#include "model/nodeinfoparser.h"
#include "model/runrequest.h"
#include "store/presetfile.h"
#include "testenv.h"

#include <QJsonValue>
#include <QtTest>

using namespace rh;

namespace {

QByteArray requestBody(const QString &webappId)
{
    return QByteArrayLiteral(R"({"webappId":")") + webappId.toUtf8() +
           QByteArrayLiteral(R"(","nodeInfoList":[{"nodeId":"1","fieldName":"a","fieldValue":"x"}]})");
}

} // namespace

class TestIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void rule_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("digits"); // isAsciiDigits
        QTest::addColumn<bool>("id_");    // isIdText: also at most 19 digits and within int64
        QTest::newRow("docs id") << QStringLiteral("1877265245566922753") << true << true;
        QTest::newRow("one digit") << QStringLiteral("7") << true << true;
        QTest::newRow("zero") << QStringLiteral("0") << true << false;
        QTest::newRow("zeros") << QStringLiteral("0000") << true << false;
        QTest::newRow("int64 max") << QStringLiteral("9223372036854775807") << true << true;
        QTest::newRow("int64 max + 1") << QStringLiteral("9223372036854775808") << true << false;
        QTest::newRow("19 nines") << QStringLiteral("9999999999999999999") << true << false;
        QTest::newRow("20 digits") << QStringLiteral("18772652455669227531") << true << false;
        QTest::newRow("leading zeros, 19 long") << QStringLiteral("0000000000000000042") << true << true;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("space inside") << QStringLiteral("123 456") << false << false;
        QTest::newRow("sign") << QStringLiteral("-1") << false << false;
        QTest::newRow("fraction") << QStringLiteral("1.0") << false << false;
        QTest::newRow("full-width") << QStringLiteral("１８７７２６５２４５５６６９２２７５３") << false << false;
        QTest::newRow("one full-width digit") << QStringLiteral("187726524556692275３") << false << false;
        QTest::newRow("Arabic-Indic") << QStringLiteral("١٨٧٧٢٦٥٢٤٥٥٦٦٩٢٢٧٥٣") << false << false;
        QTest::newRow("Extended Arabic-Indic") << QStringLiteral("۱۲۳") << false << false;
        QTest::newRow("Devanagari") << QStringLiteral("१२३") << false << false;
        QTest::newRow("superscript") << QStringLiteral("12³") << false << false;
        QTest::newRow("mathematical bold") << QStringLiteral("12𝟑") << false << false;
    }

    void rule()
    {
        QFETCH(QString, id);
        QFETCH(bool, digits);
        QFETCH(bool, id_);
        QCOMPARE(isAsciiDigits(id), digits);
        QCOMPARE(isIdText(id), id_);
    }

    // Every place that reads an id from outside follows the rule above: nothing but ASCII digits gets through.
    void everyReader_data() { rule_data(); }
    void everyReader()
    {
        QFETCH(QString, id);
        QFETCH(bool, digits);
        QFETCH(bool, id_);
        QTest::failOnWarning(QRegularExpression(QStringLiteral("."))); // e.g. QUrl refusing an option

        QCOMPARE(idFromJson(QJsonValue(id)), id_ ? id : QString());

        // Typed or inside a link: the whole id or nothing, never the ASCII part of a longer run of digits.
        const QString typed = digits && id.size() <= maxIdDigits ? id : QString();
        QCOMPARE(extractWebappId(id), typed);
        if (!id.contains(QLatin1Char(' '))) { // a space splits a pasted sentence into words
            QCOMPARE(extractWebappId(QStringLiteral("https://www.runninghub.cn/ai-detail/") + id), typed);
            QCOMPARE(extractWebappId(QStringLiteral("https://www.runninghub.cn/x/") + id + QStringLiteral("?a=1")),
                     id.size() >= 15 ? typed : QString()); // a bare run of digits must look like an app id
            QCOMPARE(extractWebappId(QStringLiteral("https://x.example/?webappId=") + id), typed);
        }

        const NodeInfoParse pasted = parseNodeInfoList(QString::fromUtf8(requestBody(id)));
        QVERIFY(pasted.ok); // the list is fine either way; only the id is refused
        QCOMPARE(pasted.webappId, id_ ? id : QString());

        const PresetImport imported = importRequestBody(requestBody(id));
        QCOMPARE(imported.ok(), id_);
        if (imported.ok())
            QCOMPARE(imported.presets.first().webappId, id);

        RunRequest request;
        request.webappId = id;
        request.nodes = pasted.fields;
        const bool valid = request.validate(QStringLiteral("key")).isEmpty();
        QCOMPARE(valid, id_);
    }
};

QTEST_GUILESS_MAIN(TestIds)
#include "tst_ids.moc"
