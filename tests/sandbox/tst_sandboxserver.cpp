// SandboxServer's endpoints and codes, over real sockets on 127.0.0.1.
#include "sandboxhttp.h"
#include "testenv.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <memory>

using rh::SandboxServer;
using rh::test::HttpAnswer;
using rh::test::SandboxHttp;

namespace {

const QString textToImageId = QStringLiteral("1877265245566922753");
const QString imageToImageId = QStringLiteral("1894010498277093377");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
const QString outputsPath = QStringLiteral("/task/openapi/outputs");
const QString statusPath = QStringLiteral("/task/openapi/status");
const QString cancelPath = QStringLiteral("/task/openapi/cancel");
const QString accountPath = QStringLiteral("/uc/openapi/accountStatus");

QByteArray key()
{
    return SandboxServer::demoApiKey().toUtf8();
}

/// A run body for the text-to-image app with one edited row; the id is written as given (bare or quoted).
QByteArray runBody(const QByteArray &webappIdJson, const QByteArray &nodeId = "3",
                   const QByteArray &fieldName = "steps", const QByteArray &value = "\"30\"")
{
    return "{\"apiKey\":\"" + key() + "\",\"webappId\":" + webappIdJson + ",\"nodeInfoList\":[{\"nodeId\":\"" + nodeId +
           "\",\"fieldName\":\"" + fieldName + "\",\"fieldValue\":" + value + "}]}";
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_server->setTimings(0, 0);
        m_http = std::make_unique<SandboxHttp>(*m_server);
    }
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void demoKeyIsThirtyTwoCharacters()
    {
        QCOMPARE(SandboxServer::demoApiKey().size(), 32);
        QVERIFY(SandboxServer::demoApiKey().contains(QLatin1String("sandbox")));
        QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    }

