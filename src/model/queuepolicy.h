#pragma once

#include "api/apierror.h"
#include "model/job.h"
#include "model/prompttips.h"
#include "model/taskoutput.h"
#include "model/taskstate.h"

#include <QList>
#include <QString>

#include <optional>

namespace rh {

/// Why (part of) the queue stopped by itself. The sentence for each is made in ui/errortext.
enum class HoldReason {
    None,
    Key,        ///< 801/802/806/412: the key cannot run anything
    Balance,    ///< 414/416: not enough coins or money
    AppGone,    ///< 380/901/810: the app (workflow) cannot be run
    Validation, ///< a batch's first jobs failed with the same validation error
    Budget,     ///< a guardrail (batch cap, balance floor) said stop: set by the budget code
};
QString holdReasonKey(HoldReason reason);
HoldReason holdReasonFromKey(const QString &key);

/// A stop with its reason, kept in the database until the user resumes.
struct Hold
{
    HoldReason reason = HoldReason::None;
    int code = 0;   ///< the server code that caused it (0 when none)
    QString detail; ///< the server's words, or the validation error that repeated
    bool isHeld() const { return reason != HoldReason::None; }
};

/// The step of a job an error came from.
enum class JobStep { Upload, Submit, Poll };

/// What an answer does to the job's server (and account): the scope slots, backoff and holds apply to.
enum class GateEffect {
    None,
    Busy,    ///< 421/415: no task was created; take a slot off until a task ends, back off (5 s doubling to 60 s)
    Offline, ///< network down, 5xx, HTML: back off and probe with a call that changes nothing before sending again
    Hold,    ///< the account cannot run anything: stop until Resume
};

/// One row of the queue's decision table: what happens to the job, to its server/account, and whether the failure
/// counts towards "the batch keeps making the same mistake".
struct QueueDecision
{
    JobState job = JobState::Waiting; ///< Waiting = try again later (nothing was created, or a safe step failed)
    GateEffect gate = GateEffect::None;
    HoldReason hold = HoldReason::None; ///< with GateEffect::Hold
    bool validation = false;            ///< a validation failure (803, 433, 301, promptTips node errors)
    bool rewatch = false;               ///< the task lives on: poll it again after the backoff (job stays live)

    friend bool operator==(const QueueDecision &a, const QueueDecision &b)
    {
        return a.job == b.job && a.gate == b.gate && a.hold == b.hold && a.validation == b.validation &&
               a.rewatch == b.rewatch;
    }
};

/// Pure: an error of one step. Safe steps (uploads, polls) and submits that provably did not reach the server
/// (Network: connection refused, DNS) go back to waiting; a submit whose answer was lost is Unknown and never sent
/// again by itself.
QueueDecision decideFailure(JobStep step, const ApiError &error);

/// How a TaskTracker ended, as the queue needs it.
struct TrackerEnd
{
    TaskState state = TaskState::None;
    ApiError error;                ///< lastError()
    bool nodeErrors = false;       ///< promptTips listed errors
    bool gaveUpOnFailures = false; ///< GaveUp because polls kept failing (not the deadline)
};

/// Pure: the job's next state after its tracker ended (Success → Succeeded, 805 → Failed, lost answer → Unknown,
/// refused → decideFailure(Submit, …), polls failing → rewatch after an Offline backoff, …).
QueueDecision decideEnd(const TrackerEnd &end);

/// What a job's error fields say: the server's code (or a client word) and its own words, for support and manifests.
struct JobError
{
    QString code;
    QString text;
};

/// Pure: the error fields of a failed task (805): the envelope's code and msg with the failed node and its
/// exception ("APIKEY_TASK_STATUS_ERROR: KSampler (#3): out of memory"); @p error's words when there is no reason.
JobError describeFailure(const FailedReason &reason, const ApiError &error = {});

/// Pure: the error fields of a job whose tracker ended in @p state (805 with the failed node, the first promptTips
/// node error, 807, a give-up, or the error of a refused or lost submit).
JobError describeEnd(TaskState state, const ApiError &error, const FailedReason &reason, const PromptTips &tips);

/// Pure: a validation failure's fingerprint, equal for "the same mistake" (code + the first node error, or msg).
/// A node error's fingerprint keeps its node, input, type and details, so nodeErrorOf() can word it later.
QString failureKey(const ApiError &error, const PromptTips &tips);

/// Pure: the node error a failureKey() was made from (nodeId, inputName, type, details; no message or class), or
/// nullopt for any other fingerprint. Lets the queue word a stored job's validation failure as the form does.
std::optional<NodeError> nodeErrorOf(const QString &failureKey);

/// Pure: the batch rule. @p firstEnded: the fingerprints of the batch's ended jobs in the order they ended ("" for
/// a job that did not fail validation). True when its first @p count all failed with the same fingerprint.
bool shouldHoldBatch(const QList<QString> &firstEnded, int count = 3);

} // namespace rh
