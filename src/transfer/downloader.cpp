#include "transfer/downloader.h"

#include "api/apicall.h"
#include "api/apiclient.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace rh {

namespace {

Q_LOGGING_CATEGORY(lcDownload, "rhdesk.transfer", QtInfoMsg)

constexpr qint64 SpaceCheckStepBytes = 8 * 1024 * 1024; ///< the free space is looked at again after this much

/// The paths being written by any Downloader of this process: two tasks finishing in the same second may want the
/// same name, and QSaveFile's commit would replace the file the other one saved.
QSet<QString> &claimedPaths()
{
    static QSet<QString> paths;
    return paths;
}

QMutex &claimedPathsMutex()
{
    static QMutex mutex;
    return mutex;
}

qint64 storageFreeBytes(const QString &folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.isReady() ? storage.bytesAvailable() : -1;
}

} // namespace

QUrl Downloader::resolveOutputUrl(const QUrl &base, const QString &fileUrl)
{
    const QUrl url(fileUrl.trimmed());
    if (!url.isValid() || fileUrl.trimmed().isEmpty())
        return {};
    if (!url.isRelative())
        return url;
    return base.resolved(url);
}

Downloader::Downloader(ApiClient *client, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_baseUrl(baseUrl)
    , m_freeSpace(storageFreeBytes)
{
    Q_ASSERT(client);
}

Downloader::~Downloader()
{
    m_committing.waitForFinished(); // a file being synced to disk is finished, not left half-renamed
    delete m_committingFile;
    m_file.reset();
    releaseClaim();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void Downloader::setFreeSpaceProbe(FreeSpaceProbe probe)
{
    m_freeSpace = probe ? std::move(probe) : FreeSpaceProbe(storageFreeBytes);
}

void Downloader::start(const QList<TaskOutput> &outputs, const QString &folder, const QString &appName,
                       const QString &taskId, const QSet<int> &skip)
{
    if (m_running)
        return;
    m_running = true;
    m_aborting = false;
    m_outputs = outputs;
    m_errors.clear();
    m_reserved.clear();
    m_skip = skip;
    m_folder = folder;
    m_appName = appName;
    m_taskId = taskId;
    m_savedAt = QDateTime::currentDateTime();
    m_current = -1;
    if (!QDir().mkpath(folder)) {
        for (int i = 0; i < m_outputs.size(); ++i) {
            if (m_skip.contains(i))
                continue;
            m_errors.append({i, m_outputs.at(i).fileUrl, DownloadError::Kind::File, 0,
                             QStringLiteral("cannot create folder %1").arg(folder)});
        }
        QTimer::singleShot(0, this, &Downloader::finishAll);
        return;
    }
    // Queued, so that finished() never comes from inside start().
    QTimer::singleShot(0, this, &Downloader::startNext);
}

void Downloader::abort()
{
    if (!m_running)
        return;
    m_aborting = true;
    if (m_reply)
        m_reply->abort(); // onReplyFinished records the Cancelled error and moves on
}

void Downloader::releaseClaim()
{
    if (m_claimed.isEmpty())
        return;
    const QMutexLocker lock(&claimedPathsMutex());
    claimedPaths().remove(m_claimed);
    m_claimed.clear();
}

QString Downloader::reservePath(int index)
{
    const QDir dir(m_folder);
    const OutputNameFields fields{m_appName, m_label, m_taskId, m_savedAt, index + 1};
    const QMutexLocker lock(&claimedPathsMutex());
    const QString name = m_naming.freeFileName(fields, m_outputs.at(index), [&](const QString &candidate) {
        const QString path = dir.filePath(candidate);
        return m_reserved.contains(candidate) || claimedPaths().contains(path) || QFileInfo::exists(path);
    });
    m_reserved.append(name);
    m_claimed = dir.filePath(name);
    claimedPaths().insert(m_claimed);
    return m_claimed;
}

void Downloader::startNext()
{
    ++m_current;
    if (m_current >= m_outputs.size()) {
        finishAll();
        return;
    }
    if (m_skip.contains(m_current)) {
        startNext();
        return;
    }
    const TaskOutput &output = m_outputs.at(m_current);
    if (m_aborting) {
        failCurrent(DownloadError::Kind::Cancelled, 0, QStringLiteral("aborted"));
        startNext();
        return;
    }
    const QUrl url = resolveOutputUrl(m_baseUrl, output.fileUrl);
    const QString scheme = url.scheme().toLower();
    if (url.isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        failCurrent(DownloadError::Kind::BadUrl, 0, QStringLiteral("no http(s) URL"));
        startNext();
        return;
    }
    m_written = 0;
    m_spaceCheckedAt = 0;
    m_stop.reset();
    const qint64 free = m_freeSpace(m_folder);
    if (free >= 0 && free < FreeSpaceReserveBytes) { // not even the reserve is left: do not ask for the file
        failCurrent(DownloadError::Kind::NoSpace, 0, QStringLiteral("%1 bytes free").arg(free), free);
        startNext();
        return;
    }
    m_file = std::make_unique<QSaveFile>(reservePath(m_current));
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString message = m_file->errorString();
        m_file.reset();
        failCurrent(DownloadError::Kind::File, 0, message);
        startNext();
        return;
    }
    Q_EMIT fileStarting(m_current, m_file->fileName());
    // A plain GET: no Authorization header and no key; the file host is not the API.
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_client->network()->get(request);
    const int index = m_current;
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Downloader::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &Downloader::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Downloader::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this,
            [this, index](qint64 received, qint64 total) { Q_EMIT fileProgress(index, received, total); });
}