    void apiCallDemoShape_data()
    {
        QTest::addColumn<QString>("webappId");
        for (const QString &id : SandboxServer::demoAppIds())
            QTest::newRow(qPrintable(id)) << id;
    }
    void apiCallDemoShape()
    {
        QFETCH(QString, webappId);
        QCOMPARE(webappId.size(), 19);
        const HttpAnswer answer = m_http->apiCallDemo(SandboxServer::demoApiKey(), webappId);
        QCOMPARE(answer.httpStatus, 200);
        QVERIFY(answer.contentType.startsWith("application/json"));
        QCOMPARE(answer.code(), 0);
        const QJsonObject data = answer.dataObject();
        QVERIFY(!data.value(QStringLiteral("webappName")).toString().isEmpty());
        QVERIFY(data.value(QStringLiteral("statisticsInfo")).isObject());
        QVERIFY(data.value(QStringLiteral("curl")).toString().contains(QLatin1String("\"webappId\":\"null\"")));
        const QStringList keys{QStringLiteral("nodeId"),      QStringLiteral("nodeName"),
                               QStringLiteral("fieldName"),   QStringLiteral("fieldValue"),
                               QStringLiteral("fieldType"),   QStringLiteral("fieldData"),
                               QStringLiteral("description"), QStringLiteral("descriptionEn")};
        const QJsonArray nodes = data.value(QStringLiteral("nodeInfoList")).toArray();
        QVERIFY(nodes.size() >= 4);
        for (const QJsonValue &node : nodes) {
            for (const QString &key : keys)
                QVERIFY2(node.toObject().value(key).isString(), qPrintable(key));
            QJsonParseError error;
            QJsonDocument::fromJson(node.toObject().value(QStringLiteral("fieldData")).toString().toUtf8(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
        // The cover is a PNG the sandbox serves.
        const QJsonObject cover = data.value(QStringLiteral("covers")).toArray().at(0).toObject();
        for (const QString &field : {QStringLiteral("url"), QStringLiteral("thumbnailUri")}) {
            const QUrl url(cover.value(field).toString());
            const HttpAnswer png = m_http->get(url);
            QCOMPARE(png.httpStatus, 200);
            QVERIFY(!QImage::fromData(png.body, "PNG").isNull());
            QCOMPARE(png.body, m_server->fileBytes(url));
        }
    }

    void demoAppsUseEveryFieldType()
    {
        QSet<QString> types;
        bool listSentinelLast = true, listOptionWithoutName = false, switchFloatIndex = false, multiline = false;
        for (const QString &id : SandboxServer::demoAppIds()) {
            const QJsonArray nodes = m_http->apiCallDemo(SandboxServer::demoApiKey(), id)
                                         .dataObject()
                                         .value(QStringLiteral("nodeInfoList"))
                                         .toArray();
            for (const QJsonValue &value : nodes) {
                const QJsonObject node = value.toObject();
                const QString type = node.value(QStringLiteral("fieldType")).toString();
                const QString fieldData = node.value(QStringLiteral("fieldData")).toString();
                types.insert(type);
                const QJsonArray data = QJsonDocument::fromJson(fieldData.toUtf8()).array();
                if (type == QLatin1String("LIST")) {
                    const QJsonObject last = data.last().toObject();
                    listSentinelLast =
                        listSentinelLast && last.contains(QStringLiteral("default")) &&
                        last.value(QStringLiteral("description")).toString() == QString::fromUtf8("忽略");
                    for (const QJsonValue &option : data)
                        listOptionWithoutName |= option.toObject().contains(QStringLiteral("index")) &&
                                                 !option.toObject().contains(QStringLiteral("name"));
                }
                if (type == QLatin1String("SWITCH")) {
                    switchFloatIndex = fieldData.contains(QLatin1String("2.0")) &&
                                       node.value(QStringLiteral("fieldValue")).toString() == QLatin1String("2");
                }
                if (type == QLatin1String("STRING"))
                    multiline |= fieldData.contains(QLatin1String("\"multiline\": true"));
                QVERIFY(!node.value(QStringLiteral("description")).toString().isEmpty());
            }
        }
        for (const char *type : {"STRING", "INT", "FLOAT", "LIST", "SWITCH", "IMAGE", "VIDEO", "AUDIO"})
            QVERIFY2(types.contains(QLatin1String(type)), type);
        QVERIFY(listSentinelLast);
        QVERIFY(listOptionWithoutName);
        QVERIFY(switchFloatIndex);
        QVERIFY(multiline);
    }

    void apiCallDemoErrors_data()
    {
        QTest::addColumn<QString>("apiKey");
        QTest::addColumn<QString>("webappId");
        QTest::addColumn<int>("code");
        const QString good = SandboxServer::demoApiKey();
        QTest::newRow("wrong key") << QStringLiteral("0123456789abcdef0123456789abcdef") << textToImageId << 802;
        QTest::newRow("no key") << QString() << textToImageId << 301;
        QTest::newRow("unknown app") << good << QStringLiteral("1000000000000000001") << 901;
        // The docs' example id after a trip through a JS double names no app.
        QTest::newRow("id rounded by a double") << good << QStringLiteral("1877265245566922800") << 901;
    }
    void apiCallDemoErrors()
    {
        QFETCH(QString, apiKey);
        QFETCH(QString, webappId);
        QFETCH(int, code);
        const HttpAnswer answer = m_http->apiCallDemo(apiKey, webappId);
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(answer.code(), code);
        QVERIFY(answer.data().isNull());
    }

    void runCodes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        const QByteArray id = textToImageId.toUtf8();
        QTest::newRow("id as bare number") << runBody(id) << 0;
        QTest::newRow("id as string") << runBody('"' + id + '"') << 0;
        QTest::newRow("rounded bare number") << runBody("1877265245566922800") << 901;
        QTest::newRow("unknown app") << runBody("\"1000000000000000001\"") << 901;
        QTest::newRow("id not digits") << runBody("\"abc\"") << 301;
        QTest::newRow("no webappId") << QByteArray("{\"apiKey\":\"" + key() + "\",\"nodeInfoList\":[]}") << 301;
        QTest::newRow("no apiKey") << QByteArray("{\"webappId\":\"" + id + "\",\"nodeInfoList\":[]}") << 301;
        QTest::newRow("wrong apiKey") << QByteArray(runBody(id)).replace(key(), "x") << 802;
        QTest::newRow("not JSON") << QByteArray("webappId=" + id) << 301;
        QTest::newRow("no nodeInfoList") << QByteArray("{\"apiKey\":\"" + key() + "\",\"webappId\":" + id + "}") << 301;
        QTest::newRow("empty nodeInfoList")
            << QByteArray("{\"apiKey\":\"" + key() + "\",\"webappId\":" + id + ",\"nodeInfoList\":[]}") << 0;
        QTest::newRow("unknown nodeId") << runBody(id, "999", "steps") << 803;
        QTest::newRow("unknown fieldName") << runBody(id, "3", "stepz") << 803;
        QTest::newRow("value as number") << runBody(id, "3", "steps", "40") << 0;
        const QByteArray base = runBody(id);
        const auto with = [&base](const QByteArray &extra) { return QByteArray(base).insert(1, extra + ','); };
        QTest::newRow("instanceType plus") << with("\"instanceType\":\"plus\"") << 0;
        QTest::newRow("instanceType default") << with("\"instanceType\":\"default\"") << 0;
        QTest::newRow("instanceType empty") << with("\"instanceType\":\"\"") << 0;
        QTest::newRow("instanceType bad") << with("\"instanceType\":\"huge\"") << 301;
        QTest::newRow("webhook https") << with("\"webhookUrl\":\"https://example.com/hook\"") << 0;
        QTest::newRow("webhook ftp") << with("\"webhookUrl\":\"ftp://example.com/hook\"") << 301;
        QTest::newRow("webhook not a URL") << with("\"webhookUrl\":\"hook me\"") << 301;
    }
    void runCodes()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        const HttpAnswer answer = m_http->post(runPath, body);
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(answer.code(), code);
        QCOMPARE(m_server->lastRequestBody(runPath), body);
        if (body.startsWith('{') && !body.contains("\"apiKey\""))
            QCOMPARE(answer.json().value(QStringLiteral("msg")).toString(), QStringLiteral("apiKey must not be blank"));
        if (code != 0) {
            QVERIFY(answer.data().isNull());
            QVERIFY(m_server->lastTaskId().isEmpty());
        }
    }

    void runSuccessShape()
    {
        const HttpAnswer answer = m_http->post(runPath, runBody(textToImageId.toUtf8()));
        QCOMPARE(answer.code(), 0);
        const QJsonObject data = answer.dataObject();
        const QJsonValue taskId = data.value(QStringLiteral("taskId"));
        QVERIFY(taskId.isString());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{19}$")).match(taskId.toString()).hasMatch());
        QCOMPARE(taskId.toString(), m_server->lastTaskId());
        QVERIFY(answer.body.contains("\"taskId\":\"" + taskId.toString().toUtf8() + '"'));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$"))
                    .match(data.value(QStringLiteral("clientId")).toString())
                    .hasMatch());
        // No queue time: the run reply says RUNNING (never SUCCESS) and already has a websocket URL.
        QCOMPARE(data.value(QStringLiteral("taskStatus")).toString(), QStringLiteral("RUNNING"));
        QVERIFY(data.value(QStringLiteral("netWssUrl")).toString().startsWith(QLatin1String("ws://")));
        QVERIFY(data.value(QStringLiteral("promptTips")).isString());
        const QJsonObject tips = parseObject(data.value(QStringLiteral("promptTips")).toString());
        QCOMPARE(tips.value(QStringLiteral("result")).toBool(), true);
        QVERIFY(tips.value(QStringLiteral("node_errors")).toObject().isEmpty());

        m_server->setTimings(1000, 1000);
        const QJsonObject queued = m_http->post(runPath, runBody(textToImageId.toUtf8())).dataObject();
        QCOMPARE(queued.value(QStringLiteral("taskStatus")).toString(), QStringLiteral("QUEUED"));
        QVERIFY(queued.value(QStringLiteral("netWssUrl")).isNull());
        QCOMPARE(queued.value(QStringLiteral("clientId")), data.value(QStringLiteral("clientId")));
    }

