#include "api/bodyexcerpt.h"

#include <QStringView>

namespace rh {

namespace {

constexpr qsizetype MaxScannedBytes = 64 * 1024;

/// A character that continues a tag name (what "\b" looks at).
bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

/// One left-to-right pass over the text. Every search only moves forward, and a search that found nothing is
/// remembered, so each character is looked at a bounded number of times.
class ExcerptScanner
{
public:
    explicit ExcerptScanner(QStringView text)
        : m_text(text)
    {}

    QString run(int maxChars);

private:
    enum RawElement { Script, Style, RawElementCount };

    qsizetype skipMarkup(qsizetype at);
    qsizetype rawElementEnd(qsizetype at, RawElement element);
    qsizetype closingTagEnd(qsizetype from, QLatin1String closing) const;

    QStringView m_text;
    bool m_noClosing[RawElementCount] = {false, false}; ///< a search for </script> or </style> found none
    bool m_noTagEnd = false;                            ///< no '>' after some position: none after any later one
};

const QLatin1String rawElementNames[] = {QLatin1String("script"), QLatin1String("style")};
const QLatin1String closingTags[] = {QLatin1String("</script"), QLatin1String("</style")};

QString ExcerptScanner::run(int maxChars)
{
    QString out;
    out.reserve(maxChars + 1);
    bool pendingSpace = false;
    qsizetype i = 0;
    while (i < m_text.size() && out.size() <= maxChars) {
        const QChar c = m_text.at(i);
        if (c == QLatin1Char('<')) {
            const qsizetype next = skipMarkup(i);
            if (next > i) {
                i = next;
                continue;
            }
        }
        ++i;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += c;
    }
    if (out.size() > maxChars)
        out = out.left(maxChars) + QChar(0x2026);
    return out;
}

/// The index after the markup that starts at `at` ('<'), or `at` when it starts none (a lone '<' is text).
qsizetype ExcerptScanner::skipMarkup(qsizetype at)
{
    for (int element = 0; element < RawElementCount; ++element) {
        const qsizetype end = rawElementEnd(at, RawElement(element));
        if (end > at)
            return end;
    }
    if (m_noTagEnd)
        return at;
    const qsizetype gt = m_text.indexOf(QLatin1Char('>'), at + 1);
    if (gt < 0) {
        m_noTagEnd = true;
        return at;
    }
    return gt + 1;
}

/// "<script …>…</script >" as a whole; `at` when the text there is not such an element with its closing tag
/// (then only its opening tag is removed, like any tag, and its content stays readable).
qsizetype ExcerptScanner::rawElementEnd(qsizetype at, RawElement element)
{
    const QLatin1String name = rawElementNames[element];
    const qsizetype nameEnd = at + 1 + name.size();
    if (m_noClosing[element] || nameEnd > m_text.size() ||
        m_text.mid(at + 1, name.size()).compare(name, Qt::CaseInsensitive) != 0 ||
        (nameEnd < m_text.size() && isNameChar(m_text.at(nameEnd))))
        return at;
    const qsizetype end = closingTagEnd(nameEnd, closingTags[element]);
    if (end < 0) {
        m_noClosing[element] = true;
        return at;
    }
    return end;
}

/// The index after the first "</name" + spaces + ">" at or after `from`; -1 when there is none.
qsizetype ExcerptScanner::closingTagEnd(qsizetype from, QLatin1String closing) const
{
    while (true) {
        const qsizetype pos = m_text.indexOf(closing, from, Qt::CaseInsensitive);
        if (pos < 0)
            return -1;
        qsizetype j = pos + closing.size();
        while (j < m_text.size() && m_text.at(j).isSpace())
            ++j;
        if (j < m_text.size() && m_text.at(j) == QLatin1Char('>'))
            return j + 1;
        from = pos + 1;
    }
}

} // namespace

QString bodyExcerpt(const QByteArray &body, int maxChars)
{
    const QString text = QString::fromUtf8(body.left(MaxScannedBytes));
    return ExcerptScanner(text).run(maxChars);
}

} // namespace rh
