#include "api/apicall.h"
#include "api/replies.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using rh::ApiError;
using rh::TaskState;
using Kind = ApiError::Kind;
Q_DECLARE_METATYPE(rh::TaskState)
Q_DECLARE_METATYPE(rh::ApiError::Kind)

namespace {

rh::ApiResult envelope(const QString &dataFile)
{
    return rh::decodeEnvelope(200, rh::test::readData(dataFile));
}

QStringList sl(const char *joined)
{
    return QString::fromUtf8(joined).split(QLatin1Char('|'));
}

QJsonValue json(const QByteArray &text)
{
    return QJsonDocument::fromJson("[" + text + "]").array().at(0);
}

} // namespace

class TestReplies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void runReplyTaskIdString();
    void runReplyTaskIdNumber();
    void runReplyNodeErrors();
    void runReplyBad_data();
    void runReplyBad();
    void outputsStates_data();
    void outputsStates();
    void outputsSuccessFiles();
    void outputsFailedReason();
    void outputsPassesErrorsThrough();
    void outputsWrongTypes();
    void traceback_data();
    void traceback();
    void status();
    void upload();
    void accountStatus_data();
    void accountStatus();
    void accountStatusEnvelopes();
    void appInfo();
    void appInfoHostile();
    void realEnvelopes_data();
    void realEnvelopes();
    void realApps_data();
    void realApps();
    void realOutputs_data();
    void realOutputs();
    void realRunReply();
};

void TestReplies::runReplyTaskIdString()
{
    const rh::ApiResult result = envelope(QStringLiteral("run-reply-taskid-string.json"));
    ApiError error;
    const rh::RunReply reply = rh::decodeRunReply(result.data, &error);
    QCOMPARE(error.kind, Kind::None);
    QCOMPARE(reply.taskId, QStringLiteral("1907035719658053634"));
    QCOMPARE(reply.clientId, QStringLiteral("5b3c1a0e6f1d4a7c8e2b9d0f1a2b3c4d"));
    QCOMPARE(reply.taskStatus, QStringLiteral("QUEUED"));
    QCOMPARE(reply.state, TaskState::Queued);
    QVERIFY(reply.netWssUrl.isEmpty());
    QVERIFY(reply.promptTips.present);
    QVERIFY(!reply.promptTips.hasErrors());
}

void TestReplies::runReplyTaskIdNumber()
{
    const rh::ApiResult result = envelope(QStringLiteral("run-reply-taskid-number.json"));
    ApiError error;
    const rh::RunReply reply = rh::decodeRunReply(result.data, &error);
    QCOMPARE(error.kind, Kind::None);
    QCOMPARE(reply.taskId, QStringLiteral("1907035719658053634"));
    QCOMPARE(reply.state, TaskState::Running);
    QVERIFY(reply.netWssUrl.startsWith(QLatin1String("wss://")));
}

void TestReplies::runReplyNodeErrors()
{
    const rh::ApiResult result = envelope(QStringLiteral("run-reply-node-errors.json"));
    ApiError error;
    const rh::RunReply reply = rh::decodeRunReply(result.data, &error);
    QCOMPARE(error.kind, Kind::None); // refused without a task, and that is an answer, not a bad reply
    QVERIFY(reply.taskId.isEmpty());
    QCOMPARE(reply.state, TaskState::Failed);
    QVERIFY(reply.promptTips.hasErrors());
    QCOMPARE(reply.promptTips.error, QStringLiteral("Prompt outputs failed validation"));
    QCOMPARE(reply.promptTips.nodeErrors.size(), 1);
    QCOMPARE(reply.promptTips.nodeErrors.first().inputName, QStringLiteral("steps"));
}

