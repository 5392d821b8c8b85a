#pragma once

#include "api/apierror.h"
#include "api/endpoint.h"
#include "model/fieldspec.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

template<typename T>
class QFutureWatcher;

namespace rh {

class ApiCall;
class ApiClient;
class Connection;
class UploadCache;

/// Media for IMAGE/VIDEO/AUDIO inputs: checks size and format before any byte is sent, skips files already
/// uploaded to the current server (same SHA-256, computed on a worker thread), streams the rest through
/// /task/openapi/upload and answers the server's fileName. Each upload goes to the server and key current when it
/// started.
class Uploader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Uploader)
public:
    Uploader(Connection *connection, ApiClient *api, UploadCache *cache, QObject *parent = nullptr);
    ~Uploader() override;

    /// May this file go to an input of fileType (IMAGE, VIDEO, AUDIO)? Reads only the file's size.
    static FieldSpec::FileCheck check(const QString &path, const QString &fileType);

    /// Starts one upload to the current server; returns a ticket named in the signals. A refused file ends at once
    /// with refused().
    int upload(const QString &path, const QString &fileType);
    /// The same to a given server and key (a queued job's): @p server names the upload cache's entries.
    int upload(const QString &path, const QString &fileType, const Endpoint &to, const QString &server);
    /// Uploads not ended yet: being hashed or on their way.
    int pendingCount() const { return int(m_hashing.size() + m_calls.size()); }

Q_SIGNALS:
    void progress(int ticket, qint64 sent, qint64 total);
    /// fromCache: the same content was uploaded before; nothing was sent.
    void uploaded(int ticket, const QString &fileName, bool fromCache);
    void refused(int ticket, rh::FieldSpec::FileCheck why);
    void failed(int ticket, const rh::ApiError &error);
    void pendingChanged(int pending);

private:
    /// One upload: where it goes and what it sends.
    struct Job
    {
        int ticket = 0;
        QString path;
        QString fileType;
        Endpoint endpoint;
        QString server;
    };

    void onHashed(const Job &job, const QString &hash);
    void send(const Job &job, const QString &hash);

    Connection *m_connection;
    ApiClient *m_api;
    UploadCache *m_cache;
    QHash<int, QFutureWatcher<QString> *> m_hashing; ///< children: gone with this object, results never arrive
    QHash<int, QPointer<ApiCall>> m_calls;
    int m_nextTicket = 1;
};

} // namespace rh
