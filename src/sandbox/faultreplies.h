#pragma once

#include "wirefields.h"

#include <QByteArray>

namespace rh::sandbox {

/// The normal HTTP 200 body: {"code":…,"msg":…,"data":…}, compact.
QByteArray envelopeJson(const ApiReply &reply);

/// The same body with every "taskId"/"webappId" string of digits written as a bare JSON number (exact digits:
/// the text is edited, nothing passes through a double).
QByteArray idsAsNumbers(const QByteArray &json);

/// The envelope with fields of the wrong type, as a broken server or proxy might send: taskId an object,
/// taskStatus a number, clientId an array, fileUrl an object, numbers-as-strings as numbers, a status word
/// as a number, msg a number when there is no data. `code` keeps its type so clients reach the fields.
QByteArray wrongTypes(const ApiReply &reply);

/// What a proxy/CDN answers with HTTP 502.
QByteArray badGatewayHtml();
/// An HTTP 200 body that is not JSON (a WAF or captive-portal page).
QByteArray notJsonBody();

} // namespace rh::sandbox
