#include "model/runrequest.h"
#include "testenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using rh::NodeField;
using rh::RequestIssue;
using rh::RunRequest;
using Kind = RequestIssue::Kind;

Q_DECLARE_METATYPE(rh::RunRequest)
Q_DECLARE_METATYPE(QList<rh::RequestIssue>)

namespace {

const QString Key = QStringLiteral("0123456789abcdef0123456789abcdef");

NodeField node(const QString &id, const QString &name, const QString &value)
{
    NodeField field;
    field.nodeId = id;
    field.fieldName = name;
    field.fieldValue = value;
    return field;
}

RunRequest request(const QString &webappId,
                   rh::NodeFields nodes = {
                       node(QStringLiteral("122"), QStringLiteral("prompt"), QStringLiteral("girl"))})
{
    RunRequest r;
    r.webappId = webappId;
    r.nodes = nodes;
    return r;
}

} // namespace

class TestRunRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void validate_data();
    void validate();
    void toJsonBytes_data();
    void toJsonBytes();
    void toJsonParsesBackExactly();
    void previewHasNoKey();
    void extractWebappId_data();
    void extractWebappId();
};

void TestRunRequest::validate_data()
{
    QTest::addColumn<RunRequest>("req");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QList<RequestIssue>>("issues");

    const QString id = QStringLiteral("1877265245566922753");
    QTest::newRow("ok") << request(id) << Key << QList<RequestIssue>{};
    QTest::newRow("one digit") << request(QStringLiteral("7")) << Key << QList<RequestIssue>{};
    QTest::newRow("int64 max") << request(QStringLiteral("9223372036854775807")) << Key << QList<RequestIssue>{};
    QTest::newRow("no key") << request(id) << QStringLiteral("  ") << QList<RequestIssue>{{Kind::MissingApiKey, -1}};
    QTest::newRow("no id") << request(QString()) << Key << QList<RequestIssue>{{Kind::MissingWebappId, -1}};
    QTest::newRow("blank id") << request(QStringLiteral("   ")) << Key
                              << QList<RequestIssue>{{Kind::MissingWebappId, -1}};
    QTest::newRow("letters") << request(QStringLiteral("18772652455669x2753")) << Key
                             << QList<RequestIssue>{{Kind::WebappIdNotDigits, -1}};
    QTest::newRow("negative") << request(QStringLiteral("-1")) << Key
                              << QList<RequestIssue>{{Kind::WebappIdNotDigits, -1}};
    QTest::newRow("double text") << request(QStringLiteral("1.877265245566923e18")) << Key
                                 << QList<RequestIssue>{{Kind::WebappIdNotDigits, -1}};
    QTest::newRow("20 digits") << request(QStringLiteral("18772652455669227530")) << Key
                               << QList<RequestIssue>{{Kind::WebappIdNotDigits, -1}};
    QTest::newRow("arabic-indic digits") << request(QString::fromUtf8("١٢٣")) << Key
                                         << QList<RequestIssue>{{Kind::WebappIdNotDigits, -1}};
    QTest::newRow("int64 max + 1") << request(QStringLiteral("9223372036854775808")) << Key
                                   << QList<RequestIssue>{{Kind::WebappIdTooLarge, -1}};
    QTest::newRow("19 nines") << request(QStringLiteral("9999999999999999999")) << Key
                              << QList<RequestIssue>{{Kind::WebappIdTooLarge, -1}};
    QTest::newRow("no nodes") << request(id, {}) << Key << QList<RequestIssue>{{Kind::NoNodes, -1}};

    RunRequest rows = request(id, {node(QStringLiteral("1"), QStringLiteral("a"), {}),
                                   node(QString(), QStringLiteral("b"), {}), node(QStringLiteral("3"), QString(), {}),
                                   node(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("x")),
                                   node(QStringLiteral(" "), QStringLiteral(" "), {})});
    QTest::newRow("rows") << rows << Key
                          << QList<RequestIssue>{{Kind::EmptyNodeId, 1},
                                                 {Kind::EmptyFieldName, 2},
                                                 {Kind::DuplicateField, 3},
                                                 {Kind::EmptyNodeId, 4},
                                                 {Kind::EmptyFieldName, 4}};

    RunRequest extras = request(id);
    extras.instanceType = QStringLiteral("PLUS");
    extras.webhookUrl = QStringLiteral("ftp://example.com/hook");
    QTest::newRow("bad extras") << extras << Key
                                << QList<RequestIssue>{{Kind::BadInstanceType, -1}, {Kind::BadWebhookUrl, -1}};
    extras.instanceType = QStringLiteral("plus");
    extras.webhookUrl = QStringLiteral("https://hooks.example.com/rh?x=1");
    QTest::newRow("good extras") << extras << Key << QList<RequestIssue>{};
    extras.instanceType = QStringLiteral("default");
    extras.webhookUrl = QStringLiteral("hooks.example.com/rh");
    QTest::newRow("relative webhook") << extras << Key << QList<RequestIssue>{{Kind::BadWebhookUrl, -1}};
    extras.webhookUrl = QStringLiteral("http://");
    QTest::newRow("hostless webhook") << extras << Key << QList<RequestIssue>{{Kind::BadWebhookUrl, -1}};

    QTest::newRow("everything wrong, form order")
        << request(QStringLiteral("abc"), {}) << QString()
        << QList<RequestIssue>{{Kind::MissingApiKey, -1}, {Kind::WebappIdNotDigits, -1}, {Kind::NoNodes, -1}};
}

