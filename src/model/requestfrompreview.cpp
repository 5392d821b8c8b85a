#include "model/requestfrompreview.h"

#include "model/nodeinfoparser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rh {

RunRequest runRequestFromPreviewJson(const QByteArray &json, bool *ok)
{
    // parseNodeInfoList already reads {webappId, nodeInfoList} bodies exactly; only the two optional strings are
    // left to read here.
    const NodeInfoParse parsed = parseNodeInfoList(QString::fromUtf8(json));
    const bool usable = parsed.ok && !parsed.webappId.isEmpty();
    if (ok)
        *ok = usable;
    if (!usable)
        return {};
    RunRequest request;
    request.webappId = parsed.webappId;
    request.nodes = parsed.fields;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    request.instanceType = object.value(QLatin1String("instanceType")).toString();
    request.webhookUrl = object.value(QLatin1String("webhookUrl")).toString();
    return request;
}

} // namespace rh
