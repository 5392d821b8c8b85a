#pragma once

#include "model/appinfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
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

/// An app as the app picker lists it: no inputs, the cover's bytes when known.
struct KnownApp
{
    QString webappId;
    QString name;
    QByteArray cover; ///< the picture as fetched (PNG, JPEG, WebP …); empty when none was kept
    QDateTime usedAt; ///< UTC; invalid when never opened in the form
    bool favourite = false;
};

/// apiCallDemo answers per server and webapp id (table app_cache), so a known app opens without a network round
/// trip. Each server has its own entries: the sandbox's demo app never stands in for a real one. The app's cover,
/// when it was last opened in the form and whether it is a favourite are kept with it.
class AppCache final
{
    Q_DISABLE_COPY_MOVE(AppCache)
public:
    /// @p db must be open and outlive this cache.
    explicit AppCache(Database *db);

    /// Inserts the entry for (server, info.webappId), or replaces its inputs and name (cover, use and favourite
    /// stay).
    bool store(const QString &server, const AppInfo &info,
               const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc());
    std::optional<CachedApp> load(const QString &server, const QString &webappId) const;
    bool remove(const QString &server, const QString &webappId);

    /// Keeps the cover's bytes with a cached app (nothing when the app is not cached).
    bool storeCover(const QString &server, const QString &webappId, const QByteArray &bytes);
    /// The kept cover, empty when none.
    QByteArray cover(const QString &server, const QString &webappId) const;
    /// The app was opened in the form now (or at @p at).
    bool markUsed(const QString &server, const QString &webappId,
                  const QDateTime &at = QDateTime::currentDateTimeUtc());
    bool setFavourite(const QString &server, const QString &webappId, bool favourite);
    /// The apps of @p server: favourites first, then the most recently opened, then the most recently fetched.
    QList<KnownApp> knownApps(const QString &server, int limit = 200) const;

private:
    Database *m_db;
};

} // namespace rh
