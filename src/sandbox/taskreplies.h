#pragma once

#include "demoapps.h"
#include "taskbook.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rh::sandbox {

/// Name under /files/ of output `index` of a task, and the reverse (false when name is not an output's).
QString outputFileName(const QString &taskId, int index);
bool parseOutputFileName(const QString &name, QString &taskId, int &index);

/// The `data` list of a successful outputs reply: {fileUrl, fileType, nodeId, taskCostTime, consumeCoins,
/// consumeMoney, thirdPartyConsumeMoney}, numbers as strings and money null (a consumer key).
QJsonArray successOutputs(const SandboxTask &task, const DemoApp &app, const QString &baseUrl);

/// The `data` of an 805 reply: {failedReason:{node_name, node_id, exception_type, exception_message,
/// traceback (JSON text), current_inputs, current_outputs}} for a failed, rejected or cancelled task.
QJsonObject failedReasonData(const SandboxTask &task, const DemoApp *app, TaskPhase phase);

} // namespace rh::sandbox
