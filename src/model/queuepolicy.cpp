#include "model/queuepolicy.h"

#include <array>

namespace rh {

namespace {

struct HoldName
{
    HoldReason reason;
    const char *key;
};

// Written to the database: never change an existing key.
constexpr QChar UnitSeparator(0x1f);

constexpr std::array<HoldName, 6> holdNames{{
    {HoldReason::None, ""},
    {HoldReason::Key, "key"},
    {HoldReason::Balance, "balance"},
    {HoldReason::AppGone, "app_gone"},
    {HoldReason::Validation, "validation"},
    {HoldReason::Budget, "budget"},
}};

QueueDecision waitAgain(GateEffect gate)
{
    QueueDecision decision;
    decision.job = JobState::Waiting;
    decision.gate = gate;
    return decision;
}

QueueDecision holdAll(HoldReason reason)
{
    QueueDecision decision = waitAgain(GateEffect::Hold);
    decision.hold = reason;
    return decision;
}

QueueDecision failJob(bool validation = false)
{
    QueueDecision decision;
    decision.job = JobState::Failed;
    decision.validation = validation;
    return decision;
}

/// A business code (the envelope came back): the server decided, whatever the step.
QueueDecision decideServerCode(int code)
{
    switch (code) {
    case 421:  // TASK_QUEUE_MAXED: this key (or the site) runs all it may
    case 415:  // TASK_INSTANCE_MAXED: machines busy
    case 1003: // a per-minute rate limit
        return waitAgain(GateEffect::Busy);
    case 801:
    case 802:
    case 806:
    case 412:
        return holdAll(HoldReason::Key);
    case 414:
    case 416:
        return holdAll(HoldReason::Balance);
    case 380:
    case 901:
    case 810:
        return holdAll(HoldReason::AppGone);
    case 301:
    case 433:
    case 803:
        return failJob(true);
    case 500: // the server refused with its own error envelope: nothing was created (as TaskTracker reads it)
    case 808: // upload failed: try again
        return waitAgain(GateEffect::Offline);
    default:
        break;
    }
    return failJob();
}

} // namespace

QString holdReasonKey(HoldReason reason)
{
    for (const HoldName &name : holdNames) {
        if (name.reason == reason)
            return QLatin1String(name.key);
    }
    return {};
}

HoldReason holdReasonFromKey(const QString &key)
{
    for (const HoldName &name : holdNames) {
        if (key == QLatin1String(name.key))
            return name.reason;
    }
    return key.isEmpty() ? HoldReason::None : HoldReason::Budget; // unknown but set: keep holding
}

QueueDecision decideFailure(JobStep step, const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        break;
    case ApiError::Kind::Server:
        return decideServerCode(error.code);
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
        // For a submit, ApiCall only says Network when the connection failed before anything was sent; a refused
        // certificate stops the handshake before the request (and its key) leaves. Back off and probe: the probe
        // fails the same way until the server or proxy is fixed in Settings.
        return waitAgain(GateEffect::Offline);
    case ApiError::Kind::Timeout:
    case ApiError::Kind::UnknownOutcome:
    case ApiError::Kind::Http:
    case ApiError::Kind::BadReply:
        if (step != JobStep::Submit)
            return waitAgain(GateEffect::Offline);
        {
            // The run may have reached the server: never send it again by itself; probe before the next submit.
            QueueDecision decision;
            decision.job = JobState::Unknown;
            decision.gate = GateEffect::Offline;
            return decision;
        }
    case ApiError::Kind::Cancelled: {
        QueueDecision decision;
        decision.job = JobState::Cancelled;
        return decision;
    }
    case ApiError::Kind::Invalid:
        return failJob();
    }
    return failJob();
}