void TestRunRequest::validate()
{
    QFETCH(RunRequest, req);
    QFETCH(QString, key);
    QFETCH(QList<RequestIssue>, issues);
    QCOMPARE(req.validate(key), issues);
}

void TestRunRequest::toJsonBytes_data()
{
    QTest::addColumn<RunRequest>("req");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("seed example, exact 19 digits")
        << request(QStringLiteral("1877265245566922753"),
                   {node(QStringLiteral("122"), QStringLiteral("prompt"), QString::fromUtf8("一个在教室里的金发女孩"))})
        << QByteArray("{\"apiKey\":\"0123456789abcdef0123456789abcdef\",\"webappId\":1877265245566922753,"
                      "\"nodeInfoList\":[{\"nodeId\":\"122\",\"fieldName\":\"prompt\",\"fieldValue\":\"") +
               QString::fromUtf8("一个在教室里的金发女孩").toUtf8() + QByteArray("\"}]}");

    QTest::newRow("int64 max") << request(QStringLiteral("9223372036854775807"), {})
                               << QByteArray("{\"apiKey\":\"0123456789abcdef0123456789abcdef\","
                                             "\"webappId\":9223372036854775807,\"nodeInfoList\":[]}");
    QTest::newRow("leading zeros dropped") << request(QStringLiteral("00042"), {})
                                           << QByteArray("{\"apiKey\":\"0123456789abcdef0123456789abcdef\","
                                                         "\"webappId\":42,\"nodeInfoList\":[]}");

    NodeField full =
        node(QStringLiteral("7"), QStringLiteral("text"), QStringLiteral("line one\nline \"two\"\t\\ end"));
    full.nodeName = QStringLiteral("CLIPTextEncode");
    full.fieldType = QStringLiteral("STRING");
    full.fieldData = QStringLiteral("[\"STRING\", {\"default\": \"\", \"multiline\": true}]");
    full.description = QString::fromUtf8("提示词");
    full.descriptionEn = QStringLiteral("prompt");
    RunRequest all =
        request(QStringLiteral("1877265245566922753"), {full, node(QStringLiteral("8"), QStringLiteral("seed"), {})});
    all.webhookUrl = QStringLiteral("https://example.com/hook?a=1&b=2");
    all.instanceType = QStringLiteral("plus");
    QTest::newRow("all fields, multiline, order")
        << all
        << QByteArray("{\"apiKey\":\"0123456789abcdef0123456789abcdef\",\"webappId\":1877265245566922753,"
                      "\"nodeInfoList\":[{\"nodeId\":\"7\",\"nodeName\":\"CLIPTextEncode\",\"fieldName\":\"text\","
                      "\"fieldValue\":\"line one\\nline \\\"two\\\"\\t\\\\ end\",\"description\":\"") +
               QString::fromUtf8("提示词").toUtf8() +
               QByteArray("\",\"descriptionEn\":\"prompt\"},{\"nodeId\":\"8\",\"fieldName\":\"seed\","
                          "\"fieldValue\":\"\"}],\"webhookUrl\":\"https://example.com/hook?a=1&b=2\","
                          "\"instanceType\":\"plus\"}");

    RunRequest onlyInstance = request(QStringLiteral("1"), {});
    onlyInstance.instanceType = QStringLiteral("default");
    QTest::newRow("instanceType without webhook")
        << onlyInstance
        << QByteArray("{\"apiKey\":\"0123456789abcdef0123456789abcdef\",\"webappId\":1,\"nodeInfoList\":[],"
                      "\"instanceType\":\"default\"}");
    QTest::newRow("invalid id stays valid JSON")
        << request(QStringLiteral("12a"), {})
        << QByteArray("{\"apiKey\":\"0123456789abcdef0123456789abcdef\",\"webappId\":\"12a\",\"nodeInfoList\":[]}");
}

