#pragma once

#include "model/nodefield.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace rh {

/// What a pasted text held: a nodeInfoList, maybe inside a request body or an apiCallDemo reply.
struct NodeInfoParse
{
    bool ok = false;
    NodeFields fields;
    QString webappId; ///< exact digits, when the text was a whole request body
};

/// Lenient reader for what people paste: a bare nodeInfoList array, a run request body ({webappId,
/// nodeInfoList, …}) or an apiCallDemo reply ({code, data: {nodeInfoList}}). Values that are numbers or
/// booleans become their text; entries without nodeId or fieldName are refused.
NodeInfoParse parseNodeInfoList(const QString &text);

/// One NodeInfo object → NodeField (all eight fields; non-string values become their text).
NodeField nodeFieldFromJson(const QJsonObject &object);
/// NodeField → NodeInfo object with every non-empty field (fieldType/fieldData included).
QJsonObject nodeFieldToJson(const NodeField &field);

} // namespace rh

namespace rh {

/// The app's inputs (labels, types, fieldData, defaults) with the values of an earlier request laid over them:
/// rows of the same (nodeId, fieldName) take the request's value; request rows the app does not have are kept
/// after the app's rows, so nothing the user typed is lost silently — unless @p keepStrays is false (a reload
/// of the app being edited: inputs the app no longer has would only be refused with 803). Pure.
NodeFields mergeValues(const NodeFields &appInputs, const NodeFields &values, bool keepStrays = true);

} // namespace rh
