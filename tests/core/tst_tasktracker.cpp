#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "task/tasktracker.h"
#include "testenv.h"
#include "transfer/downloader.h"

#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <memory>

using namespace rh;

namespace {

const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
const QString outputsPath = QStringLiteral("/task/openapi/outputs");
const QString cancelPath = QStringLiteral("/task/openapi/cancel");
const QString textToImageId = QStringLiteral("1877265245566922753");
const QString unknownTaskId = QStringLiteral("1907035719658053634");

NodeField field(const char *nodeId, const char *fieldName, const char *value)
{
    NodeField f;
    f.nodeId = QString::fromUtf8(nodeId);
    f.fieldName = QString::fromUtf8(fieldName);
    f.fieldValue = QString::fromUtf8(value);
    return f;
}

/// The sandbox's text-to-image app with two pictures; steps may be pushed out of range to get node errors.
RunRequest textToImage(const char *steps = "20")
{
    RunRequest request;
    request.webappId = textToImageId;
    request.nodes = {field("6", "text", "一只猫 on a windowsill"), field("3", "steps", steps),
                     field("5", "batch_size", "2")};
    return request;
}

TrackerPolicy fastPolicy()
{
    TrackerPolicy policy;
    policy.pollIntervalMs = 20;
    policy.deadlineMs = 20000;
    policy.maxConsecutiveFailures = 4;
    policy.maxBackoffMs = 80;
    return policy;
}

} // namespace

class TestTaskTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void successWithFilesOnDisk();
    void resumeFollowsAnExistingTask();
    void failedShowsNodeAndMessage();
    void cancelWhileRunning();
    void cancelWhileSubmitting();
    void cancelAgainAfter807WhileQueued();
    void cancelAgainAfterRefusal_data();
    void cancelAgainAfterRefusal();
    void everyCancelSaysWhatItDid();
    void unknownTaskIsNotFound();
    void deadlineGivesUpKeepingTaskId();
    void pollsFailingThenRecovering_data();
    void pollsFailingThenRecovering();
    void tooManyFailedPollsGiveUp();
    void lostRunAnswerIsNeverResubmitted_data();
    void lostRunAnswerIsNeverResubmitted();
    void promptTipsRejectWithoutPolling();
    void runReplyFailedWithoutPolling();
    void queueFullIsNotCreated();
    void liveProgressDoesNotDecide();
    void progressFromTheSandbox();

private:
    /// Proves something does NOT happen: no request to path while the tracker would have polled many times.
    void expectNoRequests(const QString &path, int ms = 200);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    Endpoint m_to;
};

void TestTaskTracker::initTestCase()
{
    test::isolateEnvironment();
}

void TestTaskTracker::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_sandbox->setTimings(0, 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    m_to = {m_sandbox->baseUrl(), SandboxServer::demoApiKey()};
    m_client->setTimeoutMs(2000);
}

void TestTaskTracker::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

void TestTaskTracker::expectNoRequests(const QString &path, int ms)
{
    const int before = m_sandbox->requestCount(path);
    QSignalSpy served(m_sandbox.get(), &SandboxServer::requestServed);
    served.wait(ms);
    QCOMPARE(m_sandbox->requestCount(path), before);
}

