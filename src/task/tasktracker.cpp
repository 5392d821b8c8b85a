#include "task/tasktracker.h"

#include "api/apiclient.h"
#include "task/progresssocket.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>

namespace rh {

namespace {

Q_LOGGING_CATEGORY(lcTask, "rhdesk.task", QtInfoMsg)

constexpr int TaskNotFoundCode = 807;

/// A poll delay made up to a fifth longer at random: trackers started together (a queue opening 20 slots, runs
/// resumed at start) would otherwise poll in step for the whole run, and their replies would all land in one pass
/// of the GUI thread's event loop (bench_queue: 60 replies, 12 ms in one go).
int spread(int delayMs)
{
    return delayMs <= 0 ? delayMs : delayMs + int(QRandomGenerator::global()->bounded(delayMs / 5 + 1));
}
constexpr int ValidatePromptFailedCode = 433;

// After a run request went out, which errors still leave "did the server create a task?" open.
bool mayHaveCreatedTask(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::UnknownOutcome:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Http:     // a proxy's 502 may stand in front of a server that took the run
    case ApiError::Kind::BadReply: // the server answered, we could not read it
        return !error.isSafeToRetry();
    case ApiError::Kind::None:
    case ApiError::Kind::Network: // nothing reached the server
    case ApiError::Kind::Tls:
    case ApiError::Kind::Server: // an envelope with code != 0: the server refused
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Invalid:
        break;
    }
    return false;
}

QString tipsDetail(const PromptTips &tips)
{
    if (!tips.error.isEmpty())
        return tips.error;
    for (const NodeError &e : tips.nodeErrors) {
        if (!e.message.isEmpty())
            return e.message;
    }
    return {};
}

} // namespace

TaskTracker::TaskTracker(ApiClient *client, const Endpoint &endpoint, const TrackerPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_endpoint(endpoint)
    , m_policy(policy)
{
    Q_ASSERT(client);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &TaskTracker::poll);
}

TaskTracker::~TaskTracker()
{
    stop();
}

void TaskTracker::submit(const RunRequest &request)
{
    if (m_used) {
        qCWarning(lcTask) << "a TaskTracker follows one run; submit() ignored";
        return;
    }
    m_used = true;
    m_active = true;
    m_clock.start();
    setState(TaskState::Submitting);
    ApiCall *call = m_client->runAiApp(m_endpoint, request);
    if (!call) {
        onRunRefused({ApiError::Kind::Invalid, 0, QStringLiteral("request refused before sending"), {}, {}});
        return;
    }
    m_runCall = call;
    connect(call, &ApiCall::finished, this, &TaskTracker::onRunFinished);
}

void TaskTracker::resume(const QString &taskId)
{
    if (m_used || taskId.isEmpty()) {
        qCWarning(lcTask) << "resume() ignored: tracker already used or no taskId";
        return;
    }
    m_used = true;
    m_active = true;
    m_taskId = taskId;
    m_clock.start();
    pollSoon();
}

CancelOutcome TaskTracker::cancel()
{
    if (!m_active)
        return CancelOutcome::NotActive;
    if (m_cancelCall)
        return CancelOutcome::AlreadyOut;
    if (m_taskId.isEmpty()) {
        m_cancelPending = true; // still submitting; onRunAccepted sends it once the taskId is known
        return CancelOutcome::AfterSubmit;
    }
    return sendCancel() ? CancelOutcome::Sent : CancelOutcome::NotSent;
}

void TaskTracker::stop()
{
    m_active = false;
    m_pollTimer.stop();
    for (QPointer<ApiCall> *call : {&m_pollCall, &m_cancelCall}) {
        if (*call) {
            (*call)->disconnect(this);
            (*call)->abort();
        }
        *call = nullptr;
    }
    // The run call is left to end on its own: aborting it would change nothing on the server.
    if (m_runCall)
        m_runCall->disconnect(this);
    m_runCall = nullptr;
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->close();
    }
}

