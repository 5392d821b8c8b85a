#pragma once

#include <QFont>
#include <QString>

namespace rh {

/// The height one line of text like @p sample takes in @p font, fallback fonts included: a Chinese line in a Latin
/// font is drawn in a CJK font whose lines are taller than the Latin font's line spacing. What a one-line label kept
/// even while empty must reserve so that its text arriving does not change its height.
int lineRoom(const QFont &font, const QString &sample);

} // namespace rh
