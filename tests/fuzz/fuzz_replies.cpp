// Any bytes as a whole reply (envelope) and as its data: every reply decoder of src/api/replies.
// Properties: a decoder that reports no error returned what it promises — a run reply has an ASCII-digit taskId
// (or is a refusal with promptTips), a successful outputs reply has a URL per file, an upload has a fileName.
#include "api/apicall.h"
#include "api/replies.h"
#include "fuzzcheck.h"
#include "model/ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rh;

namespace {

void checkRunReply(const QJsonValue &data)
{
    ApiError error;
    const RunReply reply = decodeRunReply(data, &error);
    FUZZ_CHECK(reply.taskId.isEmpty() || isAsciiDigits(reply.taskId));
    if (error.isError()) {
        FUZZ_CHECK(error.kind == ApiError::Kind::BadReply);
        return;
    }
    // Never success with an empty taskId, unless the run was refused with its reasons.
    FUZZ_CHECK(!reply.taskId.isEmpty() || (reply.state == TaskState::Failed && reply.promptTips.present));
    FUZZ_CHECK(reply.state != TaskState::Unknown);
}

void checkOutputsReply(const ApiResult &result)
{
    ApiError error;
    const OutputsReply reply = decodeOutputsReply(result, &error);
    if (error.isError())
        return;
    FUZZ_CHECK(reply.state == TaskState::Success || reply.state == TaskState::Running ||
               reply.state == TaskState::Queued || reply.state == TaskState::Failed ||
               reply.state == TaskState::NotFound);
    for (const TaskOutput &output : reply.outputs)
        FUZZ_CHECK(!output.fileUrl.isEmpty());
    FUZZ_CHECK(reply.state == TaskState::Success || reply.outputs.isEmpty());
}

void checkDataDecoders(const QJsonValue &data)
{
    checkRunReply(data);
    ApiError error;
    const TaskState status = decodeStatusReply(data, &error);
    FUZZ_CHECK(error.isError() == !data.isString());
    FUZZ_CHECK(error.isError() ? status == TaskState::Unknown : true);
    const UploadReply upload = decodeUploadReply(data, &error);
    FUZZ_CHECK(error.isError() == upload.fileName.isEmpty());
    decodeAccountStatus(data, &error);
    FUZZ_CHECK(error.isError() == !data.isObject());
    const AppInfo app = decodeAppInfo(QStringLiteral("1877265245566922753"), data, &error);
    FUZZ_CHECK(app.webappId == QLatin1String("1877265245566922753"));
    if (!error.isError())
        FUZZ_CHECK(app.nodes.size() <= data.toObject().value(QLatin1String("nodeInfoList")).toArray().size());
    decodeFailedReason(data);
    decodeFailedReason(data.toObject().value(QLatin1String("failedReason")));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const ApiResult result = decodeEnvelope(200, body);
    checkOutputsReply(result);
    if (result.error.kind == ApiError::Kind::None || result.error.kind == ApiError::Kind::Server)
        checkDataDecoders(result.data);
    // The same bytes as the data member itself (a scalar too), so decoders meet every shape of value.
    const QJsonArray wrapped = QJsonDocument::fromJson("[" + body + "]").array();
    if (wrapped.size() == 1)
        checkDataDecoders(wrapped.first());
    return 0;
}
