#include "api/apicall.h"
#include "api/bodyexcerpt.h"
#include "api/jsonids.h"
#include "testenv.h"

#include <QJsonObject>
#include <QtTest>

using rh::ApiError;
using Kind = ApiError::Kind;
Q_DECLARE_METATYPE(rh::ApiError::Kind)
Q_DECLARE_METATYPE(rh::ApiError)

class TestEnvelope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void decode_data();
    void decode();
    void htmlDetailIsReadable();
    void excerpt_data();
    void excerpt();
    void hostilePages_data();
    void hostilePages();
    void serverErrorKeepsData();
    void bigIdsInDataStayExact();
    void safeToRetry_data();
    void safeToRetry();
};

void TestEnvelope::decode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("code");

    QTest::newRow("docs run reply") << 200 << rh::test::readData(QStringLiteral("run-reply-taskid-string.json"))
                                    << Kind::None << 0;
    QTest::newRow("docs outputs 804") << 200 << rh::test::readData(QStringLiteral("outputs-running-804.json"))
                                      << Kind::Server << 804;
    QTest::newRow("docs account") << 200 << rh::test::readData(QStringLiteral("account-status.json")) << Kind::None
                                  << 0;
    // Shaped like the real service's replies (tests/data/real): errorMessages: null beside msg changes nothing.
    QTest::newRow("real run reply") << 200 << rh::test::readData(QStringLiteral("real/run-reply-errormessages.json"))
                                    << Kind::None << 0;
    QTest::newRow("real apiCallDemo") << 200 << rh::test::readData(QStringLiteral("real/apicalldemo-ckpt-lora.json"))
                                      << Kind::None << 0;
    QTest::newRow("real app detail") << 200 << rh::test::readData(QStringLiteral("real/webapp-detail-lite.json"))
                                     << Kind::None << 0;
    QTest::newRow("real 805") << 200 << rh::test::readData(QStringLiteral("real/outputs-805-failedreason.json"))
                              << Kind::Server << 805;
    QTest::newRow("421") << 200 << QByteArray(R"({"code":421,"msg":"TASK_QUEUE_MAXED","data":null})") << Kind::Server
                         << 421;
    QTest::newRow("301 no data") << 200 << QByteArray(R"({"code":301,"msg":"apiKey must not be blank"})")
                                 << Kind::Server << 301;
    QTest::newRow("negative code") << 200 << QByteArray(R"({"code":-1,"msg":"x"})") << Kind::Server << -1;
    QTest::newRow("code 0.0") << 200 << QByteArray(R"({"code":0.0,"msg":"success","data":1})") << Kind::None << 0;
    QTest::newRow("HTML 502") << 502 << rh::test::readData(QStringLiteral("http-502.html")) << Kind::Http << 502;
    QTest::newRow("404 empty") << 404 << QByteArray() << Kind::Http << 404;
    QTest::newRow("500 with envelope") << 500 << QByteArray(R"({"code":500,"msg":"boom"})") << Kind::Http << 500;
    QTest::newRow("HTML 200") << 200 << rh::test::readData(QStringLiteral("http-502.html")) << Kind::BadReply << -1;
    QTest::newRow("garbage") << 200 << QByteArray("\x00\xff\xfe garbage", 11) << Kind::BadReply << -1;
    QTest::newRow("empty") << 200 << QByteArray() << Kind::BadReply << -1;
    QTest::newRow("cut JSON") << 200 << QByteArray(R"({"code":0,"msg":"success","data":{"taskId":"19070)")
                              << Kind::BadReply << -1;
    QTest::newRow("array") << 200 << QByteArray("[1,2]") << Kind::BadReply << -1;
    QTest::newRow("string") << 200 << QByteArray("\"ok\"") << Kind::BadReply << -1;
    QTest::newRow("no code") << 200 << QByteArray(R"({"msg":"success","data":{}})") << Kind::BadReply << -1;
    QTest::newRow("code as string") << 200 << QByteArray(R"({"code":"0","msg":"success"})") << Kind::BadReply << -1;
    QTest::newRow("code null") << 200 << QByteArray(R"({"code":null})") << Kind::BadReply << -1;
    QTest::newRow("code fraction") << 200 << QByteArray(R"({"code":0.5})") << Kind::BadReply << -1;
    QTest::newRow("code huge") << 200 << QByteArray(R"({"code":99999999999})") << Kind::BadReply << -1;
    QTest::newRow("code object") << 200 << QByteArray(R"({"code":{"v":0}})") << Kind::BadReply << -1;
}

void TestEnvelope::decode()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(int, code);
    const rh::ApiResult result = rh::decodeEnvelope(status, body);
    QCOMPARE(result.error.kind, kind);
    QCOMPARE(result.body, body);
    QCOMPARE(result.ok(), kind == Kind::None);
    if (kind == Kind::Http)
        QCOMPARE(result.error.code, status);
    else
        QCOMPARE(result.code, code);
    if (kind == Kind::Server)
        QCOMPARE(result.error.code, code);
}

void TestEnvelope::htmlDetailIsReadable()
{
    const rh::ApiResult result = rh::decodeEnvelope(502, rh::test::readData(QStringLiteral("http-502.html")));
    QCOMPARE(result.error.detail, QStringLiteral("502 Bad Gateway 502 Bad Gateway nginx"));

    QByteArray big = "<html><script>var secret = 1;</script><style>p{}</style><p>";
    big += QByteArray(5000, 'x');
    const rh::ApiResult long_ = rh::decodeEnvelope(503, big);
    QVERIFY(!long_.error.detail.contains(QLatin1String("secret")));
    QVERIFY(!long_.error.detail.contains(QLatin1Char('<')));
    QVERIFY(long_.error.detail.size() <= 201);

    const rh::ApiResult withMsg = rh::decodeEnvelope(500, R"({"code":500,"msg":"boom"})");
    QCOMPARE(withMsg.error.message, QStringLiteral("boom"));
}

