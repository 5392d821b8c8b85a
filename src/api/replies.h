#pragma once

#include "api/apierror.h"
#include "model/appinfo.h"
#include "model/prompttips.h"
#include "model/taskoutput.h"
#include "model/taskstate.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace rh {

struct ApiResult;

/// data of a successful run reply (TaskCreateResponse).
struct RunReply
{
    QString taskId;
    QString clientId;
    TaskState state = TaskState::Unknown; ///< from taskStatus
    QString taskStatus;                   ///< as sent
    QString netWssUrl;
    PromptTips promptTips;
};

/// The outputs reply: the state is in code (813, 804, 0, 805, 807).
struct OutputsReply
{
    TaskState state = TaskState::Unknown;
    QList<TaskOutput> outputs; ///< state Success
    FailedReason failedReason; ///< state Failed
    QString netWssUrl;         ///< state Running
};

struct UploadReply
{
    QString fileName; ///< api/<sha256>.<ext>
    QString fileType;
};

struct AccountStatus
{
    QString remainCoins;
    QString currentTaskCounts;
    QString remainMoney;
    QString currency;
    QString apiType;
};

/// Pure decoders: they never crash on wrong types; a missing or wrongly typed required field gives a BadReply
/// error through `error`.
RunReply decodeRunReply(const QJsonValue &data, ApiError *error);
/// Takes the whole result because the state lives in the envelope code.
OutputsReply decodeOutputsReply(const ApiResult &result, ApiError *error);
/// data of POST /task/openapi/status: "QUEUED", "RUNNING", "SUCCESS" or "FAILED" (unmaintained endpoint).
TaskState decodeStatusReply(const QJsonValue &data, ApiError *error);
UploadReply decodeUploadReply(const QJsonValue &data, ApiError *error);
AccountStatus decodeAccountStatus(const QJsonValue &data, ApiError *error);
AppInfo decodeAppInfo(const QString &webappId, const QJsonValue &data, ApiError *error);
FailedReason decodeFailedReason(const QJsonValue &failedReason);

} // namespace rh
