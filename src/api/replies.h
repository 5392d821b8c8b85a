#pragma once

#include "api/apierror.h"
#include "model/appinfo.h"
#include "model/prompttips.h"
#include "model/taskoutput.h"
#include "model/taskstate.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

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

/// data of POST /uc/openapi/accountStatus. The server sends every field as a string, null or not at all: a field it
/// did not say is nullopt, never 0 (a consumer key has no money; a missing balance is not an empty account).
struct AccountStatus
{
    std::optional<qint64> remainCoins;
    std::optional<int> currentTaskCounts;
    std::optional<QString> remainMoney; ///< the decimal as sent ("88.88"): money is never put through a double
    std::optional<QString> currency;    ///< e.g. "CNY"
    std::optional<QString> apiType;     ///< e.g. "NORMAL"
};

/// Pure decoders: they never crash on wrong types; a missing or wrongly typed required field gives a BadReply
/// error through `error`.
RunReply decodeRunReply(const QJsonValue &data, ApiError *error);
/// Takes the whole result because the state lives in the envelope code.
OutputsReply decodeOutputsReply(const ApiResult &result, ApiError *error);
/// data of POST /task/openapi/status: "QUEUED", "RUNNING", "SUCCESS" or "FAILED" (unmaintained endpoint).
TaskState decodeStatusReply(const QJsonValue &data, ApiError *error);
UploadReply decodeUploadReply(const QJsonValue &data, ApiError *error);
/// A wrongly typed or unreadable field is nullopt; only data that is not an object is a BadReply. The envelope's own
/// refusals (1601 when `apikey` is missing, 802 for a wrong key) never reach here: they are ApiErrors of the call.
AccountStatus decodeAccountStatus(const QJsonValue &data, ApiError *error);
AppInfo decodeAppInfo(const QString &webappId, const QJsonValue &data, ApiError *error);
FailedReason decodeFailedReason(const QJsonValue &failedReason);

} // namespace rh
