#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace rh {

class Database;

/// A file already uploaded: its content hash and the server's fileName for it.
struct CachedUpload
{
    QString server;   ///< the server that answered the fileName: no other server knows it
    QString sha256;   ///< lower-case hex
    QString fileName; ///< what the upload endpoint answered (e.g. "api/1234abcd.png")
    QString fileType;
    QDateTime uploadedAt; ///< UTC
    QString localPath;
};

/// "Never upload the same file twice": (server, sha256 of the content — see transfer/filehash.h) → that server's
/// fileName (table uploads).
/// A fileName is valid for about a day on RunningHub, so entries older than maxAge() are not answered.
class UploadCache final
{
    Q_DISABLE_COPY_MOVE(UploadCache)
public:
    /// @p db must be open and outlive this cache.
    explicit UploadCache(Database *db);

    /// How long an uploaded fileName is trusted: 20 hours (RunningHub keeps uploads for about a day).
    static constexpr qint64 maxAgeMs() { return 20LL * 60 * 60 * 1000; }

    bool store(const CachedUpload &upload);
    /// The upload of this content to @p server, unless it is older than maxAgeMs() at @p now.
    std::optional<CachedUpload> find(const QString &server, const QString &sha256,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    bool remove(const QString &server, const QString &sha256);

private:
    Database *m_db;
};

} // namespace rh
