#pragma once

#include "model/appinfo.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace rh {

class Database;

/// An AppInfo as cached, with when it was fetched.
struct CachedApp
{
    AppInfo info;
    QDateTime fetchedAt; ///< UTC
};

/// apiCallDemo answers per server and webapp id (table app_cache), so a known app opens without a network round
/// trip. Each server has its own entries: the sandbox's demo app never stands in for a real one.
class AppCache final
{
    Q_DISABLE_COPY_MOVE(AppCache)
public:
    /// @p db must be open and outlive this cache.
    explicit AppCache(Database *db);

    /// Inserts or replaces the entry for (server, info.webappId).
    bool store(const QString &server, const AppInfo &info,
               const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc());
    std::optional<CachedApp> load(const QString &server, const QString &webappId) const;
    bool remove(const QString &server, const QString &webappId);

private:
    Database *m_db;
};

} // namespace rh