void TestTaskTracker::successWithFilesOnDisk()
{
    m_sandbox->setTimings(120, 120);
    TaskTracker tracker(m_client.get(), m_to, fastPolicy());
    QList<TaskState> states;
    connect(&tracker, &TaskTracker::stateChanged, this, [&](TaskState s) { states.append(s); });
    QSignalSpy submitted(&tracker, &TaskTracker::submitted);
    QSignalSpy outputsReady(&tracker, &TaskTracker::outputsReady);
    QSignalSpy finished(&tracker, &TaskTracker::finished);

    tracker.submit(textToImage());
    QVERIFY(finished.wait(5000));
    QCOMPARE(states,
             (QList<TaskState>{TaskState::Submitting, TaskState::Queued, TaskState::Running, TaskState::Success}));
    QCOMPARE(submitted.size(), 1);
    const auto reply = submitted.at(0).at(0).value<RunReply>();
    QCOMPARE(reply.taskId.size(), 19);
    QVERIFY(!reply.clientId.isEmpty());
    QCOMPARE(tracker.taskId(), reply.taskId);
    QCOMPARE(tracker.clientId(), reply.clientId);
    QCOMPARE(m_sandbox->requestCount(runPath), 1);
    QVERIFY(!tracker.isActive());
    QCOMPARE(outputsReady.size(), 1);
    const auto outputs = outputsReady.at(0).at(0).value<QList<TaskOutput>>();
    QCOMPARE(outputs.size(), 2);
    QCOMPARE(tracker.outputs(), outputs);

    // The outputs go to disk byte for byte as the sandbox serves them.
    QTemporaryDir dir;
    Downloader downloader(m_client.get(), m_to.baseUrl);
    QSignalSpy done(&downloader, &Downloader::finished);
    downloader.start(outputs, dir.path(), QStringLiteral("文生图 · 沙盒演示"), tracker.taskId());
    QVERIFY(done.wait(5000));
    const auto saved = done.at(0).at(0).value<QList<TaskOutput>>();
    QVERIFY(done.at(0).at(1).value<QList<DownloadError>>().isEmpty());
    for (const TaskOutput &out : saved) {
        QFile file(out.localPath);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(out.localPath));
        const QByteArray expected =
            m_sandbox->fileBytes(Downloader::resolveOutputUrl(m_sandbox->baseUrl(), out.fileUrl));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(file.readAll(), expected);
    }
    expectNoRequests(outputsPath); // nothing is polled after the end
}

void TestTaskTracker::resumeFollowsAnExistingTask()
{
    m_sandbox->setTimings(0, 150);
    QString taskId;
    {
        TaskTracker first(m_client.get(), m_to, fastPolicy());
        QSignalSpy submitted(&first, &TaskTracker::submitted);
        first.submit(textToImage());
        QVERIFY(submitted.wait(5000));
        taskId = first.taskId();
        first.stop(); // the app quit while the task ran
    }
    TaskTracker tracker(m_client.get(), m_to, fastPolicy());
    QSignalSpy finished(&tracker, &TaskTracker::finished);
    tracker.resume(taskId);
    QVERIFY(tracker.isActive());
    QVERIFY(finished.wait(5000));
    QCOMPARE(tracker.state(), TaskState::Success);
    QCOMPARE(tracker.taskId(), taskId);
    QCOMPARE(tracker.outputs().size(), 2);
    QCOMPARE(m_sandbox->requestCount(runPath), 1);
}

void TestTaskTracker::failedShowsNodeAndMessage()
{
    m_sandbox->setNextTaskFails(true);
    TaskTracker tracker(m_client.get(), m_to, fastPolicy());
    QSignalSpy failed(&tracker, &TaskTracker::failed);
    QSignalSpy states(&tracker, &TaskTracker::stateChanged);
    QSignalSpy finished(&tracker, &TaskTracker::finished);
    tracker.submit(textToImage());
    QVERIFY(finished.wait(5000));
    QCOMPARE(tracker.state(), TaskState::Failed);
    QCOMPARE(failed.size(), 1);
    const auto reason = failed.at(0).at(0).value<FailedReason>();
    QVERIFY(!reason.nodeName.isEmpty());
    QVERIFY(!reason.exceptionMessage.isEmpty());
    QCOMPARE(tracker.failedReason().nodeName, reason.nodeName);
    QCOMPARE(states.constLast().at(1).toString(), reason.exceptionMessage);
    // The server's code and msg stay with the failure, as for every other code.
    QCOMPARE(reason.code, 805);
    QCOMPARE(reason.message, QStringLiteral("APIKEY_TASK_STATUS_ERROR"));
    expectNoRequests(outputsPath);
}

