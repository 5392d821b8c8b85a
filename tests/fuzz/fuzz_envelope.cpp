// Any bytes as a reply body, with HTTP 200 and with an error status: decodeEnvelope and the body excerpt.
// Properties: the body is kept whole; ok() means code 0; the excerpt is short, trimmed and collapsed.
#include "api/apicall.h"
#include "api/bodyexcerpt.h"
#include "fuzzcheck.h"

using namespace rh;

namespace {

void checkExcerpt(const QString &detail)
{
    FUZZ_CHECK(detail.size() <= 201); // 200 characters and an ellipsis
    FUZZ_CHECK(detail == detail.trimmed());
    for (qsizetype i = 0; i < detail.size(); ++i) {
        const QChar c = detail.at(i);
        FUZZ_CHECK(!c.isSpace() || c == QLatin1Char(' '));                      // white space became one space
        FUZZ_CHECK(!(c == QLatin1Char(' ') && i > 0 && detail.at(i - 1) == c)); // and never two
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    const ApiResult ok = decodeEnvelope(200, body);
    FUZZ_CHECK(ok.body == body);
    switch (ok.error.kind) {
    case ApiError::Kind::None:
        FUZZ_CHECK(ok.ok() && ok.code == 0);
        break;
    case ApiError::Kind::Server:
        FUZZ_CHECK(!ok.ok() && ok.code != 0 && ok.error.code == ok.code);
        break;
    case ApiError::Kind::BadReply:
        FUZZ_CHECK(ok.code == -1);
        checkExcerpt(ok.error.detail);
        break;
    default:
        FUZZ_CHECK(!"HTTP 200 decodes to None, Server or BadReply only");
    }

    const ApiResult page = decodeEnvelope(502, body);
    FUZZ_CHECK(page.error.kind == ApiError::Kind::Http && page.error.code == 502 && !page.ok());
    FUZZ_CHECK(page.body == body);
    checkExcerpt(page.error.detail);
    FUZZ_CHECK(page.error.detail == bodyExcerpt(body));
    checkExcerpt(bodyExcerpt(body, 20));
    return 0;
}