void TaskTracker::onRunFinished(const ApiResult &result)
{
    m_runCall = nullptr;
    if (!result.ok()) {
        onRunRefused(result.error);
        return;
    }
    ApiError problem;
    const RunReply reply = decodeRunReply(result.data, &problem);
    if (problem.isError()) {
        // Code 0 came back, so a task most likely exists, but we cannot tell which.
        m_lastError = problem;
        Q_EMIT error(problem);
        end(TaskState::Unknown, problem.message);
        return;
    }
    onRunAccepted(reply);
}

void TaskTracker::onRunRefused(const ApiError &problem)
{
    m_lastError = problem;
    if (!problem.taskId.isEmpty())
        m_taskId = problem.taskId;
    Q_EMIT error(problem);
    if (mayHaveCreatedTask(problem)) {
        qCWarning(lcTask) << "run answer lost; a task may exist and is NOT resubmitted";
        end(TaskState::Unknown, problem.message);
    } else if (problem.kind == ApiError::Kind::Server && problem.code == ValidatePromptFailedCode) {
        end(TaskState::Rejected, problem.message);
    } else {
        Q_EMIT notCreated(problem);
        end(TaskState::None, problem.message);
    }
}

void TaskTracker::onRunAccepted(const RunReply &reply)
{
    m_taskId = reply.taskId;
    m_clientId = reply.clientId;
    m_promptTips = reply.promptTips;
    Q_EMIT submitted(reply);
    if (reply.promptTips.hasErrors()) {
        Q_EMIT rejected(reply.promptTips);
        end(TaskState::Rejected, tipsDetail(reply.promptTips));
        return;
    }
    if (reply.state == TaskState::Failed) {
        Q_EMIT failed(m_failedReason);
        end(TaskState::Failed, reply.taskStatus);
        return;
    }
    if (m_taskId.isEmpty()) { // the decoder lets this through only with FAILED, but be safe
        m_lastError = {ApiError::Kind::BadReply, 0, QStringLiteral("run reply without taskId"), {}, {}};
        Q_EMIT error(m_lastError);
        end(TaskState::Unknown, m_lastError.message);
        return;
    }
    switch (reply.state) {
    case TaskState::Create:
    case TaskState::Queued:
    case TaskState::Running:
        setState(reply.state);
        break;
    default: // SUCCESS already: the outputs reply will bring the files
        setState(TaskState::Running, reply.taskStatus);
        break;
    }
    openProgress(reply.netWssUrl);
    if (m_cancelPending)
        sendCancel();
    if (reply.state == TaskState::Success)
        pollSoon();
    else
        m_pollTimer.start(spread(std::max(m_policy.pollIntervalMs, 0)));
}

void TaskTracker::poll()
{
    if (!m_active || m_pollCall)
        return;
    ApiCall *call = m_client->outputs(m_endpoint, m_taskId);
    if (!call) {
        onPollFailed({ApiError::Kind::Invalid, 0, QStringLiteral("poll refused before sending"), {}, m_taskId});
        return;
    }
    m_pollCall = call;
    connect(call, &ApiCall::finished, this, &TaskTracker::onPollFinished);
}

void TaskTracker::onPollFinished(const ApiResult &result)
{
    m_pollCall = nullptr;
    if (!m_active)
        return;
    if (!result.ok() && result.error.kind != ApiError::Kind::Server) {
        onPollFailed(result.error);
        return;
    }
    ApiError problem;
    const OutputsReply reply = decodeOutputsReply(result, &problem);
    if (problem.isError()) {
        onPollFailed(problem);
        return;
    }
    onOutputs(reply);
}

void TaskTracker::onPollFailed(const ApiError &problem)
{
    ++m_failures;
    m_lastError = problem;
    m_lastError.taskId = m_taskId;
    qCInfo(lcTask) << "poll failed" << m_failures << "time(s) in a row, kind" << int(problem.kind) << problem.code;
    Q_EMIT pollFailed(m_lastError, m_failures);
    scheduleNextPoll();
}