void TestTaskTracker::cancelWhileRunning()
{
    m_sandbox->setTimings(0, 60000);
    TaskTracker tracker(m_client.get(), m_to, fastPolicy());
    QSignalSpy answered(&tracker, &TaskTracker::cancelAnswered);
    QSignalSpy failed(&tracker, &TaskTracker::failed);
    QSignalSpy finished(&tracker, &TaskTracker::finished);
    tracker.submit(textToImage());
    QTRY_COMPARE(tracker.state(), TaskState::Running);
    tracker.cancel();
    tracker.cancel(); // a second press while the first is out sends nothing more
    QVERIFY(finished.wait(5000));
    QCOMPARE(answered.size(), 1);
    QVERIFY(answered.at(0).at(0).value<ApiResult>().ok());
    QCOMPARE(tracker.state(), TaskState::Cancelled);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_sandbox->requestCount(cancelPath), 1);
}

void TestTaskTracker::cancelWhileSubmitting()
{
    m_sandbox->setTimings(0, 60000);
    TaskTracker tracker(m_client.get(), m_to, fastPolicy());
    QSignalSpy finished(&tracker, &TaskTracker::finished);
    tracker.submit(textToImage());
    tracker.cancel(); // no taskId yet: sent once the run reply brings one
    QCOMPARE(m_sandbox->requestCount(cancelPath), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(tracker.state(), TaskState::Cancelled);
    QCOMPARE(m_sandbox->requestCount(cancelPath), 1);
    QCOMPARE(m_sandbox->requestCount(runPath), 1);
}

void TestTaskTracker::cancelAgainAfter807WhileQueued()
{
    // Seen on the real service: cancel answers 807 while outputs still says 813 (queued).
    m_sandbox->setTimings(60000, 60000);
    TaskTracker tracker(m_client.get(), m_to, fastPolicy());
    QSignalSpy answered(&tracker, &TaskTracker::cancelAnswered);
    QSignalSpy finished(&tracker, &TaskTracker::finished);
    tracker.submit(textToImage());
    QTRY_COMPARE(tracker.state(), TaskState::Queued);

    m_sandbox->replyNext(cancelPath, R"({"code":807,"msg":"APIKEY_TASK_NOT_FOUND","data":null})");
    QCOMPARE(tracker.cancel(), CancelOutcome::Sent);
    QVERIFY(answered.wait(5000));
    const auto first = answered.at(0).at(0).value<ApiResult>();
    QCOMPARE(first.error.code, 807);
    const int polls = m_sandbox->requestCount(outputsPath);
    QTRY_VERIFY(m_sandbox->requestCount(outputsPath) > polls); // the poll that follows still says 813
    QCOMPARE(tracker.state(), TaskState::Queued);
    QVERIFY(tracker.isActive());
    QVERIFY(!tracker.isCancelRequested()); // nothing holds the next press back

    // The second press sends a second cancel; the sandbox carries this one out and the state follows.
    QCOMPARE(tracker.cancel(), CancelOutcome::Sent);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_sandbox->requestCount(cancelPath), 2);
    QCOMPARE(answered.size(), 2);
    QVERIFY(answered.at(1).at(0).value<ApiResult>().ok());
    QCOMPARE(tracker.state(), TaskState::Cancelled);
}

void TestTaskTracker::cancelAgainAfterRefusal_data()
{
    // Answers that leave the task running (replyNext does not carry the cancel out on the sandbox).
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("802 refused") << QByteArray(R"({"code":802,"msg":"APIKEY_UNAUTHORIZED","data":null})");
    QTest::newRow("500 envelope") << QByteArray(R"({"code":500,"msg":"UNKNOWN_ERROR","data":null})");
    QTest::newRow("not JSON") << QByteArray("<html><body>busy</body></html>");
}

