// decodeEnvelope: pure, declared in apicall.h so that ApiCall and its callers share one definition of "ok".
#include "api/apicall.h"
#include "api/bodyexcerpt.h"
#include "api/jsonids.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace rh {

namespace {

ApiResult badReply(const QByteArray &body, const QString &what)
{
    ApiResult result;
    result.body = body;
    result.error.kind = ApiError::Kind::BadReply;
    result.error.message = what;
    result.error.detail = bodyExcerpt(body);
    return result;
}

/// The envelope's code: a JSON integer that fits in int; false for strings, fractions, huge numbers.
bool envelopeCode(const QJsonValue &value, int *code)
{
    if (!value.isDouble())
        return false;
    const qint64 a = value.toInteger(std::numeric_limits<qint64>::min());
    const qint64 b = value.toInteger(std::numeric_limits<qint64>::max());
    if (a != b || a < std::numeric_limits<int>::min() || a > std::numeric_limits<int>::max())
        return false;
    *code = int(a);
    return true;
}

} // namespace

ApiResult decodeEnvelope(int httpStatus, const QByteArray &body)
{
    if (httpStatus != 200) {
        ApiResult result;
        result.body = body;
        result.error.kind = ApiError::Kind::Http;
        result.error.code = httpStatus;
        // Some servers answer 4xx with an envelope: keep its msg for support.
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        result.error.message = textFromJson(object.value(QLatin1String("msg")));
        result.error.detail = bodyExcerpt(body);
        return result;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badReply(
            body, QStringLiteral("not JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return badReply(body, QStringLiteral("not a JSON object"));
    const QJsonObject object = document.object();
    int code = 0;
    if (!envelopeCode(object.value(QLatin1String("code")), &code))
        return badReply(body, QStringLiteral("code missing or not an integer"));

    ApiResult result;
    result.body = body;
    result.code = code;
    result.msg = textFromJson(object.value(QLatin1String("msg")));
    result.data = object.value(QLatin1String("data"));
    if (code != 0)
        result.error = ApiError::server(code, result.msg);
    return result;
}

} // namespace rh
