#include "model/outputname.h"

#include <QMutex>
#include <QRegularExpression>
#include <QThreadPool>
#include <QUrl>

#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace rh {

namespace {

constexpr int MaxPartLength = 60;
constexpr int MaxStemBytes = 200; // of UTF-8; ext4 and others allow 255, leaving room for " (12)" and ".jpeg"
constexpr int MaxExtensionLength = 8;

bool isForbiddenInFileName(QChar c)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || forbidden.contains(c) ||
           c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
}

QString replaceForbidden(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(isForbiddenInFileName(c) ? QLatin1Char('_') : c);
    return out;
}

QString trimmed(const QString &text, const std::function<bool(QChar)> &trimmable)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && trimmable(text.at(begin)))
        ++begin;
    while (end > begin && trimmable(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

// Leading dots hide files; trailing dots and spaces upset Windows file systems and USB sticks.
bool dotOrSpace(QChar c)
{
    return c == QLatin1Char('.') || c.isSpace();
}

bool webSafeEdge(QChar c)
{
    return c == QLatin1Char('_') || c == QLatin1Char('-');
}

bool isSeparator(QChar c)
{
    return c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char(' ');
}

bool isWebSafe(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '_';
}

/// ICU's Any-Latin then Latin-ASCII ("文生图" → "wen sheng tu", "café" → "cafe"), used under a lock: an ICU
/// transliterator is not safe to share between threads. Never destroyed: a worker may still be building it at exit.
struct Transliteration
{
    QMutex mutex;
    std::unique_ptr<icu::Transliterator> transliterator;
    bool tried = false;

    static Transliteration &instance()
    {
        static auto *shared = new Transliteration;
        return *shared;
    }

    QString toLatin(const QString &text)
    {
        const QMutexLocker lock(&mutex);
        if (!tried) {
            tried = true;
            UErrorCode status = U_ZERO_ERROR;
            transliterator.reset(icu::Transliterator::createInstance(icu::UnicodeString(u"Any-Latin; Latin-ASCII"),
                                                                     UTRANS_FORWARD, status));
            if (U_FAILURE(status))
                transliterator.reset(); // then every non-ASCII character becomes '_'
        }
        if (!transliterator)
            return text;
        icu::UnicodeString buffer(reinterpret_cast<const char16_t *>(text.utf16()), int32_t(text.size()));
        transliterator->transliterate(buffer);
        return QString::fromUtf16(buffer.getBuffer(), buffer.length());
    }
};

/// Keeps web-safe characters, transliterates the rest, turns what is left into '_' and squeezes runs of '_'.
QString webSafeRun(const QString &text)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    const QString latin = ascii ? text : Transliteration::instance().toLatin(text);
    QString out;
    out.reserve(latin.size());
    for (const QChar c : latin) {
        const QChar kept = isWebSafe(c) ? c : QLatin1Char('_');
        if (kept == QLatin1Char('_') && out.endsWith(QLatin1Char('_')))
            continue;
        out.append(kept);
    }
    return out;
}

QString cleanExtension(const QString &text)
{
    const QString ext = text.trimmed().toLower();
    if (ext.isEmpty() || ext.size() > MaxExtensionLength)
        return {};
    for (const QChar c : ext) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            return {};
    }
    return ext;
}

QString cutToBytes(QString text, int maxBytes)
{
    while (text.toUtf8().size() > maxBytes) {
        text.chop(text.size() >= 2 && text.back().isLowSurrogate() ? 2 : 1);
    }
    return text;
}

/// Windows refuses these names whatever follows the first dot: "CON.png", "nul_1.png" is fine.
bool isDeviceName(const QString &stem)
{
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return device.match(stem.section(QLatin1Char('.'), 0, 0).trimmed()).hasMatch();
}

struct Token
{
    QString text;
    bool placeholder = false;
};

/// The pattern as literal text and known placeholders; an unknown "{…}" stays literal.
QList<Token> tokenize(const QString &pattern, QStringList *unknown = nullptr)
{
    const QStringList known = OutputName::placeholders();
    QList<Token> tokens;
    QString literal;
    qsizetype i = 0;
    while (i < pattern.size()) {
        const qsizetype close = pattern.indexOf(QLatin1Char('}'), i + 1);
        const qsizetype nextOpen = pattern.indexOf(QLatin1Char('{'), i + 1);
        if (pattern.at(i) != QLatin1Char('{') || close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            literal.append(pattern.at(i++));
            continue;
        }
        const QString braced = pattern.mid(i, close - i + 1);
        i = close + 1;
        if (!known.contains(braced)) {
            literal.append(braced);
            if (unknown && !unknown->contains(braced))
                unknown->append(braced);
            continue;
        }
        if (!literal.isEmpty())
            tokens.append({literal, false});
        literal.clear();
        tokens.append({braced, true});
    }
    if (!literal.isEmpty())
        tokens.append({literal, false});
    return tokens;
}

} // namespace

QString sanitizeFileNamePart(const QString &text)
{
    QString out = trimmed(replaceForbidden(text), dotOrSpace);
    if (out.size() > MaxPartLength) {
        qsizetype cut = MaxPartLength;
        if (out.at(cut - 1).isHighSurrogate())
            --cut; // never split a character outside the BMP
        out.truncate(cut);
        out = trimmed(out, dotOrSpace);
    }
    return out;
}