void TestTaskTracker::cancelAgainAfterRefusal()
{
    QFETCH(QByteArray, reply);
    m_sandbox->setTimings(0, 60000);
    TaskTracker tracker(m_client.get(), m_to, fastPolicy());
    QSignalSpy answered(&tracker, &TaskTracker::cancelAnswered);
    QSignalSpy finished(&tracker, &TaskTracker::finished);
    tracker.submit(textToImage());
    QTRY_COMPARE(tracker.state(), TaskState::Running);
    m_sandbox->replyNext(cancelPath, reply);
    QCOMPARE(tracker.cancel(), CancelOutcome::Sent);
    QVERIFY(answered.wait(5000));
    QVERIFY(!answered.at(0).at(0).value<ApiResult>().ok());
    QCOMPARE(tracker.state(), TaskState::Running); // the task goes on
    QCOMPARE(tracker.cancel(), CancelOutcome::Sent);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_sandbox->requestCount(cancelPath), 2);
    QCOMPARE(tracker.state(), TaskState::Cancelled);
}

void TestTaskTracker::everyCancelSaysWhatItDid()
{
    m_sandbox->setTimings(0, 60000);
    TaskTracker tracker(m_client.get(), m_to, fastPolicy());
    QCOMPARE(tracker.cancel(), CancelOutcome::NotActive); // nothing submitted yet
    m_sandbox->failNext(runPath, SandboxServer::Fault::NoAnswer);
    tracker.submit(textToImage());
    QCOMPARE(tracker.cancel(), CancelOutcome::AfterSubmit); // no taskId yet
    QCOMPARE(tracker.cancel(), CancelOutcome::AfterSubmit);
    QVERIFY(tracker.isCancelRequested());
    tracker.stop();
    QCOMPARE(tracker.cancel(), CancelOutcome::NotActive);
    QCOMPARE(m_sandbox->requestCount(cancelPath), 0);

    TaskTracker second(m_client.get(), m_to, fastPolicy());
    QSignalSpy finished(&second, &TaskTracker::finished);
    second.submit(textToImage());
    QTRY_COMPARE(second.state(), TaskState::Running);
    QCOMPARE(second.cancel(), CancelOutcome::Sent);
    QCOMPARE(second.cancel(), CancelOutcome::AlreadyOut); // one out: its answer is awaited, nothing more is sent
    QVERIFY(finished.wait(5000));
    QCOMPARE(second.state(), TaskState::Cancelled);
    QCOMPARE(m_sandbox->requestCount(cancelPath), 1);
    QCOMPARE(second.cancel(), CancelOutcome::NotActive);
}

void TestTaskTracker::unknownTaskIsNotFound()
{
    TaskTracker tracker(m_client.get(), m_to, fastPolicy());
    QSignalSpy finished(&tracker, &TaskTracker::finished);
    tracker.resume(unknownTaskId);
    QVERIFY(finished.wait(5000));
    QCOMPARE(tracker.state(), TaskState::NotFound);
    QCOMPARE(tracker.taskId(), unknownTaskId);
    QCOMPARE(m_sandbox->requestCount(outputsPath), 1);
    expectNoRequests(outputsPath);
}

void TestTaskTracker::deadlineGivesUpKeepingTaskId()
{
    m_sandbox->setTimings(0, 60000);
    TrackerPolicy policy = fastPolicy();
    policy.deadlineMs = 250;
    TaskTracker tracker(m_client.get(), m_to, policy);
    QSignalSpy submitted(&tracker, &TaskTracker::submitted);
    QSignalSpy finished(&tracker, &TaskTracker::finished);
    tracker.submit(textToImage());
    QVERIFY(finished.wait(5000));
    QCOMPARE(tracker.state(), TaskState::GaveUp);
    QCOMPARE(tracker.giveUpReason(), GiveUpReason::Deadline);
    QCOMPARE(submitted.size(), 1);
    QCOMPARE(tracker.taskId(), submitted.at(0).at(0).value<RunReply>().taskId);
    QVERIFY(m_sandbox->requestCount(outputsPath) >= 3);
    expectNoRequests(outputsPath);
}