    void runValidationFails_data()
    {
        QTest::addColumn<QByteArray>("webappId");
        QTest::addColumn<QByteArray>("nodeId");
        QTest::addColumn<QByteArray>("fieldName");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("classType");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("details");
        const QByteArray t2i = textToImageId.toUtf8();
        const QByteArray i2i = imageToImageId.toUtf8();
        QTest::newRow("INT above max") << t2i << QByteArray("3") << QByteArray("steps") << QByteArray("\"200\"")
                                       << "KSampler"
                                       << "value_bigger_than_max"
                                       << "steps: 200 > 100";
        QTest::newRow("INT below min") << t2i << QByteArray("3") << QByteArray("steps") << QByteArray("\"0\"")
                                       << "KSampler"
                                       << "value_smaller_than_min"
                                       << "steps: 0 < 1";
        QTest::newRow("INT not a number")
            << t2i << QByteArray("3") << QByteArray("steps") << QByteArray("\"many\"") << "KSampler"
            << "invalid_input_type"
            << "";
        QTest::newRow("FLOAT above max") << t2i << QByteArray("3") << QByteArray("cfg") << QByteArray("\"31\"")
                                         << "KSampler"
                                         << "value_bigger_than_max"
                                         << "cfg: 31.0 > 30.0";
        QTest::newRow("LIST not an option")
            << t2i << QByteArray("30") << QByteArray("model") << QByteArray("\"flux-max\"") << "RH_ModelSelect"
            << "value_not_in_list"
            << "";
        QTest::newRow("LIST sentinel word") << t2i << QByteArray("30") << QByteArray("model")
                                            << QByteArray("\"\xe5\xbf\xbd\xe7\x95\xa5\"") << "RH_ModelSelect"
                                            << "value_not_in_list"
                                            << "";
        QTest::newRow("SWITCH not an index")
            << i2i << QByteArray("60") << QByteArray("select") << QByteArray("\"3\"") << "ImpactSwitch"
            << "value_not_in_list"
            << "";
        QTest::newRow("IMAGE never uploaded")
            << i2i << QByteArray("12") << QByteArray("image") << QByteArray("\"api/nowhere.png\"") << "LoadImage"
            << "custom_validation_failed"
            << "";
    }
    void runValidationFails()
    {
        QFETCH(QByteArray, webappId);
        QFETCH(QByteArray, nodeId);
        QFETCH(QByteArray, fieldName);
        QFETCH(QByteArray, value);
        QFETCH(QString, classType);
        QFETCH(QString, type);
        QFETCH(QString, details);
        const HttpAnswer answer = m_http->post(runPath, runBody(webappId, nodeId, fieldName, value));
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(answer.code(), 0);
        const QJsonObject data = answer.dataObject();
        QCOMPARE(data.value(QStringLiteral("taskStatus")).toString(), QStringLiteral("FAILED"));
        QVERIFY(data.value(QStringLiteral("promptTips")).isString());
        const QJsonObject tips = parseObject(data.value(QStringLiteral("promptTips")).toString());
        QCOMPARE(tips.value(QStringLiteral("result")).toBool(true), false);
        QVERIFY(tips.value(QStringLiteral("outputs_to_execute")).toArray().isEmpty());
        QVERIFY(tips.contains(QStringLiteral("error")));
        const QJsonObject nodeError =
            tips.value(QStringLiteral("node_errors")).toObject().value(QString::fromUtf8(nodeId)).toObject();
        QCOMPARE(nodeError.value(QStringLiteral("class_type")).toString(), classType);
        const QJsonObject error = nodeError.value(QStringLiteral("errors")).toArray().at(0).toObject();
        QCOMPARE(error.value(QStringLiteral("type")).toString(), type);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        if (!details.isEmpty())
            QCOMPARE(error.value(QStringLiteral("details")).toString(), details);
        QCOMPARE(error.value(QStringLiteral("extra_info")).toObject().value(QStringLiteral("input_name")).toString(),
                 QString::fromUtf8(fieldName));
    }