void TestEnvelope::excerpt_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain text") << QByteArray("  upstream\n timed   out ") << QStringLiteral("upstream timed out");
    QTest::newRow("tags go, text stays") << QByteArray("<p>a<b>b</b>c</p>") << QStringLiteral("abc");
    QTest::newRow("script and style blocks go whole")
        << QByteArray("<SCRIPT type=x>if (a<b) alert(1)</script ><Style>p{}</STYLE>ok") << QStringLiteral("ok");
    QTest::newRow("a name that only starts like script")
        << QByteArray("<scripted>kept</scripted>") << QStringLiteral("kept");
    QTest::newRow("unclosed style: only its tag goes") << QByteArray("<style>p{} text") << QStringLiteral("p{} text");
    QTest::newRow("closing tag with a longer name is no closing tag")
        << QByteArray("<style>a</styles>b</style>c") << QStringLiteral("c");
    QTest::newRow("lone < stays") << QByteArray("a < b") << QStringLiteral("a < b");
    QTest::newRow("spaces between blocks collapse")
        << QByteArray("a <script>x</script> \n <style>y</style> b") << QStringLiteral("a b");
    QTest::newRow("long text is cut with an ellipsis")
        << QByteArray(300, 'x') << QString(200, QLatin1Char('x')) + QChar(0x2026);
    QTest::newRow("only the first 64 KiB are read") << QByteArray(64 * 1024, ' ') + QByteArray("late") << QString();
    QTest::newRow("Chinese") << QByteArray("<h1>网关错误</h1>") << QStringLiteral("网关错误");
}

void TestEnvelope::excerpt()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(rh::bodyExcerpt(body), expected);
}

// Pages built to make a backtracking regex crawl: the same readable outcome as any error page.
void TestEnvelope::hostilePages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("detail");
    // The files end in a cut tag (64 KiB is not a whole number of them): a tag without '>' is text.
    QTest::newRow("64 KiB of <style>") << QStringLiteral("hostile/style-flood-64k.html") << QStringLiteral("<s");
    QTest::newRow("closing tags that never close")
        << QStringLiteral("hostile/script-unclosed-64k.html") << QStringLiteral("</script <");
    QTest::newRow("64 KiB of <") << QStringLiteral("hostile/lt-flood-64k.html")
                                 << QString(200, QLatin1Char('<')) + QChar(0x2026);
}

void TestEnvelope::hostilePages()
{
    QFETCH(QString, file);
    QFETCH(QString, detail);
    const QByteArray page = rh::test::readData(file);
    QCOMPARE(page.size(), 64 * 1024);
    const rh::ApiResult asError = rh::decodeEnvelope(502, page);
    QCOMPARE(asError.error.kind, Kind::Http);
    QCOMPARE(asError.error.code, 502);
    QCOMPARE(asError.error.detail, detail);
    const rh::ApiResult as200 = rh::decodeEnvelope(200, page);
    QCOMPARE(as200.error.kind, Kind::BadReply);
    QCOMPARE(as200.error.detail, detail);
    QCOMPARE(as200.body, page);
}

void TestEnvelope::serverErrorKeepsData()
{
    const rh::ApiResult result = rh::decodeEnvelope(200, rh::test::readData(QStringLiteral("outputs-failed-805.json")));
    QCOMPARE(result.error.kind, Kind::Server);
    QCOMPARE(result.code, 805);
    QCOMPARE(result.msg, QStringLiteral("APIKEY_TASK_STATUS_ERROR"));
    QCOMPARE(result.error.message, QStringLiteral("APIKEY_TASK_STATUS_ERROR"));
    QVERIFY(result.data.toObject().contains(QLatin1String("failedReason")));
}

void TestEnvelope::bigIdsInDataStayExact()
{
    const rh::ApiResult result =
        rh::decodeEnvelope(200, rh::test::readData(QStringLiteral("run-reply-taskid-number.json")));
    QVERIFY(result.ok());
    QCOMPARE(rh::idFromJson(result.data.toObject().value(QLatin1String("taskId"))),
             QStringLiteral("1907035719658053634"));
}

void TestEnvelope::safeToRetry_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("safe");
    QTest::newRow("421") << ApiError::server(421, QStringLiteral("TASK_QUEUE_MAXED")) << true;
    QTest::newRow("415") << ApiError::server(415, QStringLiteral("TASK_INSTANCE_MAXED")) << true;
    QTest::newRow("433") << ApiError::server(433, QString()) << false;
    QTest::newRow("500") << ApiError::server(500, QString()) << false;
    QTest::newRow("network") << ApiError{Kind::Network, 0, {}, {}, {}} << true;
    QTest::newRow("unknown outcome") << ApiError{Kind::UnknownOutcome, 0, {}, {}, {}} << false;
    QTest::newRow("unknown outcome 421") << ApiError{Kind::UnknownOutcome, 421, {}, {}, {}} << false;
    QTest::newRow("http 502") << ApiError{Kind::Http, 502, {}, {}, {}} << false;
    QTest::newRow("http 421") << ApiError{Kind::Http, 421, {}, {}, {}} << false;
    QTest::newRow("bad reply") << ApiError{Kind::BadReply, 0, {}, {}, {}} << false;
    QTest::newRow("cancelled") << ApiError{Kind::Cancelled, 0, {}, {}, {}} << false;
    QTest::newRow("none") << ApiError{} << false;
}

void TestEnvelope::safeToRetry()
{
    QFETCH(ApiError, error);
    QFETCH(bool, safe);
    QCOMPARE(error.isSafeToRetry(), safe);
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
