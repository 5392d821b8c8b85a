#pragma once

#include "demoapps.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace rh::sandbox {

/// ComfyUI-style validation of one submitted value against the app's input: an empty object when the value is
/// fine, else one entry of `errors` ({type, message, details, extra_info:{input_name}}). knownFiles are the file
/// names an IMAGE/VIDEO/AUDIO input may name (samples and uploads).
QJsonObject checkValue(const DemoNode &node, const QString &value, const QSet<QString> &knownFiles);

/// promptTips as the real server sends it: result true and empty node_errors when nodeErrors is empty, else
/// result false with "prompt_outputs_failed_validation". Returned as the JSON *text* (it travels as a string).
QString promptTipsText(const QJsonObject &nodeErrors, const QString &outputNodeId);

/// Adds one error for node to a node_errors object ({"<nodeId>": {class_type, errors[], dependent_outputs}}).
void addNodeError(QJsonObject &nodeErrors, const DemoNode &node, const QJsonObject &error, const QString &outputNodeId);

} // namespace rh::sandbox
