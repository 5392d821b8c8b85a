#include "mnemonics.h"

#include <QRegularExpression>

namespace rh {

QString Mnemonics::withoutMnemonic(const QString &text)
{
    // Translations put the letter in brackets after the word ("保存(&S)", "另存为(&A)…"): drop the brackets too.
    static const QRegularExpression bracketed(QStringLiteral(R"(\s?[(（]&[^&][)）])"));
    QString out = text;
    out.remove(bracketed);
    QString plain;
    plain.reserve(out.size());
    for (int i = 0; i < out.size(); ++i) {
        if (out.at(i) == QLatin1Char('&') && i + 1 < out.size())
            ++i; // "&&" is a literal ampersand; "&x" is x
        plain.append(out.at(i));
    }
    return plain;
}

QChar Mnemonics::letterOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace rh