/// The headers: a promised length over the cap, or more than the disk can take, is refused before any byte.
void Downloader::onMetaDataChanged()
{
    if (!m_reply || !m_file || m_stop)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if ((status != 0 && status != 200) || !length.isValid())
        return;
    const qint64 promised = length.toLongLong();
    if (promised > m_maxBytes) {
        stopCurrent(DownloadError::Kind::TooLarge, m_maxBytes,
                    QStringLiteral("%1 bytes announced, the cap is %2").arg(promised).arg(m_maxBytes));
        return;
    }
    const qint64 free = m_freeSpace(m_folder);
    if (free >= 0 && free - promised < FreeSpaceReserveBytes)
        stopCurrent(DownloadError::Kind::NoSpace, free,
                    QStringLiteral("%1 bytes announced, %2 bytes free").arg(promised).arg(free));
}

void Downloader::onReadyRead()
{
    if (!m_reply || !m_file)
        return;
    const QByteArray chunk = m_reply->readAll();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if ((status != 0 && status != 200) || m_file->error() != QFileDevice::NoError || m_stop)
        return; // an error page, or the file already failed or was refused: onReplyFinished reports it
    if (!roomFor(chunk.size()))
        return;
    if (m_file->write(chunk) != chunk.size()) // disk full or similar: stop the transfer
        QMetaObject::invokeMethod(m_reply.data(), &QNetworkReply::abort, Qt::QueuedConnection);
    m_written += chunk.size();
}

/// While writing (a server may send more than it announced, or announce nothing): the cap on every chunk, the
/// disk again after every SpaceCheckStepBytes.
bool Downloader::roomFor(qint64 more)
{
    const qint64 total = m_written + more;
    if (total > m_maxBytes) {
        stopCurrent(DownloadError::Kind::TooLarge, m_maxBytes,
                    QStringLiteral("more than the cap of %1 bytes arrived").arg(m_maxBytes));
        return false;
    }
    if (total - m_spaceCheckedAt < SpaceCheckStepBytes)
        return true;
    m_spaceCheckedAt = total;
    const qint64 free = m_freeSpace(m_folder);
    if (free >= 0 && free - more < FreeSpaceReserveBytes) {
        stopCurrent(DownloadError::Kind::NoSpace, free,
                    QStringLiteral("%1 bytes free after %2 bytes written").arg(free).arg(m_written));
        return false;
    }
    return true;
}