void TestTaskTracker::pollsFailingThenRecovering_data()
{
    QTest::addColumn<SandboxServer::Fault>("first");
    QTest::addColumn<SandboxServer::Fault>("second");
    // (Not Reset: Qt itself resends a read whose connection closed before any answer, so it never fails.)
    QTest::newRow("502 page, then not json") << SandboxServer::Fault::Http502Html << SandboxServer::Fault::NotJson;
    QTest::newRow("not json, then cut body") << SandboxServer::Fault::NotJson << SandboxServer::Fault::CutBody;
    QTest::newRow("no answer, then 502 page") << SandboxServer::Fault::NoAnswer << SandboxServer::Fault::Http502Html;
}

void TestTaskTracker::pollsFailingThenRecovering()
{
    QFETCH(SandboxServer::Fault, first);
    QFETCH(SandboxServer::Fault, second);
    m_client->setTimeoutMs(300); // for NoAnswer
    m_sandbox->failNext(outputsPath, first);
    m_sandbox->failNext(outputsPath, second);
    TaskTracker tracker(m_client.get(), m_to, fastPolicy());
    QSignalSpy pollFailed(&tracker, &TaskTracker::pollFailed);
    QSignalSpy errors(&tracker, &TaskTracker::error);
    QSignalSpy finished(&tracker, &TaskTracker::finished);
    tracker.submit(textToImage());
    QVERIFY(finished.wait(5000));
    QCOMPARE(tracker.state(), TaskState::Success);
    QCOMPARE(pollFailed.size(), 2);
    QCOMPARE(pollFailed.at(0).at(1).toInt(), 1);
    QCOMPARE(pollFailed.at(1).at(1).toInt(), 2);
    QCOMPARE(pollFailed.at(1).at(0).value<ApiError>().taskId, tracker.taskId());
    QCOMPARE(errors.size(), 0); // tolerated failures are not the outcome
    QCOMPARE(tracker.consecutiveFailures(), 0);
    QCOMPARE(m_sandbox->requestCount(outputsPath), 3);
}

void TestTaskTracker::tooManyFailedPollsGiveUp()
{
    m_sandbox->setTimings(0, 0);
    m_sandbox->failNext(outputsPath, SandboxServer::Fault::Http502Html);
    connect(m_sandbox.get(), &SandboxServer::requestServed, this, [this](const QString &path) {
        if (path == outputsPath)
            m_sandbox->failNext(outputsPath, SandboxServer::Fault::Http502Html);
    });
    TaskTracker tracker(m_client.get(), m_to, fastPolicy());
    QSignalSpy errors(&tracker, &TaskTracker::error);
    QSignalSpy finished(&tracker, &TaskTracker::finished);
    tracker.submit(textToImage());
    QVERIFY(finished.wait(5000));
    QCOMPARE(tracker.state(), TaskState::GaveUp);
    QCOMPARE(tracker.giveUpReason(), GiveUpReason::TooManyFailures);
    QCOMPARE(m_sandbox->requestCount(outputsPath), 4);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Http);
    QCOMPARE(tracker.taskId().size(), 19);
    QCOMPARE(tracker.lastError().taskId, tracker.taskId());
}

void TestTaskTracker::lostRunAnswerIsNeverResubmitted_data()
{
    QTest::addColumn<SandboxServer::Fault>("fault");
    QTest::addColumn<bool>("mustBeUnknownOutcome");
    QTest::newRow("no answer (timeout)") << SandboxServer::Fault::NoAnswer << true;
    QTest::newRow("cut body") << SandboxServer::Fault::CutBody << true;
    QTest::newRow("reset after sending") << SandboxServer::Fault::Reset << true;
    QTest::newRow("proxy 502 page") << SandboxServer::Fault::Http502Html << false;
    QTest::newRow("not json") << SandboxServer::Fault::NotJson << false;
}

