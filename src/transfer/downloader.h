#pragma once

#include "model/outputname.h"
#include "model/taskoutput.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;
class QSaveFile;

namespace rh {

class ApiClient;

/// One file that could not be saved. The other files of the same task are not affected.
struct DownloadError
{
    enum class Kind {
        Network,   ///< connection failed or broke off
        Timeout,   ///< nothing arrived for the transfer timeout
        Http,      ///< status other than 200 (httpStatus); output URLs expire after about 24 h
        File,      ///< the folder or file could not be written (message says why)
        BadUrl,    ///< the output had no usable URL
        Cancelled, ///< abort() was called
        TooLarge,  ///< the output is (or grew) larger than the cap (limitBytes)
        NoSpace,   ///< the results folder's disk has not enough free space left (limitBytes free)
    };
    int index = -1; ///< into the outputs list given to start()
    QString url;
    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString message;       ///< Qt's or the OS's text (English, for support); never contains the API key
    qint64 limitBytes = 0; ///< TooLarge: the cap; NoSpace: the bytes that were free
};

/// Downloads a task's outputs into a folder, one after the other, each streamed to a QSaveFile (nothing is held
/// whole in memory; a broken, refused or cancelled transfer leaves no partial file). Never overwrites. An output
/// larger than the cap, or one the disk has no room for (checked before and while writing), ends as that file's
/// error and the next output is still fetched. Uses the ApiClient's network manager and the task's server (for
/// relative output URLs) but never sends the API key.
class Downloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Downloader)
public:
    static constexpr int DefaultTransferTimeoutMs = 60000; ///< of silence, not of the whole file
    static constexpr qint64 DefaultMaxOutputBytes = qint64(2) * 1024 * 1024 * 1024;
    /// Room always left on the disk: a download stops rather than fill it to the last byte.
    static constexpr qint64 FreeSpaceReserveBytes = 128 * 1024 * 1024;
    /// Free bytes on the disk holding a folder; negative when unknown (then nothing is refused for space).
    using FreeSpaceProbe = std::function<qint64(const QString &folder)>;

    /// @p baseUrl: the server the task ran on; relative output URLs are resolved against it.
    Downloader(ApiClient *client, const QUrl &baseUrl, QObject *parent = nullptr);
    ~Downloader() override;

    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    int transferTimeoutMs() const { return m_timeoutMs; }
    /// The largest output saved; larger ones end as DownloadError::Kind::TooLarge.
    void setMaxOutputBytes(qint64 bytes) { m_maxBytes = bytes > 0 ? bytes : DefaultMaxOutputBytes; }
    qint64 maxOutputBytes() const { return m_maxBytes; }
    /// How saved files are named (default: OutputName's default pattern, not web-safe). {date} and {time} are the
    /// moment start() was called, the same for every output of the task.
    void setNaming(const OutputName &naming) { m_naming = naming; }
    const OutputName &naming() const { return m_naming; }
    /// The text of {label} for the next start() (a queue job's label; "" by default).
    void setLabel(const QString &label) { m_label = label; }
    /// Replaces QStorageInfo (tests simulate a full disk).
    void setFreeSpaceProbe(FreeSpaceProbe probe);

    /// Starts downloading into folder (created when missing). Ignored while running. finished() always comes,
    /// also for an empty list (then on the next event loop turn). Outputs at the indexes of @p skip are left as
    /// they are (saved before, or given up), neither downloaded nor reported.
    void start(const QList<TaskOutput> &outputs, const QString &folder, const QString &appName, const QString &taskId,
               const QSet<int> &skip = {});
    /// Stops; the current file is discarded, the rest are reported as Cancelled; finished() still comes.
    void abort();
    bool isRunning() const { return m_running; }

    /// Absolute URL of an output: fileUrl as is when absolute, else resolved against base.
    static QUrl resolveOutputUrl(const QUrl &base, const QString &fileUrl);

Q_SIGNALS:
    /// The download of output @p index is about to begin and will be saved as @p path (complete or not at all).
    /// Emitted before the request goes out: a receiver can record the path first.
    void fileStarting(int index, const QString &path);
    void fileProgress(int index, qint64 received, qint64 total); ///< total -1 when unknown
    void fileFinished(int index, const rh::TaskOutput &output);  ///< saved; output.localPath set
    void fileFailed(const rh::DownloadError &error);
    /// All done: every output (localPath set for the saved ones) and the errors of the others.
    void finished(const QList<rh::TaskOutput> &outputs, const QList<rh::DownloadError> &errors);

private:
    void startNext();
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    /// Whether `more` bytes still fit under the cap and on the disk; otherwise records why and stops the reply.
    bool roomFor(qint64 more);
    void stopCurrent(DownloadError::Kind kind, qint64 limitBytes, const QString &message);
    void commitCurrent();
    void failCurrent(DownloadError::Kind kind, int httpStatus, const QString &message, qint64 limitBytes = 0);
    void finishAll();
    QString reservePath(int index);
    void releaseClaim();

    ApiClient *m_client;
    QUrl m_baseUrl;
    int m_timeoutMs = DefaultTransferTimeoutMs;
    qint64 m_maxBytes = DefaultMaxOutputBytes;
    FreeSpaceProbe m_freeSpace;
    qint64 m_written = 0;                ///< bytes of the current output written so far
    qint64 m_spaceCheckedAt = 0;         ///< m_written when the free space was last looked at
    std::optional<DownloadError> m_stop; ///< why the current transfer was stopped by us (cap, space)
    QList<TaskOutput> m_outputs;
    QList<DownloadError> m_errors;
    QStringList m_reserved;
    QString m_claimed; ///< the path the current output is being written to, kept from every other Downloader
    QSet<int> m_skip;
    QString m_folder;
    QString m_appName;
    QString m_taskId;
    QString m_label;
    OutputName m_naming;
    QDateTime m_savedAt;
    int m_current = -1;
    bool m_running = false;
    bool m_aborting = false;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    QFuture<QString> m_committing; ///< the current file being synced to disk and renamed on a worker
    QSaveFile *m_committingFile = nullptr;
};

} // namespace rh