QueueDecision decideEnd(const TrackerEnd &end)
{
    QueueDecision decision;
    switch (end.state) {
    case TaskState::Success:
        decision.job = JobState::Succeeded;
        return decision;
    case TaskState::Failed:
    case TaskState::NotFound:
        return failJob();
    case TaskState::Rejected:
        return failJob(true);
    case TaskState::Cancelled:
        decision.job = JobState::Cancelled;
        return decision;
    case TaskState::Unknown:
        decision.job = JobState::Unknown;
        decision.gate = GateEffect::Offline;
        return decision;
    case TaskState::GaveUp:
        if (!end.gaveUpOnFailures)
            return failJob(); // the deadline passed
        decision.job = JobState::Running;
        decision.gate = GateEffect::Offline;
        decision.rewatch = true;
        return decision;
    case TaskState::None:
        return decideFailure(JobStep::Submit, end.error);
    case TaskState::Submitting:
    case TaskState::Create:
    case TaskState::Queued:
    case TaskState::Running:
        break;
    }
    // Not an end at all: keep following it.
    decision.job = JobState::Running;
    decision.rewatch = true;
    return decision;
}

JobError describeFailure(const FailedReason &reason, const ApiError &error)
{
    // The envelope's code and msg stay beside the failed node, as every other code keeps its msg.
    const QString code = reason.code != 0 ? QString::number(reason.code) : QStringLiteral("805");
    const QString msg = reason.message.trimmed();
    if (reason.isEmpty())
        return {code, msg.isEmpty() ? error.message : msg};
    const QString node = QStringLiteral("%1 (#%2): %3").arg(reason.nodeName, reason.nodeId, reason.exceptionMessage);
    return {code, msg.isEmpty() ? node : QStringLiteral("%1: %2").arg(msg, node)};
}

JobError describeEnd(TaskState state, const ApiError &error, const FailedReason &reason, const PromptTips &tips)
{
    switch (state) {
    case TaskState::Failed:
        return describeFailure(reason, error);
    case TaskState::Rejected: {
        const QString code =
            error.kind == ApiError::Kind::Server ? QString::number(error.code) : QStringLiteral("tips");
        for (const NodeError &e : tips.nodeErrors)
            return {code,
                    QStringLiteral("#%1 %2: %3 %4").arg(e.nodeId, e.inputName, e.message, e.details).simplified()};
        return {code, tips.error.isEmpty() ? error.message : tips.error};
    }
    case TaskState::NotFound:
        return {QStringLiteral("807"), QStringLiteral("APIKEY_TASK_NOT_FOUND")};
    case TaskState::GaveUp:
        return {QStringLiteral("gave_up"), error.message};
    default:
        break;
    }
    const bool coded = error.kind == ApiError::Kind::Server || error.kind == ApiError::Kind::Http;
    return {coded ? QString::number(error.code) : QString(), error.message};
}

QString failureKey(const ApiError &error, const PromptTips &tips)
{
    // The unit separator keeps the parts apart whatever they hold (subgraph node ids and details have colons).
    for (const NodeError &e : tips.nodeErrors)
        return QStringLiteral("tips:") + QStringList{e.nodeId, e.inputName, e.type, e.details}.join(UnitSeparator);
    if (!tips.error.isEmpty())
        return QStringLiteral("tips:") + tips.error;
    if (error.kind == ApiError::Kind::Server)
        return QStringLiteral("%1:%2").arg(error.code).arg(error.message.trimmed());
    return {};
}

std::optional<NodeError> nodeErrorOf(const QString &failureKey)
{
    if (!failureKey.startsWith(QLatin1String("tips:")))
        return std::nullopt;
    const QStringList parts = failureKey.mid(5).split(UnitSeparator);
    if (parts.size() != 4 || parts.at(0).isEmpty() || parts.at(2).isEmpty())
        return std::nullopt;
    NodeError error;
    error.nodeId = parts.at(0);
    error.inputName = parts.at(1);
    error.type = parts.at(2);
    error.details = parts.at(3);
    return error;
}

bool shouldHoldBatch(const QList<QString> &firstEnded, int count)
{
    if (count <= 0 || firstEnded.size() < count)
        return false;
    const QString &first = firstEnded.constFirst();
    if (first.isEmpty())
        return false;
    for (int i = 1; i < count; ++i) {
        if (firstEnded.at(i) != first)
            return false;
    }
    return true;
}

} // namespace rh
