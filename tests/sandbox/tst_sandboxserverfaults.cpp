// SandboxServer's test hooks: failNext faults, replyNext scripts, request accounting. Real sockets on 127.0.0.1.
#include "sandboxhttp.h"
#include "testenv.h"

#include <QJsonArray>
#include <QTest>
#include <memory>

using rh::SandboxServer;
using rh::test::HttpAnswer;
using rh::test::SandboxHttp;
using Fault = rh::SandboxServer::Fault;

Q_DECLARE_METATYPE(rh::SandboxServer::Fault)

namespace {

const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
const QString outputsPath = QStringLiteral("/task/openapi/outputs");
const QString statusPath = QStringLiteral("/task/openapi/status");

QByteArray runBody()
{
    return "{\"apiKey\":\"" + SandboxServer::demoApiKey().toUtf8() +
           "\",\"webappId\":\"1877265245566922753\",\"nodeInfoList\":[]}";
}

} // namespace

class TestSandboxServerFaults : public QObject
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

    void networkClassFaults_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Fault>("fault");
        for (const QString &path : {runPath, outputsPath}) {
            const QByteArray name = path.section(QLatin1Char('/'), -1).toUtf8();
            QTest::newRow(name + " 502") << path << Fault::Http502Html;
            QTest::newRow(name + " not JSON") << path << Fault::NotJson;
            QTest::newRow(name + " cut body") << path << Fault::CutBody;
            QTest::newRow(name + " reset") << path << Fault::Reset;
            QTest::newRow(name + " no answer") << path << Fault::NoAnswer;
        }
    }
    void networkClassFaults()
    {
        QFETCH(QString, path);
        QFETCH(Fault, fault);
        const QByteArray body = path == runPath ? runBody() : taskBody(createTask());
        QSignalSpy served(m_server.get(), &SandboxServer::requestServed);
        m_server->failNext(path, fault);
        const HttpAnswer answer = m_http->post(path, body, fault == Fault::NoAnswer ? 300 : 5000);
        QVERIFY(answer.finished);
        switch (fault) {
        case Fault::Http502Html:
            QCOMPARE(answer.httpStatus, 502);
            QVERIFY(answer.contentType.startsWith("text/html"));
            QVERIFY(answer.body.contains("502 Bad Gateway"));
            break;
        case Fault::NotJson: {
            QCOMPARE(answer.httpStatus, 200);
            QCOMPARE(answer.error, QNetworkReply::NoError);
            QJsonParseError error;
            QJsonDocument::fromJson(answer.body, &error);
            QVERIFY(error.error != QJsonParseError::NoError);
            break;
        }
        // What the server sent, not how Qt reports it: Qt ends a reply cut after a pause either with an error or as if
        // it were whole (see rh::endedShort).
        case Fault::CutBody:
            QCOMPARE(answer.httpStatus, 200);
            QVERIFY(QJsonDocument::fromJson(answer.body).isNull());
            QVERIFY(answer.body.size() < answer.contentLength);
            break;
        case Fault::Reset:
            QCOMPARE(answer.httpStatus, 200);
            QVERIFY(answer.body.isEmpty());
            QVERIFY(answer.contentLength > 0);
            break;
        case Fault::NoAnswer:
            // Only the client's transfer timeout ends it; the server then lets go of the connection.
            QCOMPARE(answer.error, QNetworkReply::OperationCanceledError);
            QTRY_COMPARE(m_server->heldRequestCount(), 0);
            break;
        default:
            QFAIL("unexpected row");
        }
        QCOMPARE(served.size(), 1);
        QCOMPARE(served.at(0).at(0).toString(), path);
        QCOMPARE(m_server->lastRequestBody(path), body);
        // One fault per failNext: the next request is answered normally.
        QCOMPARE(m_http->post(path, body).code(), 0);
        QCOMPARE(m_server->requestCount(path), 2);
    }

    void resetBeforeReplyIsResentByQnam()
    {
        // Documents a trap for the client: QNAM resends a POST whose connection dies before any reply byte, so
        // one run becomes two tasks and the client never sees an error.
        m_server->setTimings(10000, 10000);
        m_server->failNext(runPath, Fault::ResetBeforeReply);
        const HttpAnswer answer = m_http->post(runPath, runBody());
        QCOMPARE(answer.error, QNetworkReply::NoError);
        QCOMPARE(answer.code(), 0);
        QCOMPARE(m_server->requestCount(runPath), 2);
        const QByteArray account = "{\"apikey\":\"" + SandboxServer::demoApiKey().toUtf8() + "\"}";
        QCOMPARE(m_http->post(QStringLiteral("/uc/openapi/accountStatus"), account)
                     .dataObject()
                     .value(QStringLiteral("currentTaskCounts"))
                     .toString(),
                 QStringLiteral("2"));
    }

    void faultedRunStillCreatesTheTask()
    {
        m_server->failNext(runPath, Fault::Reset);
        const HttpAnswer cut = m_http->post(runPath, runBody());
        QVERIFY(cut.body.isEmpty() && cut.contentLength > 0);
        const QString taskId = m_server->lastTaskId();
        QCOMPARE(taskId.size(), 19);
        QCOMPARE(m_http->post(outputsPath, taskBody(taskId)).code(), 0);
    }

    void noAnswerIsHeldUntilTheServerGoes()
    {
        m_server->failNext(statusPath, Fault::NoAnswer);
        QNetworkAccessManager nam;
        QNetworkRequest request(m_http->url(statusPath));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.post(request, taskBody(QStringLiteral("1")));
        QSignalSpy served(m_server.get(), &SandboxServer::requestServed);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(served.wait(5000));
        QCOMPARE(m_server->heldRequestCount(), 1);
        QVERIFY(!finished.wait(200)); // still nothing
        m_http.reset();
        m_server.reset(); // destroying the server drops the held connection
        QVERIFY(finished.size() == 1 || finished.wait(5000));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        delete reply;
    }

    void idsAsNumbersKeepEveryDigit()
    {
        m_server->failNext(runPath, Fault::IdsAsNumbers);
        const HttpAnswer answer = m_http->post(runPath, runBody());
        QCOMPARE(answer.code(), 0);
        const QString taskId = m_server->lastTaskId();
        QVERIFY(answer.body.contains("\"taskId\":" + taskId.toUtf8() + ','));
        const QJsonValue value = answer.dataObject().value(QStringLiteral("taskId"));
        QVERIFY(value.isDouble());
        QCOMPARE(QString::number(value.toInteger()), taskId);
        // The sandbox's ids are odd and above 2^53: a double cannot hold them.
        QVERIFY(QString::number(qint64(value.toDouble())) != taskId);
    }

    void wrongTypes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("type");
        QTest::newRow("run taskId object") << runPath << "taskId" << int(QJsonValue::Object);
        QTest::newRow("run taskStatus number") << runPath << "taskStatus" << int(QJsonValue::Double);
        QTest::newRow("outputs fileUrl object") << outputsPath << "fileUrl" << int(QJsonValue::Object);
        QTest::newRow("status data number") << statusPath << "" << int(QJsonValue::Double);
    }
    void wrongTypes()
    {
        QFETCH(QString, path);
        QFETCH(QString, field);
        QFETCH(int, type);
        const QByteArray body = path == runPath ? runBody() : taskBody(createTask());
        m_server->failNext(path, Fault::WrongTypes);
        const HttpAnswer answer = m_http->post(path, body);
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(answer.code(), 0);
        QJsonValue value = answer.data();
        if (value.isArray())
            value = value.toArray().at(0);
        if (!field.isEmpty())
            value = value.toObject().value(field);
        QCOMPARE(int(value.type()), type);
    }

    void replyNextSendsExactBytesAndDoesNothing()
    {
        const QByteArray scripted = "{\"code\":0,\"msg\":\"success\",\"data\":{\"taskId\":1907035719658053634,"
                                    "\"clientId\":\"0123456789abcdef0123456789abcdef\",\"taskStatus\":\"QUEUED\","
                                    "\"netWssUrl\":null,\"promptTips\":\"{\\\"node_errors\\\": {}}\"}}";
        m_server->replyNext(runPath, scripted);
        const HttpAnswer answer = m_http->post(runPath, runBody());
        QCOMPARE(answer.body, scripted);
        QVERIFY(answer.contentType.startsWith("application/json"));
        QVERIFY(m_server->lastTaskId().isEmpty()); // not carried out
        QCOMPARE(m_server->requestCount(runPath), 1);
        QVERIFY(m_http->post(runPath, runBody()).body != scripted);
    }

    void replyNextCanSendAnyPage()
    {
        const QByteArray page = rh::test::readData(QStringLiteral("hostile/style-flood-64k.html"));
        m_server->replyNext(runPath, page, 502, "text/html; charset=utf-8");
        const HttpAnswer answer = m_http->post(runPath, runBody());
        QCOMPARE(answer.httpStatus, 502);
        QCOMPARE(answer.contentType, QByteArray("text/html; charset=utf-8"));
        QCOMPARE(answer.body, page);
        QVERIFY(m_server->lastTaskId().isEmpty()); // not carried out
    }

    void streamNextSendsAsManyBytesAsAsked_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("with Content-Length") << true;
        QTest::newRow("until the connection closes") << false;
    }
    void streamNextSendsAsManyBytesAsAsked()
    {
        QFETCH(bool, announced);
        const qint64 size = 5 * 1024 * 1024 + 3;
        m_server->streamNext(QStringLiteral("/files/big.mp4"), size, announced);
        const HttpAnswer answer = m_http->get(m_http->url(QStringLiteral("/files/big.mp4")), 20000);
        QCOMPARE(answer.error, QNetworkReply::NoError);
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(answer.body.size(), size);
        QVERIFY(answer.body.startsWith("rhdesk sandbox output filler\n"));
        QCOMPARE(m_server->requestCount(QStringLiteral("/files/big.mp4")), 1);
    }

    // A server that never stops: it writes only as fast as the client reads, and stops when the client leaves.
    void streamNextCanNeverEnd()
    {
        m_server->streamNext(QStringLiteral("/files/endless.mp4"), -1, false);
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(
            nam.get(QNetworkRequest(m_http->url(QStringLiteral("/files/endless.mp4")))));
        qint64 received = 0;
        connect(reply.get(), &QNetworkReply::readyRead, this, [&] { received += reply->readAll().size(); });
        QTRY_VERIFY_WITH_TIMEOUT(received > 8 * 1024 * 1024, 20000);
        QVERIFY(!reply->isFinished());
        reply->abort();
        reply.reset();
        // The server is still fine afterwards.
        QCOMPARE(m_http->post(statusPath, taskBody(createTask())).data().toString(), QStringLiteral("SUCCESS"));
    }

    void overridesQueueInOrder()
    {
        m_server->failNext(statusPath, Fault::Http502Html);
        m_server->replyNext(statusPath, "{\"code\":500,\"msg\":\"busy\",\"data\":null}");
        const QByteArray body = taskBody(createTask());
        QCOMPARE(m_http->post(statusPath, body).httpStatus, 502);
        QCOMPARE(m_http->post(statusPath, body).code(), 500);
        QCOMPARE(m_http->post(statusPath, body).data().toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(m_server->requestCount(statusPath), 3);
    }

    void fileDownloadsCanFail()
    {
        const QString taskId = createTask();
        const QUrl url(m_http->post(outputsPath, taskBody(taskId))
                           .data()
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(QStringLiteral("fileUrl"))
                           .toString());
        m_server->failNext(url.path(), Fault::CutBody);
        const HttpAnswer cut = m_http->get(url);
        QVERIFY(cut.body.size() < cut.contentLength);
        const HttpAnswer whole = m_http->get(url);
        QCOMPARE(whole.error, QNetworkReply::NoError);
        QCOMPARE(whole.body, m_server->fileBytes(url));
        QCOMPARE(m_server->requestCount(url.path()), 2);
    }

    void oversizedFileHasNoLengthAndKeepsItsStart()
    {
        const QUrl cover = m_http->url(QStringLiteral("/files/cover-1877265245566922753-thumb.png"));
        const QByteArray picture = m_server->fileBytes(cover);
        QVERIFY(!picture.isEmpty());
        m_server->failNext(cover.path(), Fault::Oversized);
        QNetworkAccessManager nam;
        QNetworkRequest request(cover);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(!reply->header(QNetworkRequest::ContentLengthHeader).isValid()); // only reading tells the size
        const QByteArray body = reply->readAll();
        QCOMPARE(body.size(), SandboxServer::oversizedBytes());
        QVERIFY(body.startsWith(picture)); // still the picture, with a huge tail
        delete reply;
        QCOMPARE(m_http->get(cover).body, picture); // the fault was for one request
    }

private:
    QString createTask()
    {
        return m_http->post(runPath, runBody()).dataObject().value(QStringLiteral("taskId")).toString();
    }
    static QByteArray taskBody(const QString &taskId)
    {
        return "{\"apiKey\":\"" + SandboxServer::demoApiKey().toUtf8() + "\",\"taskId\":\"" + taskId.toUtf8() + "\"}";
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;
};

QTEST_MAIN(TestSandboxServerFaults)
#include "tst_sandboxserverfaults.moc"
