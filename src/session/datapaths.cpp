#include "session/datapaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace rh {

namespace {

QString configFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/rhdesk");
}

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/rhdesk");
}

bool moveIfMissing(const QString &from, const QString &to)
{
    if (!QFileInfo::exists(from) || QFileInfo::exists(to))
        return true;
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::rename(from, to);
}

} // namespace

DataPaths DataPaths::user()
{
    return {configFolder() + QStringLiteral("/rhdesk.conf"), dataFolder() + QStringLiteral("/rhdesk.sqlite"),
            dataFolder() + QStringLiteral("/apikeys.json")};
}

DataPaths DataPaths::sandbox()
{
    const QString data = dataFolder() + QStringLiteral("/sandbox");
    return {configFolder() + QStringLiteral("/sandbox.conf"), data + QStringLiteral("/rhdesk.sqlite"),
            data + QStringLiteral("/apikeys.json")};
}

DataPaths DataPaths::inFolder(const QString &folder)
{
    const QDir dir(folder);
    return {dir.filePath(QStringLiteral("settings.ini")), dir.filePath(QStringLiteral("rhdesk.sqlite")),
            dir.filePath(QStringLiteral("apikeys.json"))};
}

bool DataPaths::adoptLegacyFiles()
{
    // AppDataLocation is <data>/<organization>/<application>: rhdesk/rhdesk.
    const QString legacy = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (legacy.isEmpty() || QDir(legacy) == QFileInfo(databaseFile).absoluteDir())
        return true;
    bool ok = true;
    // The database first with its WAL and shared-memory files, so no committed write is left behind.
    if (!QFileInfo::exists(databaseFile)) {
        for (const char *suffix : {"", "-wal", "-shm"})
            ok = moveIfMissing(legacy + QStringLiteral("/rhdesk.sqlite") + QLatin1String(suffix),
                               databaseFile + QLatin1String(suffix)) &&
                 ok;
    }
    return moveIfMissing(legacy + QStringLiteral("/apikeys.json"), keyFile) && ok;
}

} // namespace rh