/// Ends the current transfer for a reason of ours; onReplyFinished reports it once the reply is gone.
void Downloader::stopCurrent(DownloadError::Kind kind, qint64 limitBytes, const QString &message)
{
    m_stop = DownloadError{m_current, m_outputs.at(m_current).fileUrl, kind, 0, message, limitBytes};
    if (m_file)
        m_file->cancelWriting(); // nothing of this output is ever committed
    // Queued: abort() finishes the reply synchronously, and this runs inside the reply's own signals.
    QMetaObject::invokeMethod(m_reply.data(), &QNetworkReply::abort, Qt::QueuedConnection);
}

void Downloader::onReplyFinished()
{
    if (!m_reply)
        return;
    onReadyRead(); // whatever is left
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    if (m_stop) {
        const DownloadError stop = *m_stop;
        m_stop.reset();
        failCurrent(stop.kind, 0, stop.message, stop.limitBytes);
    } else if (m_file->error() != QFileDevice::NoError) {
        failCurrent(DownloadError::Kind::File, 0, m_file->errorString());
    } else if (m_aborting) {
        failCurrent(DownloadError::Kind::Cancelled, 0, QStringLiteral("aborted"));
    } else if (status != 0 && status != 200) {
        failCurrent(DownloadError::Kind::Http, status,
                    reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    } else if (netError == QNetworkReply::OperationCanceledError) {
        // Only the transfer timeout cancels without m_aborting set.
        failCurrent(DownloadError::Kind::Timeout, 0, reply->errorString());
    } else if (netError != QNetworkReply::NoError) {
        failCurrent(DownloadError::Kind::Network, 0, reply->errorString());
    } else if (endedShort(reply, m_written)) {
        failCurrent(DownloadError::Kind::Network, 0,
                    QStringLiteral("the connection closed after %1 of %2 bytes")
                        .arg(m_written)
                        .arg(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()));
    } else {
        commitCurrent(); // goes on with the next file when the file is on disk
        return;
    }
    startNext();
}

void Downloader::commitCurrent()
{
    // QSaveFile::commit() syncs the file to disk before renaming it: tens of milliseconds on a slow disk, for every
    // output of a batch. It runs on a worker so the window never waits; nothing else touches the file meanwhile.
    QSaveFile *file = m_file.release();
    m_committingFile = file;
    m_committing = QtConcurrent::run([file] { return file->commit() ? QString() : file->errorString(); });
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, file] {
        watcher->deleteLater();
        const QString problem = m_committing.result();
        const QString path = file->fileName();
        delete file;
        m_committingFile = nullptr;
        releaseClaim(); // the file is on disk now (or not at all)
        if (!problem.isEmpty()) {
            failCurrent(DownloadError::Kind::File, 0, problem);
        } else {
            TaskOutput &output = m_outputs[m_current];
            output.localPath = path;
            qCDebug(lcDownload) << "saved output" << m_current + 1 << "of" << m_outputs.size() << "to" << path;
            Q_EMIT fileFinished(m_current, output);
        }
        startNext();
    });
    watcher->setFuture(m_committing);
}

void Downloader::failCurrent(DownloadError::Kind kind, int httpStatus, const QString &message, qint64 limitBytes)
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // QSaveFile never commits: no partial file is left behind
    }
    releaseClaim();
    const DownloadError error{m_current, m_outputs.at(m_current).fileUrl, kind, httpStatus, message, limitBytes};
    m_errors.append(error);
    qCInfo(lcDownload) << "output" << m_current + 1 << "not saved:" << int(kind) << httpStatus << message;
    Q_EMIT fileFailed(error);
}

void Downloader::finishAll()
{
    m_running = false;
    m_file.reset();
    Q_EMIT finished(m_outputs, m_errors);
}

} // namespace rh
