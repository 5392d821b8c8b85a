#include "taskreplies.h"

#include <QJsonDocument>
#include <QStringList>
#include <algorithm>

namespace rh::sandbox {

namespace {

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonObject failedReason(const QString &nodeName, const QString &nodeId, const QString &type, const QString &message,
                         const QJsonArray &traceback)
{
    return QJsonObject{{QStringLiteral("node_name"), nodeName},
                       {QStringLiteral("node_id"), nodeId},
                       {QStringLiteral("exception_type"), type},
                       {QStringLiteral("exception_message"), message},
                       {QStringLiteral("traceback"), jsonText(traceback)},
                       {QStringLiteral("current_inputs"), QJsonObject{}},
                       {QStringLiteral("current_outputs"), QJsonArray{}}};
}

} // namespace

QString outputFileName(const QString &taskId, int index)
{
    return QStringLiteral("%1-%2.png").arg(taskId).arg(index);
}

bool parseOutputFileName(const QString &name, QString &taskId, int &index)
{
    if (!name.endsWith(QLatin1String(".png")))
        return false;
    const QStringList parts = name.chopped(4).split(QLatin1Char('-'));
    if (parts.size() != 2)
        return false;
    bool ok = false;
    index = parts.at(1).toInt(&ok);
    taskId = parts.at(0);
    const bool digits = !taskId.isEmpty() && std::all_of(taskId.cbegin(), taskId.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    return ok && digits;
}

QJsonArray successOutputs(const SandboxTask &task, const DemoApp &app, const QString &baseUrl)
{
    const QString seconds = QString::number(qMax(1, (task.runningMs + 999) / 1000));
    QJsonArray outputs;
    for (int i = 0; i < task.outputCount; ++i) {
        outputs.append(QJsonObject{
            {QStringLiteral("fileUrl"), QStringLiteral("%1/files/%2").arg(baseUrl, outputFileName(task.taskId, i))},
            {QStringLiteral("fileType"), QStringLiteral("png")},
            {QStringLiteral("nodeId"), app.outputNodeId},
            {QStringLiteral("taskCostTime"), seconds},
            {QStringLiteral("consumeCoins"), QString::number(task.coins)},
            {QStringLiteral("consumeMoney"), QJsonValue::Null},
            {QStringLiteral("thirdPartyConsumeMoney"), QJsonValue::Null}});
    }
    return outputs;
}

QJsonObject failedReasonData(const SandboxTask &task, const DemoApp *app, TaskPhase phase)
{
    QJsonObject reason;
    if (phase == TaskPhase::Cancelled) {
        reason = failedReason(QString(), QString(), QStringLiteral("TaskCancelled"),
                              QStringLiteral("Task cancelled by user"), QJsonArray{});
    } else if (task.rejected) {
        reason = failedReason(QString(), QString(), QStringLiteral("prompt_outputs_failed_validation"),
                              QStringLiteral("Prompt outputs failed validation"), QJsonArray{});
    } else {
        const DemoNode *node = app ? app->busyNode() : nullptr;
        const QJsonArray traceback{
            QStringLiteral("  File \"/app/ComfyUI/execution.py\", line 323, in execute\n"),
            QStringLiteral("  File \"/app/ComfyUI/execution.py\", line 198, in get_output_data\n"),
            QStringLiteral("  File \"/app/ComfyUI/comfy/sample.py\", line 43, in sample\n")};
        reason = failedReason(node ? node->nodeName : QString(), node ? node->nodeId : QString(),
                              QStringLiteral("torch.OutOfMemoryError"),
                              QStringLiteral("Allocation on device 0 would exceed allowed memory. (out of memory)"),
                              traceback);
    }
    return QJsonObject{{QStringLiteral("failedReason"), reason}};
}

} // namespace rh::sandbox
