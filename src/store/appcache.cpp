#include "store/appcache.h"

#include "store/database.h"
#include "store/nodesjson.h"
#include "store/storelog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rh {

namespace {

bool execUpdate(Database *db, const QString &sql, const QVariantList &values)
{
    return db->transaction([&](QSqlDatabase &connection) {
        QSqlQuery query(connection);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            qCWarning(lcStore) << "app cache update failed:" << query.lastError().text();
            return false;
        }
        return query.numRowsAffected() > 0;
    });
}

} // namespace

AppCache::AppCache(Database *db)
    : m_db(db)
{
    Q_ASSERT(db);
}

bool AppCache::store(const QString &server, const AppInfo &info, const QDateTime &fetchedAt)
{
    if (info.webappId.isEmpty())
        return false;
    return m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        // An upsert, not INSERT OR REPLACE: a replaced row would lose its cover, last use and favourite mark.
        query.prepare(QStringLiteral("INSERT INTO app_cache"
                                     " (server, webapp_id, name, cover_url, thumbnail_url, nodes_json, fetched_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (server, webapp_id) DO UPDATE SET"
                                     " name = excluded.name, cover_url = excluded.cover_url,"
                                     " thumbnail_url = excluded.thumbnail_url, nodes_json = excluded.nodes_json,"
                                     " fetched_at = excluded.fetched_at"));
        query.addBindValue(Database::text(server));
        query.addBindValue(info.webappId);
        query.addBindValue(Database::text(info.name));
        query.addBindValue(Database::text(info.coverUrl));
        query.addBindValue(Database::text(info.thumbnailUrl));
        query.addBindValue(QString::fromUtf8(nodesToJson(info.nodes)));
        query.addBindValue(fetchedAt.toMSecsSinceEpoch());
        if (!query.exec()) {
            qCWarning(lcStore) << "app cache store failed:" << query.lastError().text();
            return false;
        }
        return true;
    });
}

std::optional<CachedApp> AppCache::load(const QString &server, const QString &webappId) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT name, cover_url, thumbnail_url, nodes_json, fetched_at FROM app_cache"
                                 " WHERE server = ? AND webapp_id = ?"));
    query.addBindValue(Database::text(server));
    query.addBindValue(webappId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    CachedApp cached;
    cached.info.webappId = webappId;
    cached.info.name = query.value(0).toString();
    cached.info.coverUrl = query.value(1).toString();
    cached.info.thumbnailUrl = query.value(2).toString();
    bool ok = false;
    cached.info.nodes = nodesFromJson(query.value(3).toString().toUtf8(), &ok);
    if (!ok) {
        qCWarning(lcStore) << "app cache entry has malformed nodes:" << webappId;
        return std::nullopt;
    }
    cached.fetchedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    return cached;
}

bool AppCache::remove(const QString &server, const QString &webappId)
{
    return m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM app_cache WHERE server = ? AND webapp_id = ?"));
        query.addBindValue(Database::text(server));
        query.addBindValue(webappId);
        return query.exec();
    });
}

bool AppCache::storeCover(const QString &server, const QString &webappId, const QByteArray &bytes)
{
    return execUpdate(m_db, QStringLiteral("UPDATE app_cache SET cover = ? WHERE server = ? AND webapp_id = ?"),
                      {bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes),
                       Database::text(server), webappId});
}

QByteArray AppCache::cover(const QString &server, const QString &webappId) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT cover FROM app_cache WHERE server = ? AND webapp_id = ?"));
    query.addBindValue(Database::text(server));
    query.addBindValue(webappId);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toByteArray();
}

bool AppCache::markUsed(const QString &server, const QString &webappId, const QDateTime &at)
{
    return execUpdate(m_db, QStringLiteral("UPDATE app_cache SET used_at = ? WHERE server = ? AND webapp_id = ?"),
                      {at.toMSecsSinceEpoch(), Database::text(server), webappId});
}

bool AppCache::setFavourite(const QString &server, const QString &webappId, bool favourite)
{
    return execUpdate(m_db, QStringLiteral("UPDATE app_cache SET favourite = ? WHERE server = ? AND webapp_id = ?"),
                      {favourite ? 1 : 0, Database::text(server), webappId});
}

QList<KnownApp> AppCache::knownApps(const QString &server, int limit) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT webapp_id, name, cover, used_at, favourite FROM app_cache WHERE server = ?"
                                 " ORDER BY favourite DESC, used_at IS NULL, used_at DESC, fetched_at DESC LIMIT ?"));
    query.addBindValue(Database::text(server));
    query.addBindValue(limit);
    QList<KnownApp> apps;
    if (!query.exec()) {
        qCWarning(lcStore) << "app cache list failed:" << query.lastError().text();
        return apps;
    }
    while (query.next()) {
        KnownApp app;
        app.webappId = query.value(0).toString();
        app.name = query.value(1).toString();
        app.cover = query.value(2).toByteArray();
        if (!query.value(3).isNull())
            app.usedAt = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        app.favourite = query.value(4).toInt() != 0;
        apps.append(app);
    }
    return apps;
}

} // namespace rh