void TestReplies::runReplyBad_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("null") << QByteArray("null") << Kind::BadReply;
    QTest::newRow("list") << QByteArray("[]") << Kind::BadReply;
    QTest::newRow("no taskId") << QByteArray(R"({"taskStatus":"QUEUED"})") << Kind::BadReply;
    QTest::newRow("taskId object") << QByteArray(R"({"taskId":{"id":1},"taskStatus":"QUEUED"})") << Kind::BadReply;
    QTest::newRow("taskId fraction") << QByteArray(R"({"taskId":1.5})") << Kind::BadReply;
    QTest::newRow("FAILED without tips") << QByteArray(R"({"taskStatus":"FAILED"})") << Kind::BadReply;
    QTest::newRow("tips object, FAILED")
        << QByteArray(R"({"taskStatus":"FAILED","promptTips":{"result":false,"node_errors":{"3":{}}}})") << Kind::None;
    QTest::newRow("wrong field types")
        << QByteArray(R"({"taskId":"1","clientId":5,"taskStatus":7,"netWssUrl":[],"promptTips":9})") << Kind::None;
}

void TestReplies::runReplyBad()
{
    QFETCH(QByteArray, data);
    QFETCH(Kind, kind);
    ApiError error;
    error.kind = Kind::Timeout; // must be overwritten
    const rh::RunReply reply = rh::decodeRunReply(json(data), &error);
    QCOMPARE(error.kind, kind);
    rh::decodeRunReply(json(data), nullptr); // no error sink: still no crash
    if (kind == Kind::None && !reply.taskId.isEmpty())
        QCOMPARE(reply.state, TaskState::Create); // a task exists; the status word was not one we know
}

void TestReplies::outputsStates_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TaskState>("state");
    QTest::addColumn<int>("files");
    QTest::newRow("813 queued") << QStringLiteral("outputs-queued-813.json") << TaskState::Queued << 0;
    QTest::newRow("804 running") << QStringLiteral("outputs-running-804.json") << TaskState::Running << 0;
    QTest::newRow("0 success") << QStringLiteral("outputs-success.json") << TaskState::Success << 2;
    QTest::newRow("0 []") << QStringLiteral("outputs-success-empty.json") << TaskState::Success << 0;
    QTest::newRow("0 null = running") << QStringLiteral("outputs-success-null.json") << TaskState::Running << 0;
    QTest::newRow("805 failed") << QStringLiteral("outputs-failed-805.json") << TaskState::Failed << 0;
    QTest::newRow("807 not found") << QStringLiteral("outputs-notfound-807.json") << TaskState::NotFound << 0;
}

void TestReplies::outputsStates()
{
    QFETCH(QString, file);
    QFETCH(TaskState, state);
    QFETCH(int, files);
    ApiError error;
    const rh::OutputsReply reply = rh::decodeOutputsReply(envelope(file), &error);
    QCOMPARE(error.kind, Kind::None);
    QCOMPARE(reply.state, state);
    QCOMPARE(reply.outputs.size(), files);
    if (state == TaskState::Running && file.contains(QLatin1String("804")))
        QVERIFY(reply.netWssUrl.startsWith(QLatin1String("wss://")));
}

void TestReplies::outputsSuccessFiles()
{
    ApiError error;
    const auto reply = rh::decodeOutputsReply(envelope(QStringLiteral("outputs-success.json")), &error);
    QCOMPARE(reply.outputs.size(), 2);
    const rh::TaskOutput &a = reply.outputs.at(0);
    QVERIFY(a.fileUrl.endsWith(QLatin1String("ComfyUI_00001_hnona_1743846929.png")));
    QCOMPARE(a.fileType, QStringLiteral("png"));
    QCOMPARE(a.nodeId, QStringLiteral("9"));
    QCOMPARE(a.taskCostTime, QStringLiteral("41"));
    QCOMPARE(a.consumeCoins, QStringLiteral("20"));
    QVERIFY(a.consumeMoney.isEmpty());
    const rh::TaskOutput &b = reply.outputs.at(1); // the same numbers sent as JSON numbers
    QCOMPARE(b.nodeId, QStringLiteral("9"));
    QCOMPARE(b.taskCostTime, QStringLiteral("41"));
    QCOMPARE(b.consumeMoney, QStringLiteral("0.12"));
    QVERIFY(b.localPath.isEmpty());
}

