#include "model/mediatext.h"

#include <QUrl>

namespace rh {

namespace {

QString unquoted(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() >= 2) {
        const QChar first = trimmed.front();
        if ((first == QLatin1Char('"') || first == QLatin1Char('\'')) && trimmed.back() == first)
            return trimmed.mid(1, trimmed.size() - 2).trimmed();
    }
    return trimmed;
}

bool isWindowsPath(const QString &text)
{
    // C:\… or C:/…, or a UNC path \\server\share
    const bool drive = text.size() >= 3 && text.at(0).unicode() < 128 && text.at(0).isLetter() &&
                       text.at(1) == QLatin1Char(':') &&
                       (text.at(2) == QLatin1Char('\\') || text.at(2) == QLatin1Char('/'));
    return drive || text.startsWith(QLatin1String("\\\\")) || text.contains(QLatin1Char('\\'));
}

} // namespace

MediaText MediaText::classify(const QString &typed, const QString &homePath)
{
    const QString text = unquoted(typed);
    if (text.isEmpty())
        return {};
    if (text.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
        const QUrl url(text);
        return {Kind::LocalPath, url.isLocalFile() ? url.toLocalFile() : text};
    }
    if (text == QLatin1String("~") || text.startsWith(QLatin1String("~/")))
        return {Kind::LocalPath, homePath + text.mid(1)};
    if (text.startsWith(QLatin1Char('/')) || isWindowsPath(text))
        return {Kind::LocalPath, text};
    return {Kind::ServerFile, text};
}

} // namespace rh
