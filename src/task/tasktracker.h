#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/endpoint.h"
#include "api/replies.h"
#include "model/canceloutcome.h"
#include "model/prompttips.h"
#include "model/runrequest.h"
#include "model/taskoutput.h"
#include "model/taskstate.h"
#include "task/retrypolicy.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace rh {

class ApiClient;
class ProgressSocket;

/// Follows ONE run from submission to its outputs: submit() sends exactly one run request (never a second one,
/// whatever happens), then polls outputs on a single-shot timer until the server reports an end, the user
/// cancels, or the policy gives up (the taskId is kept so the user can look again). resume() picks up a task
/// submitted earlier (e.g. an unfinished history row on start). A tracker is used once.
///
/// Ends: Success (outputsReady), Failed (failed), Rejected (promptTips node errors, or 433), Cancelled,
/// NotFound (807), GaveUp (deadline or too many failed polls), Unknown (the run's answer never came: a task
/// may exist; never resubmitted), None (the server refused the run: nothing was created; notCreated tells
/// whether a retry is safe). finished() comes exactly once after any of them.
class TaskTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTracker)
public:
    /// Every call of this tracker goes to @p endpoint: the server and key the run was made with.
    TaskTracker(ApiClient *client, const Endpoint &endpoint, const TrackerPolicy &policy = {},
                QObject *parent = nullptr);
    ~TaskTracker() override;

    /// Sends the run request once. Ignored (with a warning in the log) if this tracker was used before.
    void submit(const RunRequest &request);
    /// Starts polling an existing task right away. Ignored if this tracker was used before.
    void resume(const QString &taskId);
    /// Asks the server to cancel and returns what this call did. cancelAnswered() reports what the server said;
    /// polling goes on until the outputs reply confirms an end. While the run request is still out, the cancel
    /// is sent as soon as a taskId arrives. Only a cancel request still out holds a new one back: after any
    /// answer (accepted, 807, refused, lost) the next call sends again, since cancelling twice is harmless.
    CancelOutcome cancel();
    /// Stops polling and closes the progress socket without telling the server (app shutdown, GaveUp by hand).
    /// No signals follow.
    void stop();

    QString taskId() const { return m_taskId; }
    QString clientId() const { return m_clientId; }
    TaskState state() const { return m_state; }
    /// Still submitting or polling.
    bool isActive() const { return m_active; }
    /// A cancel waits for a taskId, is out, or was accepted by the server.
    bool isCancelRequested() const { return m_cancelPending || m_cancelCall || m_cancelAcknowledged; }
    TrackerPolicy policy() const { return m_policy; }
    Endpoint endpoint() const { return m_endpoint; }

    QList<TaskOutput> outputs() const { return m_outputs; }      ///< state Success
    FailedReason failedReason() const { return m_failedReason; } ///< state Failed
    PromptTips promptTips() const { return m_promptTips; }       ///< from the run reply (Rejected: node errors)
    GiveUpReason giveUpReason() const { return m_giveUpReason; } ///< state GaveUp
    ApiError lastError() const { return m_lastError; }
    int consecutiveFailures() const { return m_failures; }

Q_SIGNALS:
    /// detail: the server's own words when there are any (msg, exception message, promptTips error), else "".
    void stateChanged(rh::TaskState state, const QString &detail);
    /// The run reply arrived (code 0): taskId and clientId for history and settings. taskId is "" only when the
    /// server refused the workflow without creating a task (promptTips / FAILED follow).
    void submitted(const rh::RunReply &reply);
    /// The server refused the run and created no task (e.g. 421 queue full, 415 machines busy, 802 bad key, or a
    /// network error before sending). error.isSafeToRetry() says whether resubmitting is safe.
    void notCreated(const rh::ApiError &error);
    /// Live progress from the websocket (best effort): value of max steps; (0, 0) = busy, amount unknown.
    void progress(int value, int max);
    void outputsReady(const QList<rh::TaskOutput> &outputs);
    void failed(const rh::FailedReason &reason);
    /// promptTips listed errors: the workflow will not run.
    void rejected(const rh::PromptTips &tips);
    /// An error that decided the outcome (a refused or lost run, the last failed poll before giving up).
    void error(const rh::ApiError &error);
    /// A poll failed; polling goes on with backoff until the policy gives up.
    void pollFailed(const rh::ApiError &error, int consecutiveFailures);
    /// What the server said to cancel(): ok, 807 (the server does not know the task), or an error.
    void cancelAnswered(const rh::ApiResult &result);
    void finished();

private:
    void onRunFinished(const ApiResult &result);
    void onRunRefused(const ApiError &error);
    void onRunAccepted(const RunReply &reply);
    void onPollFinished(const ApiResult &result);
    void onPollFailed(const ApiError &error);
    void onOutputs(const OutputsReply &reply);
    void onCancelFinished(const ApiResult &result);
    void poll();
    void scheduleNextPoll();
    void pollSoon();
    bool sendCancel();
    void openProgress(const QString &netWssUrl);
    void setState(TaskState state, const QString &detail = {});
    void end(TaskState state, const QString &detail = {});
    void giveUp(GiveUpReason reason);

    ApiClient *m_client;
    Endpoint m_endpoint;
    TrackerPolicy m_policy;
    TaskState m_state = TaskState::None;
    QString m_taskId;
    QString m_clientId;
    QList<TaskOutput> m_outputs;
    FailedReason m_failedReason;
    PromptTips m_promptTips;
    GiveUpReason m_giveUpReason = GiveUpReason::None;
    ApiError m_lastError;
    int m_failures = 0;
    bool m_used = false;
    bool m_active = false;
    bool m_cancelPending = false; ///< asked before the taskId was known
    bool m_cancelAcknowledged = false;
    bool m_failedWhileCancelling = false; ///< outputs said FAILED while a cancel was on its way: its answer decides
    QElapsedTimer m_clock;
    QTimer m_pollTimer;
    QPointer<ApiCall> m_runCall;
    QPointer<ApiCall> m_pollCall;
    QPointer<ApiCall> m_cancelCall;
    ProgressSocket *m_progress = nullptr;
};

} // namespace rh
