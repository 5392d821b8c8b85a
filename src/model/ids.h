#pragma once

#include <QStringView>

namespace rh {

/// The one rule for RunningHub ids (webappId, taskId) wherever they are read: ASCII '0'–'9' only.
/// QChar::isDigit() is not used on purpose: it also takes full-width (１２３) and Arabic-Indic (١٢٣) digits, which
/// would pass a check here and then fail on the wire or in a file name.
bool isAsciiDigits(QStringView text);

/// Longest id: int64 has 19 digits.
constexpr int maxIdDigits = 19;

/// An id as the API can carry it: 1–19 ASCII digits whose value is positive and fits in int64 (leading zeros
/// allowed). "0" is no id, whether it came as text or as a number.
bool isIdText(QStringView text);

} // namespace rh
