// Any text pasted into the node table or the id box, and the run request built from it: parseNodeInfoList,
// extractWebappId, RunRequest (validate, wire JSON, preview) and the history's preview reader.
// Properties: ids are ASCII digits; the wire JSON is always valid and carries exactly the fields and the exact
// id digits; the preview never carries the key and reads back to the same request.
#include "api/jsonids.h"
#include "fuzzcheck.h"
#include "model/ids.h"
#include "model/nodeinfoparser.h"
#include "model/requestfrompreview.h"
#include "model/runrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rh;

namespace {

const QString apiKey = QStringLiteral("0123456789abcdef0123456789abcdef");

QString canonical(const QString &digits)
{
    return QString::number(digits.toLongLong());
}

void checkWire(const RunRequest &request)
{
    QJsonParseError error{};
    const QJsonObject wire = QJsonDocument::fromJson(request.toJson(apiKey), &error).object();
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
    FUZZ_CHECK(wire.value(QLatin1String("apiKey")).toString() == apiKey);
    const QJsonValue id = wire.value(QLatin1String("webappId"));
    if (isIdText(request.webappId))
        FUZZ_CHECK(id.isDouble() && idFromJson(id) == canonical(request.webappId)); // a bare integer, exact
    else
        FUZZ_CHECK(id.toString() == request.webappId);
    const QJsonArray nodes = wire.value(QLatin1String("nodeInfoList")).toArray();
    FUZZ_CHECK(nodes.size() == request.nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QJsonObject node = nodes.at(i).toObject();
        FUZZ_CHECK(node.value(QLatin1String("nodeId")).toString() == request.nodes.at(i).nodeId);
        FUZZ_CHECK(node.value(QLatin1String("fieldName")).toString() == request.nodes.at(i).fieldName);
        FUZZ_CHECK(node.value(QLatin1String("fieldValue")).toString() == request.nodes.at(i).fieldValue);
    }
}

void checkPreview(const RunRequest &request)
{
    const QByteArray preview = request.toPreviewJson();
    const QJsonObject object = QJsonDocument::fromJson(preview).object();
    FUZZ_CHECK(object.value(QLatin1String("apiKey")).toString() == RunRequest::previewKeyMask());
    if (!request.validate(apiKey).isEmpty())
        return;
    bool ok = false;
    const RunRequest back = runRequestFromPreviewJson(preview, &ok);
    FUZZ_CHECK(ok);
    FUZZ_CHECK(back.webappId == canonical(request.webappId));
    FUZZ_CHECK(back.nodes.size() == request.nodes.size());
    for (qsizetype i = 0; i < back.nodes.size(); ++i) {
        const NodeField &a = back.nodes.at(i);
        const NodeField &b = request.nodes.at(i);
        FUZZ_CHECK(a.nodeId == b.nodeId && a.fieldName == b.fieldName && a.fieldValue == b.fieldValue &&
                   a.nodeName == b.nodeName && a.description == b.description && a.descriptionEn == b.descriptionEn);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(bytes);

    const QString typed = extractWebappId(text);
    FUZZ_CHECK(typed.isEmpty() || (isAsciiDigits(typed) && typed.size() <= maxIdDigits));

    const NodeInfoParse pasted = parseNodeInfoList(text);
    FUZZ_CHECK(pasted.webappId.isEmpty() || isIdText(pasted.webappId));
    FUZZ_CHECK(pasted.ok || pasted.fields.isEmpty());
    for (const NodeField &field : pasted.fields) {
        FUZZ_CHECK(!field.nodeId.isEmpty() && !field.fieldName.isEmpty());
        FUZZ_CHECK(nodeFieldFromJson(nodeFieldToJson(field)) == field);
    }

    RunRequest request;
    request.webappId = pasted.webappId.isEmpty() ? typed : pasted.webappId;
    request.nodes = pasted.fields;
    checkWire(request);
    checkPreview(request);

    bool ok = false;
    const RunRequest stored = runRequestFromPreviewJson(bytes, &ok); // a history row's preview
    FUZZ_CHECK(ok || stored == RunRequest());
    FUZZ_CHECK(!ok || isIdText(stored.webappId));
    return 0;
}