void TestReplies::outputsFailedReason()
{
    ApiError error;
    const auto reply = rh::decodeOutputsReply(envelope(QStringLiteral("outputs-failed-805.json")), &error);
    const rh::FailedReason &r = reply.failedReason;
    QCOMPARE(r.nodeName, QStringLiteral("CheckpointLoaderSimple"));
    QCOMPARE(r.nodeId, QStringLiteral("4"));
    QCOMPARE(r.exceptionType, QStringLiteral("safetensors_rust.SafetensorError"));
    QCOMPARE(r.exceptionMessage, QStringLiteral("Error while deserializing header: HeaderTooLarge"));
    QVERIFY(r.traceback.startsWith(QLatin1String("  File \"/workspace/ComfyUI/execution.py\", line 327")));
    QVERIFY(r.traceback.contains(QLatin1String("\n  File \"/workspace/ComfyUI/comfy/utils.py\"")));
    QVERIFY(!r.traceback.contains(QLatin1String("[\"")));
    QVERIFY(!r.traceback.endsWith(QLatin1Char('\n')));
    QVERIFY(!r.isEmpty());
    QCOMPARE(r.code, 805); // the envelope's code and msg stay with the failure
    QCOMPARE(r.message, QStringLiteral("APIKEY_TASK_STATUS_ERROR"));

    // 805 without data still says Failed, with an empty reason.
    const auto bare = rh::decodeOutputsReply(rh::decodeEnvelope(200, R"({"code":805,"msg":"x","data":null})"), &error);
    QCOMPARE(bare.state, TaskState::Failed);
    QVERIFY(bare.failedReason.isEmpty());
    QCOMPARE(bare.failedReason.code, 805);
    QCOMPARE(bare.failedReason.message, QStringLiteral("x"));
}

void TestReplies::outputsPassesErrorsThrough()
{
    ApiError error;
    auto reply = rh::decodeOutputsReply(rh::decodeEnvelope(200, R"({"code":802,"msg":"APIKEY_UNAUTHORIZED"})"), &error);
    QCOMPARE(error.kind, Kind::Server);
    QCOMPARE(error.code, 802);
    QCOMPARE(error.message, QStringLiteral("APIKEY_UNAUTHORIZED"));
    QCOMPARE(reply.state, TaskState::Unknown);

    reply = rh::decodeOutputsReply(rh::decodeEnvelope(502, "<html>bad gateway</html>"), &error);
    QCOMPARE(error.kind, Kind::Http);
    QCOMPARE(error.code, 502);

    rh::ApiResult timeout;
    timeout.error.kind = Kind::Timeout;
    rh::decodeOutputsReply(timeout, &error);
    QCOMPARE(error.kind, Kind::Timeout);
}

