#include "store/appcache.h"

#include "store/database.h"
#include "store/nodesjson.h"
#include "store/storelog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rh {

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
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO app_cache"
                                     " (server, webapp_id, name, cover_url, thumbnail_url, nodes_json, fetched_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?)"));
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

} // namespace rh