void TestTaskTracker::lostRunAnswerIsNeverResubmitted()
{
    QFETCH(SandboxServer::Fault, fault);
    QFETCH(bool, mustBeUnknownOutcome);
    m_client->setTimeoutMs(300);
    m_sandbox->failNext(runPath, fault);
    TaskTracker tracker(m_client.get(), m_to, fastPolicy());
    QSignalSpy errors(&tracker, &TaskTracker::error);
    QSignalSpy notCreated(&tracker, &TaskTracker::notCreated);
    QSignalSpy finished(&tracker, &TaskTracker::finished);
    tracker.submit(textToImage());
    tracker.submit(textToImage()); // a tracker is used once: the second call is ignored
    QVERIFY(finished.wait(5000));
    QCOMPARE(tracker.state(), TaskState::Unknown);
    QCOMPARE(errors.size(), 1);
    const auto error = errors.at(0).at(0).value<ApiError>();
    if (mustBeUnknownOutcome)
        QCOMPARE(error.kind, ApiError::Kind::UnknownOutcome);
    QVERIFY(!error.isSafeToRetry());
    QCOMPARE(notCreated.size(), 0);
    expectNoRequests(runPath);
    QCOMPARE(m_sandbox->requestCount(runPath), 1);
    QCOMPARE(m_sandbox->requestCount(outputsPath), 0);
}

void TestTaskTracker::promptTipsRejectWithoutPolling()
{
    TaskTracker tracker(m_client.get(), m_to, fastPolicy());
    QSignalSpy rejected(&tracker, &TaskTracker::rejected);
    QSignalSpy finished(&tracker, &TaskTracker::finished);
    tracker.submit(textToImage("200")); // steps max is 100
    QVERIFY(finished.wait(5000));
    QCOMPARE(tracker.state(), TaskState::Rejected);
    QCOMPARE(rejected.size(), 1);
    const auto tips = rejected.at(0).at(0).value<PromptTips>();
    QVERIFY(!tips.nodeErrors.isEmpty());
    QCOMPARE(tips.nodeErrors.at(0).nodeId, QStringLiteral("3"));
    QCOMPARE(tips.nodeErrors.at(0).inputName, QStringLiteral("steps"));
    QCOMPARE(tracker.promptTips().nodeErrors.size(), tips.nodeErrors.size());
    expectNoRequests(outputsPath);
    QCOMPARE(m_sandbox->requestCount(outputsPath), 0);
}

void TestTaskTracker::runReplyFailedWithoutPolling()
{
    m_sandbox->replyNext(runPath, R"({"code":0,"msg":"success","data":{"netWssUrl":null,)"
                                  R"("taskId":"1907035719658053634","clientId":"0b5c1d7e","taskStatus":"FAILED",)"
                                  R"("promptTips":"{\"result\": true, \"error\": null, \"node_errors\": {}}"}})");
    TaskTracker tracker(m_client.get(), m_to, fastPolicy());
    QSignalSpy failed(&tracker, &TaskTracker::failed);
    QSignalSpy finished(&tracker, &TaskTracker::finished);
    tracker.submit(textToImage());
    QVERIFY(finished.wait(5000));
    QCOMPARE(tracker.state(), TaskState::Failed);
    QCOMPARE(tracker.taskId(), QStringLiteral("1907035719658053634"));
    QCOMPARE(failed.size(), 1);
    expectNoRequests(outputsPath);
    QCOMPARE(m_sandbox->requestCount(outputsPath), 0);
}

