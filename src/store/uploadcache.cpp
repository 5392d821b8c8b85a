#include "store/uploadcache.h"

#include "store/database.h"
#include "store/storelog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rh {

UploadCache::UploadCache(Database *db)
    : m_db(db)
{
    Q_ASSERT(db);
}

bool UploadCache::store(const CachedUpload &upload)
{
    if (upload.sha256.isEmpty() || upload.fileName.isEmpty())
        return false;
    return m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO uploads"
            " (server, sha256, file_name, file_type, uploaded_at, local_path) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(Database::text(upload.server));
        query.addBindValue(upload.sha256.toLower());
        query.addBindValue(upload.fileName);
        query.addBindValue(Database::text(upload.fileType));
        const QDateTime at = upload.uploadedAt.isValid() ? upload.uploadedAt : QDateTime::currentDateTimeUtc();
        query.addBindValue(at.toMSecsSinceEpoch());
        query.addBindValue(Database::text(upload.localPath));
        if (!query.exec()) {
            qCWarning(lcStore) << "upload cache store failed:" << query.lastError().text();
            return false;
        }
        return true;
    });
}

std::optional<CachedUpload> UploadCache::find(const QString &server, const QString &sha256, const QDateTime &now) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT file_name, file_type, uploaded_at, local_path FROM uploads"
                                 " WHERE server = ? AND sha256 = ? AND uploaded_at > ?"));
    query.addBindValue(Database::text(server));
    query.addBindValue(sha256.toLower());
    query.addBindValue(now.toMSecsSinceEpoch() - maxAgeMs());
    if (!query.exec() || !query.next())
        return std::nullopt;
    CachedUpload upload;
    upload.server = server;
    upload.sha256 = sha256.toLower();
    upload.fileName = query.value(0).toString();
    upload.fileType = query.value(1).toString();
    upload.uploadedAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    upload.localPath = query.value(3).toString();
    return upload;
}

bool UploadCache::remove(const QString &server, const QString &sha256)
{
    return m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM uploads WHERE server = ? AND sha256 = ?"));
        query.addBindValue(Database::text(server));
        query.addBindValue(sha256.toLower());
        return query.exec();
    });
}

} // namespace rh