void prepareWebSafeNames()
{
    // The first Chinese text costs about 300 ms (ICU builds its Han rules), every later one well under a millisecond.
    static const bool started = [] {
        QThreadPool::globalInstance()->start([] { Transliteration::instance().toLatin(QStringLiteral("图")); });
        return true;
    }();
    Q_UNUSED(started);
}

QString webSafeText(const QString &text)
{
    return trimmed(webSafeRun(text), webSafeEdge);
}

QString nonClashingFileName(const QString &fileName, const std::function<bool(const QString &)> &taken, bool webSafe)
{
    if (!taken(fileName))
        return fileName;
    const int dot = fileName.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? fileName.left(dot) : fileName;
    const QString suffix = dot > 0 ? fileName.mid(dot) : QString();
    const QString form = webSafe ? QStringLiteral("%1_%2%3") : QStringLiteral("%1 (%2)%3");
    for (int i = 2;; ++i) {
        const QString candidate = form.arg(stem, QString::number(i), suffix);
        if (!taken(candidate))
            return candidate;
    }
}

QString outputExtension(const TaskOutput &output)
{
    QString ext =
        cleanExtension(output.fileType.startsWith(QLatin1Char('.')) ? output.fileType.mid(1) : output.fileType);
    if (ext.isEmpty()) {
        const QString fileName = QUrl(output.fileUrl).fileName();
        const int dot = fileName.lastIndexOf(QLatin1Char('.'));
        if (dot > 0)
            ext = cleanExtension(fileName.mid(dot + 1));
    }
    return ext.isEmpty() ? QStringLiteral("bin") : ext;
}

QStringList OutputName::placeholders()
{
    return {QStringLiteral("{app}"),  QStringLiteral("{label}"),  QStringLiteral("{date}"),
            QStringLiteral("{time}"), QStringLiteral("{taskId}"), QStringLiteral("{n}")};
}

QStringList OutputName::unknownPlaceholders(const QString &pattern)
{
    QStringList unknown;
    tokenize(pattern, &unknown);
    return unknown;
}

OutputName::OutputName(const QString &pattern, bool webSafe)
    : m_pattern(pattern.trimmed().isEmpty() ? defaultPattern() : pattern)
    , m_webSafe(webSafe)
{}

QString OutputName::safe(const QString &text) const
{
    const QString part = sanitizeFileNamePart(text);
    return m_webSafe ? webSafeText(part) : part;
}

QString OutputName::value(const QString &placeholder, const OutputNameFields &fields) const
{
    if (placeholder == QLatin1String("{app}")) {
        const QString app = safe(fields.app);
        return app.isEmpty() ? QStringLiteral("rhdesk") : app;
    }
    if (placeholder == QLatin1String("{label}"))
        return safe(fields.label);
    if (placeholder == QLatin1String("{taskId}"))
        return safe(fields.taskId);
    if (placeholder == QLatin1String("{n}"))
        return QString::number(fields.n);
    if (!fields.when.isValid())
        return {};
    // Fixed forms (not the locale's): they sort by time and hold no ':' (Windows refuses it).
    if (placeholder == QLatin1String("{date}"))
        return fields.when.toString(QStringLiteral("yyyy-MM-dd"));
    if (placeholder == QLatin1String("{time}"))
        return fields.when.toString(QStringLiteral("HH-mm-ss"));
    return {};
}

QString OutputName::stem(const OutputNameFields &fields) const
{
    QString out;
    bool dropSeparator = false; // an empty placeholder at the start takes the separators after it along
    for (const Token &token : tokenize(m_pattern)) {
        QString text = token.placeholder ? value(token.text, fields) : replaceForbidden(token.text);
        if (!token.placeholder && m_webSafe)
            text = webSafeRun(text);
        if (token.placeholder && text.isEmpty()) {
            while (!out.isEmpty() && isSeparator(out.back()))
                out.chop(1);
            dropSeparator = out.isEmpty();
            continue;
        }
        while (dropSeparator && !text.isEmpty() && isSeparator(text.front()))
            text.remove(0, 1);
        dropSeparator = dropSeparator && text.isEmpty();
        out += text;
    }
    out = trimmed(out, m_webSafe ? std::function<bool(QChar)>(webSafeEdge) : std::function<bool(QChar)>(dotOrSpace));
    out = trimmed(cutToBytes(out, MaxStemBytes), dotOrSpace);
    if (out.isEmpty())
        out = QStringLiteral("rhdesk");
    if (isDeviceName(out))
        out += QLatin1Char('_');
    return out;
}

QString OutputName::fileName(const OutputNameFields &fields, const TaskOutput &output) const
{
    return stem(fields) + QLatin1Char('.') + outputExtension(output);
}

QString OutputName::freeFileName(const OutputNameFields &fields, const TaskOutput &output,
                                 const std::function<bool(const QString &)> &taken) const
{
    return nonClashingFileName(fileName(fields, output), taken, m_webSafe);
}

} // namespace rh
