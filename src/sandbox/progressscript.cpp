#include "progressscript.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rh::sandbox {

namespace {

QByteArray message(const char *type, const QJsonObject &data)
{
    const QJsonObject root{{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("data"), data}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray statusMessage(int queueRemaining)
{
    const QJsonObject execInfo{{QStringLiteral("queue_remaining"), queueRemaining}};
    return message("status",
                   QJsonObject{{QStringLiteral("status"), QJsonObject{{QStringLiteral("exec_info"), execInfo}}}});
}

/// `executing` names the node at work; a null node means the prompt has nothing left to run.
QByteArray executingMessage(const QString &taskId, const QJsonValue &node)
{
    return message("executing", QJsonObject{{QStringLiteral("node"), node}, {QStringLiteral("prompt_id"), taskId}});
}

/// The closing message of a task that ran: success, error (the busy node blamed) or interruption.
QByteArrayList endingMessages(const SandboxTask &task, const DemoNode *busy, TaskPhase phase, qint64 nowMs)
{
    const QString nodeId = busy ? busy->nodeId : QString();
    const QString nodeType = busy ? busy->nodeName : QString();
    const QJsonValue promptId(task.taskId);
    switch (phase) {
    case TaskPhase::Success:
        return {executingMessage(task.taskId, QJsonValue(QJsonValue::Null)),
                message("execution_success",
                        QJsonObject{{QStringLiteral("prompt_id"), promptId}, {QStringLiteral("timestamp"), nowMs}})};
    case TaskPhase::Failed:
        return {message("execution_error",
                        QJsonObject{{QStringLiteral("prompt_id"), promptId},
                                    {QStringLiteral("node_id"), nodeId},
                                    {QStringLiteral("node_type"), nodeType},
                                    {QStringLiteral("exception_type"), QStringLiteral("torch.OutOfMemoryError")},
                                    {QStringLiteral("exception_message"),
                                     QStringLiteral("Allocation on device 0 would exceed allowed memory.")}})};
    case TaskPhase::Cancelled:
        return {message("execution_interrupted", QJsonObject{{QStringLiteral("prompt_id"), promptId},
                                                             {QStringLiteral("node_id"), nodeId},
                                                             {QStringLiteral("node_type"), nodeType}})};
    case TaskPhase::Queued:
    case TaskPhase::Running:
        break;
    }
    return {};
}

} // namespace

int progressStep(const SandboxTask &task, qint64 nowMs)
{
    if (task.rejected)
        return 0;
    const qint64 runStart = task.createdMs + task.queuedMs;
    qint64 at = nowMs;
    if (task.cancelledMs >= 0 && task.cancelledMs < task.finishedAtMs())
        at = std::min(at, task.cancelledMs);
    const qint64 ran = std::clamp<qint64>(at - runStart, 0, task.runningMs);
    const int step = task.runningMs <= 0 ? task.steps : int(ran * task.steps / task.runningMs);
    // The simulated out-of-memory failure hits halfway through sampling.
    return task.fails ? std::min(step, task.steps / 2) : step;
}

QByteArrayList progressMessages(const SandboxTask &task, const DemoApp *app, qint64 nowMs, ProgressTold &told)
{
    QByteArrayList out;
    if (told.ended)
        return out;
    const TaskPhase phase = task.phase(nowMs);
    if (!told.greeted) {
        out.append(statusMessage(phase == TaskPhase::Queued ? 1 : 0));
        told.greeted = true;
    }
    if (phase == TaskPhase::Queued)
        return out;
    const bool cancelledInQueue =
        phase == TaskPhase::Cancelled && task.cancelledMs < task.createdMs + qint64(task.queuedMs);
    if (task.rejected || cancelledInQueue) { // it never ran: there is nothing to tell
        told.ended = true;
        return out;
    }
    const DemoNode *busy = app ? app->busyNode() : nullptr;
    const QString nodeId = busy ? busy->nodeId : QString();
    if (!told.started) {
        out.append(message("execution_start", QJsonObject{{QStringLiteral("prompt_id"), task.taskId},
                                                          {QStringLiteral("timestamp"), nowMs}}));
        out.append(executingMessage(task.taskId, nodeId));
        told.started = true;
    }
    const int step = progressStep(task, nowMs);
    if (step > told.step) {
        out.append(message("progress", QJsonObject{{QStringLiteral("value"), step},
                                                   {QStringLiteral("max"), task.steps},
                                                   {QStringLiteral("prompt_id"), task.taskId},
                                                   {QStringLiteral("node"), nodeId}}));
        told.step = step;
    }
    if (phase == TaskPhase::Running)
        return out;
    out.append(endingMessages(task, busy, phase, nowMs));
    told.ended = true;
    return out;
}

} // namespace rh::sandbox