void TestReplies::outputsWrongTypes()
{
    ApiError error;
    auto reply = rh::decodeOutputsReply(rh::decodeEnvelope(200, R"({"code":0,"data":{"fileUrl":"x"}})"), &error);
    QCOMPARE(error.kind, Kind::BadReply);
    reply = rh::decodeOutputsReply(rh::decodeEnvelope(200, R"({"code":0,"data":[1,"a",null]})"), &error);
    QCOMPARE(error.kind, Kind::BadReply);
    // One broken entry does not hide the good one.
    reply = rh::decodeOutputsReply(
        rh::decodeEnvelope(200, R"({"code":0,"data":[{"fileType":"png"},{"fileUrl":"https://x/y.png","nodeId":[]}]})"),
        &error);
    QCOMPARE(error.kind, Kind::None);
    QCOMPARE(reply.outputs.size(), 1);
    QVERIFY(reply.outputs.first().nodeId.isEmpty());
    reply = rh::decodeOutputsReply(rh::decodeEnvelope(200, R"({"code":0,"data":[{"fileUrl":{"url":"https://x"}}]})"),
                                   &error);
    QCOMPARE(error.kind, Kind::BadReply); // a fileUrl that is not a string is no URL
    reply = rh::decodeOutputsReply(rh::decodeEnvelope(200, R"({"code":804,"data":"x"})"), &error);
    QCOMPARE(reply.state, TaskState::Running);
    reply = rh::decodeOutputsReply(rh::decodeEnvelope(200, R"({"code":805,"data":{"failedReason":7}})"), &error);
    QCOMPARE(reply.state, TaskState::Failed);
}

void TestReplies::traceback_data()
{
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QString>("text");
    QTest::newRow("JSON string of lines")
        << QByteArray(R"({"traceback":"[\"a\\n\", \"b\\n\"]"})") << QStringLiteral("a\nb");
    QTest::newRow("list") << QByteArray(R"({"traceback":["a", "b"]})") << QStringLiteral("a\nb");
    QTest::newRow("plain text") << QByteArray(R"({"traceback":"Traceback (most recent call last):\n  x"})")
                                << QStringLiteral("Traceback (most recent call last):\n  x");
    QTest::newRow("text that looks like JSON start")
        << QByteArray(R"({"traceback":"[broken"})") << QStringLiteral("[broken");
    QTest::newRow("null") << QByteArray(R"({"traceback":null})") << QString();
    QTest::newRow("number") << QByteArray(R"({"traceback":3})") << QStringLiteral("3");
    QTest::newRow("reason as JSON string")
        << QByteArray(R"("{\"node_name\":\"n\",\"traceback\":[\"x\"]}")") << QStringLiteral("x");
}

void TestReplies::traceback()
{
    QFETCH(QByteArray, reason);
    QFETCH(QString, text);
    QCOMPARE(rh::decodeFailedReason(json(reason)).traceback, text);
}

void TestReplies::status()
{
    ApiError error;
    QCOMPARE(rh::decodeStatusReply(json("\"RUNNING\""), &error), TaskState::Running);
    QCOMPARE(error.kind, Kind::None);
    QCOMPARE(rh::decodeStatusReply(json("\"SUCCESS\""), &error), TaskState::Success);
    QCOMPARE(rh::decodeStatusReply(json("null"), &error), TaskState::Unknown);
    QCOMPARE(error.kind, Kind::BadReply);
}

void TestReplies::upload()
{
    ApiError error;
    const auto reply = rh::decodeUploadReply(envelope(QStringLiteral("upload-reply.json")).data, &error);
    QCOMPARE(error.kind, Kind::None);
    QVERIFY(reply.fileName.startsWith(QLatin1String("api/")));
    QVERIFY(reply.fileName.endsWith(QLatin1String(".png")));
    QCOMPARE(reply.fileType, QStringLiteral("image"));
    rh::decodeUploadReply(json("{\"fileName\": 5}"), &error);
    QCOMPARE(error.kind, Kind::BadReply);
    rh::decodeUploadReply(json("null"), &error);
    QCOMPARE(error.kind, Kind::BadReply);
}

namespace {

const QString none = QStringLiteral("<none>");

QString shown(const std::optional<QString> &value)
{
    return value ? *value : none;
}

} // namespace

void TestReplies::accountStatus_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("coins"); // -1 = not said
    QTest::addColumn<int>("tasks");    // -1 = not said
    QTest::addColumn<QString>("money");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("apiType");
    QTest::newRow("consumer: strings, money null")
        << QByteArray(R"({"remainCoins":"99545","currentTaskCounts":"0","remainMoney":null,"currency":null,)"
                      R"("apiType":"NORMAL"})")
        << qint64(99545) << 0 << none << none << QStringLiteral("NORMAL");
    QTest::newRow("enterprise: money and currency")
        << QByteArray(R"({"remainCoins":"1234","currentTaskCounts":"2","remainMoney":"88.88","currency":"CNY",)"
                      R"("apiType":"ENTERPRISE"})")
        << qint64(1234) << 2 << QStringLiteral("88.88") << QStringLiteral("CNY") << QStringLiteral("ENTERPRISE");
    QTest::newRow("numbers instead of strings")
        << QByteArray(R"({"remainCoins":12,"currentTaskCounts":1,"remainMoney":3.5,"currency":"CNY"})") << qint64(12)
        << 1 << QStringLiteral("3.5") << QStringLiteral("CNY") << none;
    QTest::newRow("missing fields are unknown, not 0") << QByteArray("{}") << qint64(-1) << -1 << none << none << none;
    QTest::newRow("zero is zero") << QByteArray(R"({"remainCoins":"0","currentTaskCounts":"0","remainMoney":"0.00"})")
                                  << qint64(0) << 0 << QStringLiteral("0.00") << none << none;
    QTest::newRow("empty strings are unknown")
        << QByteArray(R"({"remainCoins":"","currentTaskCounts":" ","remainMoney":"","currency":""})") << qint64(-1)
        << -1 << none << none << none;
    QTest::newRow("wrong types are unknown")
        << QByteArray(R"({"remainCoins":{},"currentTaskCounts":[1],"remainMoney":"lots","currency":{},"apiType":7})")
        << qint64(-1) << -1 << none << none << QStringLiteral("7");
    QTest::newRow("fractions and separators") << QByteArray(R"({"remainCoins":"1,234.9","currentTaskCounts":"3.0"})")
                                              << qint64(1234) << 3 << none << none << none;
    QTest::newRow("negative is unknown") << QByteArray(R"({"remainCoins":"-5"})") << qint64(-1) << -1 << none << none
                                         << none;
}

void TestReplies::accountStatus()
{
    QFETCH(QByteArray, data);
    QFETCH(qint64, coins);
    QFETCH(int, tasks);
    ApiError error;
    const auto status = rh::decodeAccountStatus(json(data), &error);
    QCOMPARE(error.kind, Kind::None);
    QCOMPARE(status.remainCoins.value_or(-1), coins);
    QCOMPARE(status.currentTaskCounts.value_or(-1), tasks);
    QTEST(shown(status.remainMoney), "money");
    QTEST(shown(status.currency), "currency");
    QTEST(shown(status.apiType), "apiType");
}

void TestReplies::accountStatusEnvelopes()
{
    ApiError error;
    const auto real = rh::decodeAccountStatus(envelope(QStringLiteral("account-status.json")).data, &error);
    QCOMPARE(error.kind, Kind::None);
    QCOMPARE(real.remainCoins.value_or(-1), qint64(99545));
    QVERIFY(!real.remainMoney);
    rh::decodeAccountStatus(json("\"x\""), &error);
    QCOMPARE(error.kind, Kind::BadReply);
    // A missing apikey is refused in the envelope (1601): an error of the call, and no figure to show.
    const rh::ApiResult missing =
        rh::decodeEnvelope(200, R"({"code":1601,"msg":"apikey must not be blank","data":null})");
    QCOMPARE(missing.error.kind, Kind::Server);
    QCOMPARE(missing.code, 1601);
    const auto nothing = rh::decodeAccountStatus(missing.data, &error);
    QCOMPARE(error.kind, Kind::BadReply);
    QVERIFY(!nothing.remainCoins && !nothing.currentTaskCounts);
}

void TestReplies::appInfo()
{
    ApiError error;
    const QString id = QStringLiteral("1877265245566922753");
    const rh::AppInfo info = rh::decodeAppInfo(id, envelope(QStringLiteral("apicalldemo.json")).data, &error);
    QCOMPARE(error.kind, Kind::None);
    QCOMPARE(info.webappId, id);
    QCOMPARE(info.name, QString::fromUtf8("一键换背景 Background swap"));
    QCOMPARE(info.coverUrl, QStringLiteral("https://rh-images.xiaoyaoyou.com/covers/cover.png"));
    QCOMPARE(info.thumbnailUrl, QStringLiteral("https://rh-images.xiaoyaoyou.com/covers/cover_thumb.webp"));
    QCOMPARE(info.nodes.size(), 4);
    const rh::NodeField &text = info.nodes.at(0);
    QCOMPARE(text.nodeId, QStringLiteral("122"));
    QCOMPARE(text.nodeName, QStringLiteral("CLIPTextEncode"));
    QCOMPARE(text.fieldName, QStringLiteral("text"));
    QCOMPARE(text.fieldValue, QString::fromUtf8("一个在教室里的金发女孩\nsecond line"));
    QCOMPARE(text.fieldType, QStringLiteral("STRING"));
    QCOMPARE(text.fieldData, QStringLiteral("[\"STRING\", {\"default\": \"\", \"multiline\": true}]"));
    QCOMPARE(text.description, QString::fromUtf8("提示词"));
    QCOMPARE(text.descriptionEn, QStringLiteral("prompt"));
    // fieldValue/fieldData as JSON numbers and arrays become text; 2.0 becomes "2".
    QCOMPARE(info.nodes.at(1).fieldValue, QStringLiteral("20"));
    QCOMPARE(info.nodes.at(1).fieldData, QStringLiteral("[\"INT\",{\"default\":20,\"max\":100,\"min\":1}]"));
    QCOMPARE(info.nodes.at(2).fieldValue, QStringLiteral("2"));
    QVERIFY(info.nodes.at(2).description.isEmpty());
    QVERIFY(info.nodes.at(3).fieldData.isEmpty());
}

void TestReplies::appInfoHostile()
{
    ApiError error;
    rh::AppInfo info = rh::decodeAppInfo(QStringLiteral("1"), json("null"), &error);
    QCOMPARE(error.kind, Kind::BadReply);
    info = rh::decodeAppInfo(QStringLiteral("1"), json(R"({"webappName":"x","nodeInfoList":"[]"})"), &error);
    QCOMPARE(error.kind, Kind::BadReply);
    info = rh::decodeAppInfo(
        QStringLiteral("1"),
        json(R"({"webappName":7,"covers":[],"nodeInfoList":[1,null,{"nodeId":3,"fieldName":"s"}]})"), &error);
    QCOMPARE(error.kind, Kind::None);
    QCOMPARE(info.name, QStringLiteral("7"));
    QVERIFY(info.coverUrl.isEmpty());
    QCOMPARE(info.nodes.size(), 1);
    QCOMPARE(info.nodes.first().nodeId, QStringLiteral("3"));
    info = rh::decodeAppInfo(QStringLiteral("1"), json(R"({"covers":{"url":"x"},"nodeInfoList":[]})"), &error);
    QCOMPARE(error.kind, Kind::None);
    QVERIFY(info.nodes.isEmpty());
}

// Bodies shaped like the real service's replies (tests/data/real/README.md says which field shows what).

void TestReplies::realEnvelopes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("msg");
    QTest::newRow("run, errorMessages null") << "real/run-reply-errormessages.json" << 0 << "success";
    QTest::newRow("outputs, errorMessages null") << "real/outputs-success-errormessages.json" << 0 << "success";
    QTest::newRow("apiCallDemo, errorMessages null") << "real/apicalldemo-ckpt-lora.json" << 0 << "success";
    QTest::newRow("app detail, errorMessages null") << "real/webapp-detail-lite.json" << 0 << "success";
    QTest::newRow("805 with failedReason") << "real/outputs-805-failedreason.json" << 805 << "APIKEY_TASK_STATUS_ERROR";
}

void TestReplies::realEnvelopes()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    QFETCH(QString, msg);
    const rh::ApiResult result = envelope(file);
    QCOMPARE(result.code, code);
    QCOMPARE(result.msg, msg); // errorMessages: null beside msg changes nothing
    QCOMPARE(result.error.kind, code == 0 ? Kind::None : Kind::Server);
    QVERIFY(!result.data.isUndefined());
}

void TestReplies::realApps_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QString>("coverUrl");
    const QString cdn = QStringLiteral("https://rh-images.xiaoyaoyou.com/");
    QTest::newRow("CKPT and LORA")
        << "real/apicalldemo-ckpt-lora.json" << QString::fromUtf8("水彩人像 LoRA 文生图")
        << sl("CKPT|LORA|STRING|STRING")
        << cdn + QLatin1String("5b1e0c9a7d2f4e3a8c6b9d0e1f2a3b4c/2026-03-02/7f3c2a1b0e9d8c7b6a5f4e3d2c1b0a99.png");
    QTest::newRow("no webappName")
        << "real/apicalldemo-no-webappname.json" << QString() << sl("STRING|INT|LORA")
        << cdn + QLatin1String("5b1e0c9a7d2f4e3a8c6b9d0e1f2a3b4c/2026-03-04/0a1b2c3d4e5f60718293a4b5c6d7e8f9.png");
    QTest::newRow("app detail, instanceType lite")
        << "real/webapp-detail-lite.json" << QString::fromUtf8("节气海报 · 文生图") << sl("LIST|LIST|STRING")
        << cdn + QLatin1String("9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b/2026-04-18/3c4d5e6f708192a3b4c5d6e7f8091a2b.png");
}

