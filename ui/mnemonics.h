#pragma once

#include <QChar>
#include <QString>

namespace rh {

/// Keyboard mnemonics in visible text: "&Save" (Alt+S), and translations' "保存(&S)".
class Mnemonics
{
public:
    /// The text as a tool bar button shows it: "保存(&S)" → "保存", "Save &as…" → "Save as…", "&&" → "&".
    static QString withoutMnemonic(const QString &text);
    /// The Alt-letter of @p text, lower-case ('s' for "保存(&S)"); a null QChar when it has none.
    static QChar letterOf(const QString &text);
};

} // namespace rh