void TestTaskTracker::queueFullIsNotCreated()
{
    m_sandbox->setTimings(0, 60000);
    m_sandbox->setConcurrencyLimit(1);
    TaskTracker first(m_client.get(), m_to, fastPolicy());
    first.submit(textToImage());
    QTRY_COMPARE(first.state(), TaskState::Running);

    TaskTracker second(m_client.get(), m_to, fastPolicy());
    QSignalSpy notCreated(&second, &TaskTracker::notCreated);
    QSignalSpy submitted(&second, &TaskTracker::submitted);
    QSignalSpy finished(&second, &TaskTracker::finished);
    second.submit(textToImage());
    QVERIFY(finished.wait(5000));
    QCOMPARE(notCreated.size(), 1);
    const auto error = notCreated.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Server);
    QCOMPARE(error.code, 421);
    QVERIFY(error.isSafeToRetry());
    QCOMPARE(second.state(), TaskState::None);
    QVERIFY(second.taskId().isEmpty());
    QCOMPARE(submitted.size(), 0);
    QCOMPARE(m_sandbox->requestCount(runPath), 2); // one each: the tracker itself never retries
    expectNoRequests(runPath);
}

void TestTaskTracker::liveProgressDoesNotDecide()
{
    QWebSocketServer comfy(QStringLiteral("comfy"), QWebSocketServer::NonSecureMode);
    QVERIFY(comfy.listen(QHostAddress::LocalHost, 0));
    std::unique_ptr<QWebSocket> peer; // nextPendingConnection() hands over ownership
    connect(&comfy, &QWebSocketServer::newConnection, this, [&] { peer.reset(comfy.nextPendingConnection()); });
    const QByteArray running = QStringLiteral(R"({"code":804,"msg":"APIKEY_TASK_IS_RUNNING","data":)"
                                              R"({"netWssUrl":"ws://127.0.0.1:%1/ws/c_instance?t=1"}})")
                                   .arg(comfy.serverPort())
                                   .toUtf8();
    bool keepRunning = true;
    m_sandbox->replyNext(outputsPath, running);
    connect(m_sandbox.get(), &SandboxServer::requestServed, this, [&](const QString &path) {
        if (path == outputsPath && keepRunning)
            m_sandbox->replyNext(outputsPath, running);
    });

    TaskTracker tracker(m_client.get(), m_to, fastPolicy());
    QSignalSpy progress(&tracker, &TaskTracker::progress);
    QSignalSpy finished(&tracker, &TaskTracker::finished);
    tracker.resume(unknownTaskId);
    QTRY_VERIFY(peer);
    peer->sendTextMessage(QStringLiteral(R"({"type":"progress","data":{"node":"3","value":10,"max":20}})"));
    peer->sendTextMessage(QStringLiteral(R"({"type":"execution_success","data":{}})"));
    QTRY_COMPARE(progress.size(), 2);
    QCOMPARE(progress.at(0), (QList<QVariant>{10, 20}));
    QCOMPARE(tracker.state(), TaskState::Running); // the socket's "success" ends nothing
    QCOMPARE(finished.size(), 0);

    keepRunning = false; // the sandbox answers for itself again: it does not know this task
    QVERIFY(finished.wait(5000));
    QCOMPARE(tracker.state(), TaskState::NotFound);
}

// What the task panel's bar shows in --sandbox: the sandbox's own socket, from busy to full, paced by its clock.
void TestTaskTracker::progressFromTheSandbox()
{
    m_sandbox->setTimings(0, 60000);
    TaskTracker tracker(m_client.get(), m_to, fastPolicy());
    QSignalSpy progress(&tracker, &TaskTracker::progress);
    QSignalSpy finished(&tracker, &TaskTracker::finished);
    tracker.submit(textToImage("10"));
    QTRY_COMPARE(progress.size(), 2);
    QCOMPARE(progress.at(1), (QList<QVariant>{0, 10}));
    m_sandbox->advanceClock(30000);
    QTRY_COMPARE(progress.constLast(), (QList<QVariant>{5, 10}));
    m_sandbox->advanceClock(30000);
    QVERIFY(finished.wait(5000));
    QCOMPARE(tracker.state(), TaskState::Success);
    QTRY_COMPARE(progress.constLast(), (QList<QVariant>{10, 10}));
}

QTEST_GUILESS_MAIN(TestTaskTracker)
#include "tst_tasktracker.moc"