void TestRunRequest::toJsonBytes()
{
    QFETCH(RunRequest, req);
    QFETCH(QByteArray, bytes);
    const QByteArray json = req.toJson(Key);
    QCOMPARE(json, bytes);
    QJsonParseError error{};
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(!json.contains("fieldData"));
    QVERIFY(!json.contains("fieldType"));
}

void TestRunRequest::toJsonParsesBackExactly()
{
    RunRequest r = request(QStringLiteral("1877265245566922753"));
    const QJsonObject object = QJsonDocument::fromJson(r.toJson(Key)).object();
    QCOMPARE(object.value(QLatin1String("webappId")).toInteger(), Q_INT64_C(1877265245566922753));
    QVERIFY(!r.toJson(Key).contains("1877265245566922800"));
    QVERIFY(!object.contains(QLatin1String("webhookUrl")));
    QVERIFY(!object.contains(QLatin1String("instanceType")));
}

void TestRunRequest::previewHasNoKey()
{
    RunRequest r = request(QStringLiteral("1877265245566922753"));
    r.webhookUrl = QStringLiteral("https://example.com/h");
    const QByteArray preview = r.toPreviewJson();
    QVERIFY(!preview.contains(Key.toUtf8()));
    QVERIFY(preview.contains(RunRequest::previewKeyMask().toUtf8()));
    QVERIFY(preview.contains("\"webappId\": 1877265245566922753"));
    QVERIFY(preview.contains('\n'));
    const QJsonObject object = QJsonDocument::fromJson(preview).object();
    QCOMPARE(object.value(QLatin1String("webappId")).toInteger(), Q_INT64_C(1877265245566922753));
    QCOMPARE(object.value(QLatin1String("nodeInfoList")).toArray().size(), 1);
    QVERIFY(preview.indexOf("apiKey") < preview.indexOf("webappId"));
    QVERIFY(preview.indexOf("nodeInfoList") < preview.indexOf("webhookUrl"));
}

void TestRunRequest::extractWebappId_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    const QString id = QStringLiteral("1877265245566922753");
    QTest::newRow("bare") << id << id;
    QTest::newRow("spaces") << QStringLiteral("  1877265245566922753 \n") << id;
    QTest::newRow("short bare") << QStringLiteral("42") << QStringLiteral("42");
    QTest::newRow("20 digits") << QStringLiteral("18772652455669227531") << QString();
    QTest::newRow("ai-detail") << QStringLiteral("https://www.runninghub.cn/ai-detail/1877265245566922753") << id;
    QTest::newRow("ai-detail .ai, slash")
        << QStringLiteral("https://www.runninghub.ai/ai-detail/1877265245566922753/") << id;
    QTest::newRow("post") << QStringLiteral("https://www.runninghub.cn/post/1877265245566922753?inviteCode=abc") << id;
    QTest::newRow("query") << QStringLiteral("https://www.runninghub.cn/x?webappId=1877265245566922753&k=2") << id;
    QTest::newRow("query other case") << QStringLiteral("https://example.com/?webAppId=1877265245566922753") << id;
    QTest::newRow("no scheme") << QStringLiteral("www.runninghub.cn/ai-detail/1877265245566922753") << id;
    QTest::newRow("digit run") << QStringLiteral("https://www.runninghub.cn/share/app-1877265245566922753-x") << id;
    QTest::newRow("link in a sentence") << QString::fromUtf8(
                                               "看看这个 https://www.runninghub.cn/ai-detail/1877265245566922753 很好")
                                        << id;
    QTest::newRow("other site path") << QStringLiteral("https://example.com/ai-detail/1877265245566922753")
                                     << QString();
    QTest::newRow("short run in url") << QStringLiteral("https://www.runninghub.cn/page/12345") << QString();
    QTest::newRow("rounded by js keeps digits")
        << QStringLiteral("https://www.runninghub.cn/ai-detail/1877265245566922800")
        << QStringLiteral("1877265245566922800");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("words") << QStringLiteral("hello world") << QString();
}

void TestRunRequest::extractWebappId()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QCOMPARE(rh::extractWebappId(text), id);
}

QTEST_GUILESS_MAIN(TestRunRequest)
#include "tst_runrequest.moc"
