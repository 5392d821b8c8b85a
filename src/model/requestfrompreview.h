#pragma once

#include "model/runrequest.h"

#include <QByteArray>

namespace rh {

/// Rebuilds the request a history entry was made from, out of the preview JSON stored with it
/// (RunRequest::toPreviewJson(): {apiKey: mask, webappId, nodeInfoList, webhookUrl?, instanceType?}).
/// The masked key is ignored. The webappId keeps its exact digits whether stored as a number or a string.
/// Sets @p ok (when given) to whether the text held a webappId and a usable nodeInfoList; on failure the
/// returned request is empty.
RunRequest runRequestFromPreviewJson(const QByteArray &json, bool *ok = nullptr);

} // namespace rh
