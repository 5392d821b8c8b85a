#pragma once

#include "model/nodefield.h"

#include <QByteArray>

namespace rh {

/// The stored form of a node list (app_cache.nodes_json, presets.nodes_json): a compact JSON array of objects
/// with all eight NodeField members as strings (nodeId, nodeName, fieldName, fieldValue, fieldType, fieldData,
/// description, descriptionEn). Ids stay strings, so nothing passes through a double.
QByteArray nodesToJson(const NodeFields &nodes);
/// Lenient: missing members read as ""; non-string members as their text. @p ok is false when @p json is not a
/// JSON array (the result is then empty).
NodeFields nodesFromJson(const QByteArray &json, bool *ok = nullptr);

} // namespace rh