    void switchAcceptsIntegerAndFloatSpelling_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("2") << QByteArray("\"2\"");
        QTest::newRow("2.0") << QByteArray("\"2.0\"");
        QTest::newRow("1") << QByteArray("\"1\"");
    }
    void switchAcceptsIntegerAndFloatSpelling()
    {
        QFETCH(QByteArray, value);
        const HttpAnswer answer = m_http->post(runPath, runBody(imageToImageId.toUtf8(), "60", "select", value));
        QCOMPARE(answer.dataObject().value(QStringLiteral("taskStatus")).toString(), QStringLiteral("RUNNING"));
    }

    void outputsWalkThroughStates()
    {
        m_server->setTimings(1000, 2000);
        const QString taskId = m_http->post(runPath, runBody(textToImageId.toUtf8(), "5", "batch_size", "\"2\""))
                                   .dataObject()
                                   .value(QStringLiteral("taskId"))
                                   .toString();
        HttpAnswer answer = m_http->postTask(outputsPath, taskId);
        QCOMPARE(answer.code(), 813);
        QVERIFY(answer.data().isNull());
        QCOMPARE(m_http->postTask(statusPath, taskId).data().toString(), QStringLiteral("QUEUED"));

        m_server->advanceClock(1000);
        answer = m_http->postTask(outputsPath, taskId);
        QCOMPARE(answer.code(), 804);
        QVERIFY(answer.dataObject().value(QStringLiteral("netWssUrl")).toString().startsWith(QLatin1String("ws://")));
        QCOMPARE(m_http->postTask(statusPath, taskId).data().toString(), QStringLiteral("RUNNING"));
        // Not finished yet: its files do not exist.
        QCOMPARE(m_http->get(m_http->url(QStringLiteral("/files/%1-0.png").arg(taskId))).httpStatus, 404);

        m_server->advanceClock(2000);
        answer = m_http->postTask(outputsPath, taskId);
        QCOMPARE(answer.code(), 0);
        QCOMPARE(m_http->postTask(statusPath, taskId).data().toString(), QStringLiteral("SUCCESS"));
        const QJsonArray outputs = answer.data().toArray();
        QCOMPARE(outputs.size(), 2);
        for (const QJsonValue &value : outputs) {
            const QJsonObject output = value.toObject();
            QCOMPARE(output.value(QStringLiteral("fileType")).toString(), QStringLiteral("png"));
            QCOMPARE(output.value(QStringLiteral("nodeId")).toString(), QStringLiteral("9"));
            QVERIFY(output.value(QStringLiteral("taskCostTime")).isString());
            QVERIFY(output.value(QStringLiteral("consumeCoins")).isString());
            QVERIFY(output.contains(QStringLiteral("consumeMoney")));
            QVERIFY(output.contains(QStringLiteral("thirdPartyConsumeMoney")));
            const QUrl url(output.value(QStringLiteral("fileUrl")).toString());
            QVERIFY(url.toString().startsWith(m_server->baseUrl().toString()));
            const HttpAnswer png = m_http->get(url);
            QCOMPARE(png.httpStatus, 200);
            QCOMPARE(png.contentType, QByteArray("image/png"));
            QCOMPARE(png.body, m_server->fileBytes(url));
            QCOMPARE(QImage::fromData(png.body, "PNG").size(), QSize(512, 512));
        }
        QVERIFY(outputs.at(0).toObject().value(QStringLiteral("fileUrl")) !=
                outputs.at(1).toObject().value(QStringLiteral("fileUrl")));
    }

    void zeroTimingsFinishOnFirstPoll()
    {
        const QString taskId = m_http->post(runPath, runBody(textToImageId.toUtf8()))
                                   .dataObject()
                                   .value(QStringLiteral("taskId"))
                                   .toString();
        const HttpAnswer answer = m_http->postTask(outputsPath, taskId);
        QCOMPARE(answer.code(), 0);
        QCOMPARE(answer.data().toArray().size(), 1);
    }

    void taskIdAsBareNumberInOutputs()
    {
        const QString taskId = m_http->post(runPath, runBody(textToImageId.toUtf8()))
                                   .dataObject()
                                   .value(QStringLiteral("taskId"))
                                   .toString();
        const QByteArray body = "{\"apiKey\":\"" + key() + "\",\"taskId\":" + taskId.toUtf8() + '}';
        QCOMPARE(m_http->post(outputsPath, body).code(), 0);
    }

    void failingTaskAnswers805()
    {
        m_server->setNextTaskFails(true);
        const QString failing = m_http->post(runPath, runBody(textToImageId.toUtf8()))
                                    .dataObject()
                                    .value(QStringLiteral("taskId"))
                                    .toString();
        const HttpAnswer answer = m_http->postTask(outputsPath, failing);
        QCOMPARE(answer.code(), 805);
        const QJsonObject reason = answer.dataObject().value(QStringLiteral("failedReason")).toObject();
        for (const char *field : {"node_name", "node_id", "exception_type", "exception_message", "traceback"})
            QVERIFY2(reason.value(QLatin1String(field)).isString(), field);
        QCOMPARE(reason.value(QStringLiteral("node_name")).toString(), QStringLiteral("KSampler"));
        QVERIFY(QJsonDocument::fromJson(reason.value(QStringLiteral("traceback")).toString().toUtf8()).isArray());
        QVERIFY(reason.contains(QStringLiteral("current_inputs")));
        QVERIFY(reason.contains(QStringLiteral("current_outputs")));
        QCOMPARE(m_http->postTask(statusPath, failing).data().toString(), QStringLiteral("FAILED"));
        // Only the next task fails.
        const QString next = m_http->post(runPath, runBody(textToImageId.toUtf8()))
                                 .dataObject()
                                 .value(QStringLiteral("taskId"))
                                 .toString();
        QCOMPARE(m_http->postTask(outputsPath, next).code(), 0);
    }

    void cancelEndsTheTask()
    {
        m_server->setTimings(5000, 5000);
        const QString taskId = m_http->post(runPath, runBody(textToImageId.toUtf8()))
                                   .dataObject()
                                   .value(QStringLiteral("taskId"))
                                   .toString();
        const HttpAnswer cancelled = m_http->postTask(cancelPath, taskId);
        QCOMPARE(cancelled.code(), 0);
        QVERIFY(cancelled.data().isNull());
        const HttpAnswer answer = m_http->postTask(outputsPath, taskId);
        QCOMPARE(answer.code(), 805);
        QCOMPARE(answer.dataObject()
                     .value(QStringLiteral("failedReason"))
                     .toObject()
                     .value(QStringLiteral("exception_message"))
                     .toString(),
                 QStringLiteral("Task cancelled by user"));
        QCOMPARE(m_http->postTask(statusPath, taskId).data().toString(), QStringLiteral("FAILED"));
        m_server->advanceClock(20000);
        QCOMPARE(m_http->postTask(outputsPath, taskId).code(), 805);
    }

    void unknownTaskAnswers807_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("outputs") << outputsPath;
        QTest::newRow("status") << statusPath;
        QTest::newRow("cancel") << cancelPath;
    }
    void unknownTaskAnswers807()
    {
        QFETCH(QString, path);
        const HttpAnswer answer = m_http->postTask(path, QStringLiteral("1907035719658053634"));
        QCOMPARE(answer.code(), 807);
        QVERIFY(answer.data().isNull());
        QCOMPARE(m_http->post(path, "{\"taskId\":\"1907035719658053634\"}").code(), 301);
    }

    void concurrencyLimitAnswers421()
    {
        m_server->setTimings(10000, 10000);
        m_server->setConcurrencyLimit(2);
        QCOMPARE(m_http->post(runPath, runBody(textToImageId.toUtf8())).code(), 0);
        QCOMPARE(m_http->post(runPath, runBody(textToImageId.toUtf8())).code(), 0);
        const QString second = m_server->lastTaskId();
        const HttpAnswer refused = m_http->post(runPath, runBody(textToImageId.toUtf8()));
        QCOMPARE(refused.code(), 421);
        QVERIFY(refused.data().isNull());
        QCOMPARE(m_server->lastTaskId(), second); // nothing was created
        const QByteArray account = "{\"apikey\":\"" + key() + "\"}";
        QCOMPARE(m_http->post(accountPath, account).dataObject().value(QStringLiteral("currentTaskCounts")),
                 QJsonValue(QStringLiteral("2")));
        m_server->advanceClock(20000);
        QCOMPARE(m_http->post(runPath, runBody(textToImageId.toUtf8())).code(), 0);
    }

    void accountStatus_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::newRow("apikey") << QByteArray("{\"apikey\":\"" + key() + "\"}") << 0;
        QTest::newRow("camel-case apiKey is not read") << QByteArray("{\"apiKey\":\"" + key() + "\"}") << 1601;
        QTest::newRow("blank apikey") << QByteArray("{\"apikey\":\" \"}") << 1601;
        QTest::newRow("wrong key") << QByteArray("{\"apikey\":\"nope\"}") << 802;
    }
    void accountStatus()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        const HttpAnswer answer = m_http->post(accountPath, body);
        QCOMPARE(answer.code(), code);
        if (code != 0)
            return;
        const QJsonObject data = answer.dataObject();
        for (const char *field : {"remainCoins", "currentTaskCounts", "remainMoney", "currency", "apiType"})
            QVERIFY2(data.value(QLatin1String(field)).isString(), field);
    }

    void uploadIsContentAddressed()
    {
        QImage image(16, 16, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const HttpAnswer answer =
            m_http->upload(SandboxServer::demoApiKey(), bytes, QStringLiteral("Red.PNG"), QStringLiteral("image"));
        QCOMPARE(answer.code(), 0);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QString fileName = answer.dataObject().value(QStringLiteral("fileName")).toString();
        QCOMPARE(fileName, QStringLiteral("api/%1.png").arg(sha));
        QCOMPARE(answer.dataObject().value(QStringLiteral("fileType")).toString(), QStringLiteral("image"));
        QCOMPARE(m_server->uploadedFile(fileName), bytes);
        // An uploaded file is known to the apps' IMAGE inputs.
        const HttpAnswer run =
            m_http->post(runPath, runBody(imageToImageId.toUtf8(), "12", "image", '"' + fileName.toUtf8() + '"'));
        QCOMPARE(run.dataObject().value(QStringLiteral("taskStatus")).toString(), QStringLiteral("RUNNING"));
    }

    void uploadErrors()
    {
        QCOMPARE(m_http->upload(QStringLiteral("nope"), "x", QStringLiteral("a.png"), QStringLiteral("image")).code(),
                 802);
        QCOMPARE(m_http->upload(QString(), "x", QStringLiteral("a.png"), QStringLiteral("image")).code(), 301);
        const QByteArray tooBig(int(SandboxServer::uploadLimitBytes() + 1), 'x');
        const HttpAnswer answer =
            m_http->upload(SandboxServer::demoApiKey(), tooBig, QStringLiteral("big.mp4"), QStringLiteral("video"));
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(answer.code(), 809);
    }

    void removedInputIsGone()
    {
        m_server->removeAppInput(textToImageId, QStringLiteral("3"), QStringLiteral("steps"));
        const QJsonArray nodes = m_http->apiCallDemo(SandboxServer::demoApiKey(), textToImageId)
                                     .dataObject()
                                     .value(QStringLiteral("nodeInfoList"))
                                     .toArray();
        for (const QJsonValue &node : nodes)
            QVERIFY(node.toObject().value(QStringLiteral("fieldName")).toString() != QLatin1String("steps"));
        QCOMPARE(m_http->post(runPath, runBody(textToImageId.toUtf8())).code(), 803);
        QCOMPARE(m_http->post(runPath, runBody(textToImageId.toUtf8(), "3", "cfg", "\"8\"")).code(), 0);
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;
};

QTEST_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
