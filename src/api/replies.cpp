#include "api/replies.h"

#include "model/nodeinfoparser.h"

#include "api/apicall.h"
#include "api/jsonids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <climits>
#include <cmath>

namespace rh {

namespace {

void setBadReply(ApiError *error, const QString &what, const QJsonValue &data = {})
{
    if (!error)
        return;
    *error = {};
    error->kind = ApiError::Kind::BadReply;
    error->message = what;
    error->detail = jsonText(data).left(200);
}

void clear(ApiError *error)
{
    if (error)
        *error = {};
}

QString text(const QJsonObject &object, const char *key)
{
    return textFromJson(object.value(QLatin1String(key)));
}

/// A value that may be the JSON itself or a string holding it (one level, as the server double-encodes).
QJsonValue unwrapJsonString(const QJsonValue &value)
{
    if (!value.isString())
        return value;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArrayLiteral("[") + value.toString().toUtf8() + QByteArrayLiteral("]"));
    const QJsonArray array = document.array();
    return array.size() == 1 ? array.first() : value;
}

/// Python traceback lines usually end in "\n" already; other lists get one per line.
QString joinLines(const QJsonArray &lines)
{
    QString out;
    for (const QJsonValue &line : lines) {
        out += textFromJson(line);
        if (!out.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n');
    }
    return out;
}

QString tracebackText(const QJsonValue &value)
{
    const QJsonValue unwrapped = unwrapJsonString(value);
    QString out = unwrapped.isArray() ? joinLines(unwrapped.toArray()) : textFromJson(value);
    while (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

TaskOutput outputFrom(const QJsonObject &object)
{
    TaskOutput out;
    out.fileUrl = object.value(QLatin1String("fileUrl")).toString(); // a URL or nothing
    out.fileType = text(object, "fileType");
    out.nodeId = text(object, "nodeId");
    out.taskCostTime = text(object, "taskCostTime");
    out.consumeCoins = text(object, "consumeCoins");
    out.consumeMoney = text(object, "consumeMoney");
    out.thirdPartyConsumeMoney = text(object, "thirdPartyConsumeMoney");
    return out;
}

/// code 0: a list of files; null means the list is not ready yet (still running).
OutputsReply successOutputs(const QJsonValue &data, ApiError *error)
{
    OutputsReply reply;
    if (data.isNull() || data.isUndefined()) {
        reply.state = TaskState::Running;
        return reply;
    }
    if (!data.isArray()) {
        setBadReply(error, QStringLiteral("outputs data is not a list"), data);
        return reply;
    }
    const QJsonArray list = data.toArray();
    for (const QJsonValue &entry : list) {
        const TaskOutput output = outputFrom(entry.toObject());
        if (!output.fileUrl.isEmpty()) // a broken entry must not hide the others
            reply.outputs.append(output);
    }
    if (reply.outputs.isEmpty() && !list.isEmpty()) {
        setBadReply(error, QStringLiteral("no output has a fileUrl"), data);
        return reply;
    }
    reply.state = TaskState::Success;
    return reply;
}

std::optional<QString> presentText(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional<QString>(trimmed);
}

/// "1234", "1234.0" or "1,234" as a count; "", "abc" and negative numbers as nothing. Fractions are cut off (coins
/// are shown whole; what is left never rounds up).
std::optional<qint64> wholeNumber(const QString &value)
{
    QString digits = value.trimmed();
    digits.remove(QLatin1Char(','));
    bool ok = false;
    const qint64 whole = digits.toLongLong(&ok);
    if (ok)
        return whole >= 0 ? std::optional<qint64>(whole) : std::nullopt;
    const double number = digits.toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < 0 || number > 9.0e15)
        return std::nullopt;
    return qint64(std::floor(number));
}

/// A decimal amount kept as its text when it reads as a number ("88.88", "0"); anything else as nothing.
std::optional<QString> decimalText(const QString &value)
{
    const QString trimmed = value.trimmed();
    bool ok = false;
    const double number = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return trimmed;
}

} // namespace

RunReply decodeRunReply(const QJsonValue &data, ApiError *error)
{
    clear(error);
    RunReply reply;
    if (!data.isObject()) {
        setBadReply(error, QStringLiteral("run data is not an object"), data);
        return reply;
    }
    const QJsonObject object = data.toObject();
    reply.taskId = idFromJson(object.value(QLatin1String("taskId")));
    reply.clientId = text(object, "clientId");
    reply.taskStatus = text(object, "taskStatus");
    reply.netWssUrl = text(object, "netWssUrl");
    reply.promptTips = PromptTips::fromJson(object.value(QLatin1String("promptTips")));
    reply.state = taskStateFromServer(reply.taskStatus);
    if (reply.taskId.isEmpty()) {
        // A workflow that failed validation is refused without a task: the promptTips say why.
        if (reply.state == TaskState::Failed && reply.promptTips.present)
            return reply;
        setBadReply(error, QStringLiteral("taskId missing or not an integer"), object.value(QLatin1String("taskId")));
        return reply;
    }
    if (reply.state == TaskState::Unknown)
        reply.state = TaskState::Create; // a task exists even when the status word is new to us
    return reply;
}

OutputsReply decodeOutputsReply(const ApiResult &result, ApiError *error)
{
    clear(error);
    OutputsReply reply;
    if (result.error.isError() && result.error.kind != ApiError::Kind::Server) {
        if (error)
            *error = result.error;
        return reply;
    }
    switch (result.code) {
    case 0:
        return successOutputs(result.data, error);
    case 813:
        reply.state = TaskState::Queued;
        return reply;
    case 804:
        reply.state = TaskState::Running;
        reply.netWssUrl = text(result.data.toObject(), "netWssUrl");
        return reply;
    case 805:
        reply.state = TaskState::Failed;
        reply.failedReason = decodeFailedReason(result.data.toObject().value(QLatin1String("failedReason")));
        reply.failedReason.code = result.code;
        reply.failedReason.message = result.msg;
        return reply;
    case 807:
        reply.state = TaskState::NotFound;
        return reply;
    default:
        break;
    }
    if (error)
        *error = result.error.isError() ? result.error : ApiError::server(result.code, result.msg);
    return reply;
}

FailedReason decodeFailedReason(const QJsonValue &failedReason)
{
    const QJsonObject object = unwrapJsonString(failedReason).toObject();
    FailedReason reason;
    reason.nodeName = text(object, "node_name");
    reason.nodeId = text(object, "node_id");
    reason.exceptionType = text(object, "exception_type");
    reason.exceptionMessage = text(object, "exception_message").trimmed();
    reason.traceback = tracebackText(object.value(QLatin1String("traceback")));
    return reason;
}

TaskState decodeStatusReply(const QJsonValue &data, ApiError *error)
{
    clear(error);
    if (!data.isString()) {
        setBadReply(error, QStringLiteral("status data is not a string"), data);
        return TaskState::Unknown;
    }
    return taskStateFromServer(data.toString());
}

UploadReply decodeUploadReply(const QJsonValue &data, ApiError *error)
{
    clear(error);
    const QJsonObject object = data.toObject();
    UploadReply reply;
    reply.fileName = object.value(QLatin1String("fileName")).toString();
    reply.fileType = text(object, "fileType");
    if (reply.fileName.isEmpty())
        setBadReply(error, QStringLiteral("upload data has no fileName"), data);
    return reply;
}

AccountStatus decodeAccountStatus(const QJsonValue &data, ApiError *error)
{
    clear(error);
    AccountStatus status;
    if (!data.isObject()) {
        setBadReply(error, QStringLiteral("account data is not an object"), data);
        return status;
    }
    const QJsonObject object = data.toObject();
    status.remainCoins = wholeNumber(text(object, "remainCoins"));
    if (const auto count = wholeNumber(text(object, "currentTaskCounts")); count && *count <= INT_MAX)
        status.currentTaskCounts = int(*count);
    status.remainMoney = decimalText(text(object, "remainMoney"));
    status.currency = presentText(text(object, "currency"));
    status.apiType = presentText(text(object, "apiType"));
    return status;
}

AppInfo decodeAppInfo(const QString &webappId, const QJsonValue &data, ApiError *error)
{
    clear(error);
    AppInfo info;
    info.webappId = webappId;
    const QJsonObject object = data.toObject();
    // apiCallDemo says webappName/nodeInfoList; an app's detail (webapp/detail) says name/inputNodes.
    QJsonValue nodes = object.value(QLatin1String("nodeInfoList"));
    if (!nodes.isArray())
        nodes = object.value(QLatin1String("inputNodes"));
    if (!nodes.isArray()) {
        setBadReply(error, QStringLiteral("app data has no nodeInfoList"), data);
        return info;
    }
    // "" when the reply names no app (real replies may lack webappName): the window shows the id instead.
    info.name = text(object, "webappName").trimmed();
    if (info.name.isEmpty() && !object.contains(QLatin1String("nodeInfoList")))
        info.name = text(object, "name").trimmed();
    const QJsonArray covers = object.value(QLatin1String("covers")).toArray();
    const QJsonObject cover = covers.isEmpty() ? QJsonObject() : covers.at(0).toObject();
    info.coverUrl = text(cover, "url");
    info.thumbnailUrl = text(cover, "thumbnailUri");
    for (const QJsonValue &entry : nodes.toArray()) {
        if (entry.isObject())
            info.nodes.append(nodeFieldFromJson(entry.toObject()));
    }
    return info;
}

} // namespace rh
