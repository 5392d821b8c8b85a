#pragma once

#include "model/taskoutput.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

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
    };
    int index = -1; ///< into the outputs list given to start()
    QString url;
    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString message; ///< Qt's or the OS's text (English, for support); never contains the API key
};

/// Pure: the app name made safe for file systems. Keeps letters of any script (Chinese included), replaces
/// / \ : * ? " < > | and control characters with '_', trims spaces and dots at both ends, shortens to 60
/// characters. "" when nothing is left.
QString sanitizeFileNamePart(const QString &text);

/// Pure: "<app>_<taskId>_<n>.<ext>". ext comes from fileType when it looks like an extension, else from the URL's
/// file name, else "bin"; lower case. An app name with nothing usable left becomes "rhdesk".
QString outputFileName(const QString &appName, const QString &taskId, int n, const TaskOutput &output);

/// Pure: fileName, or "name (2).ext", "name (3).ext" … — the first one `taken` says is free.
QString nonClashingFileName(const QString &fileName, const std::function<bool(const QString &)> &taken);

/// Downloads a task's outputs into a folder, one after the other, each streamed to a QSaveFile (nothing is held
/// whole in memory; a broken transfer leaves no partial file). Never overwrites. Uses the ApiClient's network
/// manager and the task's server (for relative output URLs) but never sends the API key.
class Downloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Downloader)
public:
    static constexpr int DefaultTransferTimeoutMs = 60000; ///< of silence, not of the whole file

    /// @p baseUrl: the server the task ran on; relative output URLs are resolved against it.
    Downloader(ApiClient *client, const QUrl &baseUrl, QObject *parent = nullptr);
    ~Downloader() override;

    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    int transferTimeoutMs() const { return m_timeoutMs; }

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
    void onReadyRead();
    void onReplyFinished();
    void commitCurrent();
    void failCurrent(DownloadError::Kind kind, int httpStatus, const QString &message);
    void finishAll();
    QString reservePath(int index);

    ApiClient *m_client;
    QUrl m_baseUrl;
    int m_timeoutMs = DefaultTransferTimeoutMs;
    QList<TaskOutput> m_outputs;
    QList<DownloadError> m_errors;
    QStringList m_reserved;
    QSet<int> m_skip;
    QString m_folder;
    QString m_appName;
    QString m_taskId;
    int m_current = -1;
    bool m_running = false;
    bool m_aborting = false;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    QFuture<QString> m_committing; ///< the current file being synced to disk and renamed on a worker
    QSaveFile *m_committingFile = nullptr;
};

} // namespace rh
