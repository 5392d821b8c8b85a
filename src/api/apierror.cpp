#include "api/apierror.h"

namespace rh {

bool ApiError::isSafeToRetry() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Tls:
        return true; // the connection failed before the request was sent
    case Kind::Server:
        return code == 421 || code == 415; // queue / instances full: the server created no task
    case Kind::None:
    case Kind::Timeout:
    case Kind::UnknownOutcome:
    case Kind::Http:
    case Kind::BadReply:
    case Kind::Cancelled:
    case Kind::Invalid:
        break;
    }
    return false;
}

} // namespace rh
