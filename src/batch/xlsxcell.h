#pragma once

#include <QString>

namespace rh {

/// The 0-based column of a cell reference ("A1" -> 0, "AB12" -> 27, "XFD3" -> 16383); -1 when it is not one.
int xlsxColumnIndex(QStringView reference);

/// A number cell's stored value (<v>, e.g. "3", "0.1", "1.23456789012346E+18") as Excel shows it in General
/// format: integers without ".0", at most 15 significant digits. lostDigits is set for an integer of 16 or more
/// digits: Excel kept only 15, so a long id typed as a number is already wrong. Text that is not a number is
/// returned unchanged.
QString xlsxNumberText(QStringView stored, bool *lostDigits = nullptr);

} // namespace rh
