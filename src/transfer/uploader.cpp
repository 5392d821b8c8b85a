#include "transfer/uploader.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/replies.h"
#include "session/connection.h"
#include "store/uploadcache.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QTimer>

namespace rh {

Uploader::Uploader(Connection *connection, ApiClient *api, UploadCache *cache, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_api(api)
    , m_cache(cache)
{}

FieldSpec::FileCheck Uploader::check(const QString &path, const QString &fileType)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return FieldSpec::FileCheck::Empty;
    return FieldSpec::parse(fileType.toUpper(), {}).checkLocalFile(info.fileName(), info.size());
}

int Uploader::upload(const QString &path, const QString &fileType)
{
    return upload(path, fileType, m_connection->endpoint(), m_connection->server());
}

int Uploader::upload(const QString &path, const QString &fileType, const Endpoint &endpoint, const QString &server)
{
    const int ticket = m_nextTicket++;
    const FieldSpec::FileCheck verdict = check(path, fileType);
    if (verdict != FieldSpec::FileCheck::Ok) {
        QTimer::singleShot(0, this, [this, ticket, verdict] { Q_EMIT refused(ticket, verdict); });
        return ticket;
    }
    const QString hash = m_cache ? UploadCache::sha256OfFile(path) : QString();
    if (m_cache && !hash.isEmpty()) {
        if (const std::optional<CachedUpload> known = m_cache->find(server, hash)) {
            const QString fileName = known->fileName;
            QTimer::singleShot(0, this, [this, ticket, fileName] { Q_EMIT uploaded(ticket, fileName, true); });
            return ticket;
        }
    }
    ApiCall *call =
        m_api->upload(endpoint, path, FieldSpec::uploadFileType(FieldSpec::parse(fileType.toUpper(), {}).kind));
    m_calls.insert(ticket, call);
    Q_EMIT pendingChanged(pendingCount());
    connect(call, &ApiCall::uploadProgress, this,
            [this, ticket](qint64 sent, qint64 total) { Q_EMIT progress(ticket, sent, total); });
    connect(call, &ApiCall::finished, this, [this, ticket, hash, path, fileType, server](const ApiResult &result) {
        m_calls.remove(ticket);
        // The outcome first, then the count: whoever waits for "no uploads pending" sees the fileName in place.
        const auto announcePending = qScopeGuard([this] { Q_EMIT pendingChanged(pendingCount()); });
        ApiError error = result.error;
        UploadReply reply;
        if (result.ok())
            reply = decodeUploadReply(result.data, &error);
        if (error.isError() || reply.fileName.isEmpty()) {
            if (!error.isError())
                error.kind = ApiError::Kind::BadReply;
            Q_EMIT failed(ticket, error);
            return;
        }
        if (m_cache && !hash.isEmpty())
            m_cache->store({server, hash, reply.fileName, fileType, QDateTime::currentDateTimeUtc(), path});
        Q_EMIT uploaded(ticket, reply.fileName, false);
    });
    return ticket;
}

} // namespace rh