void TestReplies::realApps()
{
    QFETCH(QString, file);
    QFETCH(QStringList, types);
    const QString id = QStringLiteral("2031457790664018946");
    ApiError error;
    const rh::AppInfo info = rh::decodeAppInfo(id, envelope(file).data, &error);
    QCOMPARE(error.kind, Kind::None);
    QCOMPARE(info.webappId, id);
    QTEST(info.name, "name");
    QTEST(info.coverUrl, "coverUrl");
    QStringList sent;
    for (const rh::NodeField &node : info.nodes) {
        sent.append(node.fieldType);
        QVERIFY(!node.nodeId.isEmpty() && !node.fieldName.isEmpty());
    }
    QCOMPARE(sent, types);
}

void TestReplies::realOutputs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TaskState>("state");
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("node");
    QTest::newRow("0 with errorMessages null")
        << "real/outputs-success-errormessages.json" << TaskState::Success << 1 << 0 << QString() << QString();
    QTest::newRow("805 with failedReason")
        << "real/outputs-805-failedreason.json" << TaskState::Failed << 0 << 805 << "APIKEY_TASK_STATUS_ERROR"
        << "VAEDecode";
}

void TestReplies::realOutputs()
{
    QFETCH(QString, file);
    ApiError error;
    const rh::OutputsReply reply = rh::decodeOutputsReply(envelope(file), &error);
    QCOMPARE(error.kind, Kind::None);
    QTEST(reply.state, "state");
    QTEST(int(reply.outputs.size()), "files");
    QTEST(reply.failedReason.code, "code");
    QTEST(reply.failedReason.message, "message");
    QTEST(reply.failedReason.nodeName, "node");
    if (reply.state == TaskState::Failed) {
        QCOMPARE(reply.failedReason.nodeId, QStringLiteral("8"));
        QCOMPARE(reply.failedReason.exceptionType, QStringLiteral("RuntimeError"));
        QVERIFY(reply.failedReason.exceptionMessage.startsWith(QLatin1String("Given groups=1, weight of size")));
        // The traceback is a JSON string holding a list of lines: read as plain lines, the last one last.
        QVERIFY(reply.failedReason.traceback.startsWith(QLatin1String("  File \"/workspace/ComfyUI/execution.py\"")));
        QVERIFY(reply.failedReason.traceback.endsWith(QLatin1String("images = vae.decode(samples[\"samples\"])")));
    } else {
        QCOMPARE(reply.outputs.first().consumeCoins, QStringLiteral("7"));
        QCOMPARE(reply.outputs.first().taskCostTime, QStringLiteral("31"));
    }
}

void TestReplies::realRunReply()
{
    ApiError error;
    const rh::RunReply reply =
        rh::decodeRunReply(envelope(QStringLiteral("real/run-reply-errormessages.json")).data, &error);
    QCOMPARE(error.kind, Kind::None);
    QCOMPARE(reply.taskId, QStringLiteral("2031502216745783297"));
    QCOMPARE(reply.clientId, QStringLiteral("d41f0c2a9b7e4c51a3f86e2b90c7d5e4"));
    QCOMPARE(reply.state, TaskState::Running);
    QVERIFY(reply.promptTips.present && !reply.promptTips.hasErrors());
}

QTEST_GUILESS_MAIN(TestReplies)
#include "tst_replies.moc"