void TaskTracker::onOutputs(const OutputsReply &reply)
{
    if (reply.state != TaskState::Unknown && reply.state != TaskState::None)
        m_failures = 0; // a readable answer ends the run of failures
    switch (reply.state) {
    case TaskState::Create:
    case TaskState::Queued:
    case TaskState::Running:
        setState(reply.state);
        openProgress(reply.netWssUrl);
        scheduleNextPoll();
        return;
    case TaskState::Success:
        m_outputs = reply.outputs;
        Q_EMIT outputsReady(m_outputs);
        end(TaskState::Success);
        return;
    case TaskState::Failed:
        m_failedReason = reply.failedReason;
        if (m_cancelAcknowledged) {
            end(TaskState::Cancelled, reply.failedReason.exceptionMessage);
            return;
        }
        if (m_cancelCall) {
            // The server may have ended the task for our cancel before we read the cancel's answer.
            m_failedWhileCancelling = true;
            return;
        }
        Q_EMIT failed(m_failedReason);
        end(TaskState::Failed, m_failedReason.exceptionMessage);
        return;
    case TaskState::NotFound:
        end(m_cancelAcknowledged ? TaskState::Cancelled : TaskState::NotFound);
        return;
    case TaskState::Cancelled:
        end(TaskState::Cancelled);
        return;
    default:
        onPollFailed({ApiError::Kind::BadReply, 0, QStringLiteral("outputs reply without a known state"), {}, {}});
        return;
    }
}

void TaskTracker::scheduleNextPoll()
{
    const PollStep step = nextPollStep(m_policy, m_failures, m_clock.elapsed());
    if (step.giveUp != GiveUpReason::None) {
        giveUp(step.giveUp);
        return;
    }
    m_pollTimer.start(spread(step.delayMs));
}

void TaskTracker::pollSoon()
{
    if (m_active && !m_pollCall)
        m_pollTimer.start(0);
}

bool TaskTracker::sendCancel()
{
    m_cancelPending = false;
    if (m_cancelCall)
        return true;
    ApiCall *call = m_client->cancel(m_endpoint, m_taskId);
    if (!call)
        return false;
    m_cancelCall = call;
    connect(call, &ApiCall::finished, this, &TaskTracker::onCancelFinished);
    return true;
}

void TaskTracker::onCancelFinished(const ApiResult &result)
{
    m_cancelCall = nullptr;
    if (!m_active)
        return;
    Q_EMIT cancelAnswered(result);
    if (m_failedWhileCancelling) {
        if (result.ok()) {
            end(TaskState::Cancelled, m_failedReason.exceptionMessage);
        } else {
            Q_EMIT failed(m_failedReason);
            end(TaskState::Failed, m_failedReason.exceptionMessage);
        }
        return;
    }
    if (result.ok()) {
        m_cancelAcknowledged = true;
        pollSoon(); // let the outputs reply confirm the end now rather than at the next interval
    } else if (result.error.kind == ApiError::Kind::Server && result.error.code == TaskNotFoundCode) {
        // The server does not know the task (any more), yet outputs may still say it is queued: one poll right
        // away says which. Either way the state follows the outputs reply, and another cancel() sends again.
        pollSoon();
    }
    // Refused or lost: the task goes on; the next cancel() sends a new request.
}

void TaskTracker::openProgress(const QString &netWssUrl)
{
    if (!m_policy.liveProgress || netWssUrl.isEmpty() || !m_active)
        return;
    if (!m_progress) {
        m_progress = new ProgressSocket(this);
        connect(m_progress, &ProgressSocket::progress, this, &TaskTracker::progress);
    }
    m_progress->open(QUrl(netWssUrl));
}

void TaskTracker::setState(TaskState state, const QString &detail)
{
    if (state == m_state)
        return;
    m_state = state;
    qCDebug(lcTask) << "task" << m_taskId << "is now" << taskStateKey(state);
    Q_EMIT stateChanged(state, detail);
}

void TaskTracker::end(TaskState state, const QString &detail)
{
    stop();
    m_state = state; // announced even when it repeats (e.g. None after a refused run)
    qCDebug(lcTask) << "task" << m_taskId << "ended" << taskStateKey(state);
    Q_EMIT stateChanged(state, detail);
    Q_EMIT finished();
}

void TaskTracker::giveUp(GiveUpReason reason)
{
    m_giveUpReason = reason;
    if (reason == GiveUpReason::TooManyFailures)
        Q_EMIT error(m_lastError);
    end(TaskState::GaveUp,
        reason == GiveUpReason::Deadline ? QStringLiteral("deadline") : QStringLiteral("too many failed polls"));
}

} // namespace rh
