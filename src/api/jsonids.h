#pragma once

#include <QJsonValue>
#include <QString>

namespace rh {

/// Reads a snowflake id exactly whether it came as "1907035719658053634" or as the bare number
/// 1907035719658053634 (never through a double). Returns "" for null, missing, non-integral, zero or negative
/// values and for text that breaks the id rule of model/ids.h.
QString idFromJson(const QJsonValue &value);

/// Reads a value the docs show as "numbers as strings or null" (cost, time, coins) as text: strings as they are,
/// numbers exactly (2.0 → "2", 0.12 → "0.12"), booleans as true/false; null, arrays and objects give "".
QString textFromJson(const QJsonValue &value);

/// Like textFromJson, but arrays and objects become compact JSON text (fieldData sent as JSON, not as a string).
QString jsonText(const QJsonValue &value);

} // namespace rh
