#include "transfer/uploader.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/replies.h"
#include "session/connection.h"
#include "store/uploadcache.h"
#include "transfer/filehash.h"

#include <QFileInfo>
#include <QFutureWatcher>
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

Uploader::~Uploader()
{
    // A hash still running stops after its current block; its watcher goes with this object, so nothing is
    // delivered to an Uploader that no longer exists.
    for (QFutureWatcher<QString> *watcher : std::as_const(m_hashing))
        watcher->cancel();
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
    const Job job{ticket, path, fileType, endpoint, server};
    if (!m_cache) {
        send(job, QString());
    } else {
        // Up to 30 MB to read and hash: on a worker, never on the GUI thread.
        auto *watcher = new QFutureWatcher<QString>(this);
        m_hashing.insert(ticket, watcher);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, job] {
            watcher->deleteLater();
            m_hashing.remove(job.ticket);
            onHashed(job, watcher->future().isResultReadyAt(0) ? watcher->result() : QString());
        });
        watcher->setFuture(sha256OfFileAsync(path));
    }
    Q_EMIT pendingChanged(pendingCount());
    return ticket;
}

void Uploader::onHashed(const Job &job, const QString &hash)
{
    if (!hash.isEmpty()) {
        if (const std::optional<CachedUpload> known = m_cache->find(job.server, hash)) {
            // The outcome first, then the count: whoever waits for "no uploads pending" sees the fileName in place.
            Q_EMIT uploaded(job.ticket, known->fileName, true);
            Q_EMIT pendingChanged(pendingCount());
            return;
        }
    }
    send(job, hash); // still pending: from hashing to sending
}

void Uploader::send(const Job &job, const QString &hash)
{
    const int ticket = job.ticket;
    ApiCall *call = m_api->upload(job.endpoint, job.path,
                                  FieldSpec::uploadFileType(FieldSpec::parse(job.fileType.toUpper(), {}).kind));
    m_calls.insert(ticket, call);
    connect(call, &ApiCall::uploadProgress, this,
            [this, ticket](qint64 sent, qint64 total) { Q_EMIT progress(ticket, sent, total); });
    connect(call, &ApiCall::finished, this, [this, job, ticket, hash](const ApiResult &result) {
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
            m_cache->store({job.server, hash, reply.fileName, job.fileType, QDateTime::currentDateTimeUtc(), job.path});
        Q_EMIT uploaded(ticket, reply.fileName, false);
    });
}

} // namespace rh
