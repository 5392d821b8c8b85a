// SandboxApi and its pure parts, without sockets and without a QGuiApplication (as core tests run it).
#include "sandbox/inputcheck.h"
#include "sandbox/multipart.h"
#include "sandbox/sandboxapi.h"
#include "testenv.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rh::sandbox;

class TestSandboxApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }

    void exactId_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("id");
        QTest::newRow("string") << QByteArray(R"({"v":"1877265245566922753"})") << "1877265245566922753";
        QTest::newRow("bare number") << QByteArray(R"({"v":1877265245566922753})") << "1877265245566922753";
        QTest::newRow("padded string") << QByteArray(R"({"v":" 1877265245566922753 "})") << "1877265245566922753";
        QTest::newRow("fraction") << QByteArray(R"({"v":1.5})") << "";
        QTest::newRow("letters") << QByteArray(R"({"v":"18772652x"})") << "";
        QTest::newRow("negative") << QByteArray(R"({"v":-5})") << "";
        QTest::newRow("null") << QByteArray(R"({"v":null})") << "";
        QTest::newRow("object") << QByteArray(R"({"v":{}})") << "";
    }
    void exactId()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, id);
        QCOMPARE(rh::sandbox::exactId(QJsonDocument::fromJson(json).object().value(QStringLiteral("v"))), id);
    }

    void multipartParts()
    {
        const QByteArray body = "--b0undary\r\nContent-Disposition: form-data; name=\"apiKey\"\r\n\r\nk\r\n"
                                "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                                "Content-Type: image/png\r\n\r\n\x89PNG\r\n--x\r\n"
                                "--b0undary--\r\n";
        const QList<FormPart> parts = parseMultipart("multipart/form-data; boundary=\"b0undary\"", body);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).name, QStringLiteral("apiKey"));
        QCOMPARE(parts.at(0).data, QByteArray("k"));
        QCOMPARE(parts.at(1).name, QStringLiteral("file"));
        QCOMPARE(parts.at(1).fileName, QStringLiteral("a.png"));
        QCOMPARE(parts.at(1).data, QByteArray("\x89PNG\r\n--x"));
        QVERIFY(parseMultipart("application/json", body).isEmpty());
    }

    void checkValue_data()
    {
        QTest::addColumn<QString>("fieldType");
        QTest::addColumn<QString>("fieldData");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorType");
        const QString intSpec = QStringLiteral(R"(["INT", {"default": 20, "min": 1, "max": 100}])");
        const QString floatSpec = QStringLiteral(R"(["FLOAT", {"default": 0.5, "min": 0.0, "max": 1.0}])");
        const QString list =
            QStringLiteral(R"([{"name": "a", "index": "a"}, {"index": "b"}, {"default": "a", "description": "忽略"}])");
        const QString switchSpec =
            QStringLiteral(R"([{"name": "input1", "index": 1.0}, {"name": "input2", "index": 2.0}])");
        QTest::newRow("INT in range") << "INT" << intSpec << "100"
                                      << "";
        QTest::newRow("INT too big") << "INT" << intSpec << "101"
                                     << "value_bigger_than_max";
        QTest::newRow("INT fraction") << "INT" << intSpec << "2.5"
                                      << "invalid_input_type";
        QTest::newRow("FLOAT edge") << "FLOAT" << floatSpec << "0"
                                    << "";
        QTest::newRow("FLOAT below") << "FLOAT" << floatSpec << "-0.1"
                                     << "value_smaller_than_min";
        QTest::newRow("LIST option without name") << "LIST" << list << "b"
                                                  << "";
        QTest::newRow("LIST sentinel default is no option")
            << "LIST" << list << QString::fromUtf8("忽略") << "value_not_in_list";
        QTest::newRow("SWITCH 2") << "SWITCH" << switchSpec << "2"
                                  << "";
        QTest::newRow("SWITCH 3") << "SWITCH" << switchSpec << "3"
                                  << "value_not_in_list";
        QTest::newRow("unknown type is free text") << "WIDGET"
                                                   << ""
                                                   << "anything"
                                                   << "";
        QTest::newRow("AUDIO sample") << "AUDIO"
                                      << ""
                                      << "known.mp3"
                                      << "";
        QTest::newRow("AUDIO unknown") << "AUDIO"
                                       << ""
                                       << "api/x.mp3"
                                       << "custom_validation_failed";
    }
    void checkValue()
    {
        QFETCH(QString, fieldType);
        QFETCH(QString, fieldData);
        QFETCH(QString, value);
        QFETCH(QString, errorType);
        DemoNode node;
        node.nodeId = QStringLiteral("1");
        node.fieldName = QStringLiteral("x");
        node.fieldType = fieldType;
        node.fieldData = fieldData;
        const QJsonObject error = rh::sandbox::checkValue(node, value, {QStringLiteral("known.mp3")});
        QCOMPARE(error.value(QStringLiteral("type")).toString(), errorType);
    }

    void drawsFilesWithoutGuiApplication()
    {
        SandboxApi api;
        api.setBaseUrl(QStringLiteral("http://127.0.0.1:1"));
        api.setTimings(0, 0);
        const QByteArray run = "{\"apiKey\":\"" + SandboxApi::demoApiKey().toUtf8() +
                               "\",\"webappId\":1877265245566922753,\"nodeInfoList\":[]}";
        const ApiReply reply = api.run(run, 0);
        QCOMPARE(reply.code, 0);
        const QString taskId = reply.data.toObject().value(QStringLiteral("taskId")).toString();
        const QByteArray outputs =
            "{\"apiKey\":\"" + SandboxApi::demoApiKey().toUtf8() + "\",\"taskId\":\"" + taskId.toUtf8() + "\"}";
        const QUrl url(
            api.outputs(outputs, 0).data.toArray().at(0).toObject().value(QStringLiteral("fileUrl")).toString());
        const QString name = url.path().section(QLatin1Char('/'), -1);
        const QByteArray png = api.fileBytes(name, 0);
        QCOMPARE(QImage::fromData(png, "PNG").size(), QSize(512, 512));
        QCOMPARE(api.fileBytes(name, 0), png); // drawn once, then the same bytes
        QVERIFY(api.fileBytes(QStringLiteral("cover-1877265245566922753-thumb.png"), 0).size() > 0);
        QVERIFY(api.fileBytes(QStringLiteral("cover-1.png"), 0).isEmpty());
        QVERIFY(api.fileBytes(QStringLiteral("%1-7.png").arg(taskId), 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"
