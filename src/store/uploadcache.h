#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace rh {

class Database;

/// A file already uploaded: its content hash and the server's fileName for it.
struct CachedUpload
{
    QString sha256;   ///< lower-case hex
    QString fileName; ///< what the upload endpoint answered (e.g. "api/1234abcd.png")
    QString fileType;
    QDateTime uploadedAt; ///< UTC
    QString localPath;
};

/// "Never upload the same file twice": sha256 of the content (see transfer/filehash.h) → the server's fileName
/// (table uploads).
class UploadCache final
{
    Q_DISABLE_COPY_MOVE(UploadCache)
public:
    /// @p db must be open and outlive this cache.
    explicit UploadCache(Database *db);

    bool store(const CachedUpload &upload);
    std::optional<CachedUpload> find(const QString &sha256) const;
    bool remove(const QString &sha256);

private:
    Database *m_db;
};

} // namespace rh
