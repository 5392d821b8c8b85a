#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace rh {

/// A simulated RunningHub on 127.0.0.1 serving the legacy endpoints of runninghub-api.md with the real shapes
/// and codes. `rhdesk --sandbox` runs it in-process; the tests talk to it over real sockets.
/// Choices where the docs are silent: the demo key (demoApiKey, 3 tasks at once, 10,000 coins) plus any keys added
/// with addKey(), each with its own concurrency (421 when full) and balance (416 when a run would overdraw it);
/// one clientId per server; a cancelled task
/// answers outputs with 805 and exception_message "Task cancelled by user" (it existed, so not 807); a run
/// rejected by validation still gets a taskId (outputs then 805); outputs are 512x512 PNGs drawn on first
/// download; netWssUrl is a ws:// URL on the same port where the task's progress is told in ComfyUI messages
/// (progress, executing, execution_success…) as the simulated clock runs; webhookUrl is checked but never called;
/// an unknown path or wrong method gets a plain HTTP 404.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)
public:
    /// The key the sandbox accepts (32 characters, obviously fake).
    static QString demoApiKey();

    /// Ways to misbehave, for one reply (see failNext) — as proxies, CDNs and real servers do.
    enum class Fault {
        None,
        Http502Html,      ///< HTTP 502 with an HTML page
        NotJson,          ///< HTTP 200, body is not JSON
        CutBody,          ///< Content-Length promises more than is sent, then the connection closes
        NoAnswer,         ///< read the request, never answer
        Reset,            ///< drop the connection right after the reply's headers, before any body byte
        ResetBeforeReply, ///< abort the connection before any reply byte. QNetworkAccessManager then resends the
                          ///< request by itself (even a POST run: a second task!) and the client sees the
                          ///< normal answer to the resend; that is why Reset drops the connection later
        IdsAsNumbers,     ///< taskId/webappId as bare JSON numbers (the normal reply uses strings)
        WrongTypes,       ///< fields of the wrong type (taskId an object, taskStatus a number, fileUrl an object, …;
                          ///< `code` stays an int so clients get as far as the fields)
        Oversized,        ///< the normal answer padded to oversizedBytes() with zero bytes, without Content-Length
                          ///< (read until the connection closes): a CDN handing out a huge original. Only a client
                          ///< that counts while reading stops early
    };

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Listens on 127.0.0.1:port (0 = any free port). False with errorString() on failure.
    bool start(quint16 port = 0);
    QString errorString() const;
    QUrl baseUrl() const; ///< http://127.0.0.1:<port>

    /// How long a task stays queued and then running (default 3 s and 5 s; tests use 0). Applies to tasks
    /// created afterwards. Time is simulated from timestamps: a task is QUEUED while less than queuedMs has
    /// passed, RUNNING while less than queuedMs + runningMs, then finished. So with 0/0 the run reply says
    /// RUNNING and the very first outputs poll already answers 0 with the files.
    void setTimings(int queuedMs, int runningMs);
    /// Moves the simulated clock forward, so tests can step a task QUEUED → RUNNING → SUCCESS without sleeping.
    void advanceClock(int ms);
    /// Concurrent unfinished tasks of the demo key before 421 (default 3).
    void setConcurrencyLimit(int limit);
    /// Accepts another key with its own concurrency (consumer keys 1, enterprise keys 3 or more) and balance.
    /// Enterprise keys report money in accountStatus; consumer keys report null.
    void addKey(const QString &key, int concurrency, qint64 balanceCoins, bool enterprise = false);
    void setKeyConcurrency(const QString &key, int limit);
    /// Coins the key has before any run; each successful run spends coinsPerSecond × its run time, and a run the
    /// rest would not pay for (counting what unfinished tasks will spend) answers 416.
    void setKeyBalance(const QString &key, qint64 coins);
    /// Default 2 coins per second of run time (at least one second per run).
    void setCoinsPerSecond(int coins);
    /// While on, every run answers 415 TASK_INSTANCE_MAXED and creates nothing.
    void setInstancesBusy(bool busy);

    /// The next request to `path` (e.g. "/task/openapi/ai-app/run", or "/files/<name>") gets this fault instead
    /// of its reply. The request is still carried out (a run creates its task: only the answer is lost or
    /// mangled on the way back, the case where a blind resubmit charges twice). Calls queue up in order.
    void failNext(const QString &path, Fault fault);
    /// The next request to `path` gets exactly this body (replies copied from the docs; with another status and
    /// type, any page a proxy or a hostile server may send). The request is NOT carried out: nothing is created
    /// or changed. Shares failNext's queue.
    void replyNext(const QString &path, const QByteArray &body, int httpStatus = 200,
                   const QByteArray &mimeType = QByteArrayLiteral("application/json"));
    /// The next request to `path` (an output, "/files/<name>") gets an HTTP 200 body of `bytes` filler bytes,
    /// streamed as the client reads; `bytes` -1 streams until the client goes away (a server that never stops).
    /// Without `announceLength` the reply has no Content-Length. Shares failNext's queue.
    void streamNext(const QString &path, qint64 bytes, bool announceLength = true);

    /// Make the task end FAILED (805 with a failedReason) instead of SUCCESS.
    void setNextTaskFails(bool fails);
    /// Change an app's inputs (for preset drift tests): drop the input (nodeId, fieldName).
    void removeAppInput(const QString &webappId, const QString &nodeId, const QString &fieldName);

    /// Requests served so far per path (e.g. count of "/task/openapi/ai-app/run"), faulted ones included.
    int requestCount(const QString &path) const;
    /// Every path asked for so far with its count.
    QHash<QString, int> requestCounts() const;
    /// Tasks created so far for @p key ("" = all keys). Refusals (421, 415, 416, …) create none.
    int taskCount(const QString &key = QString()) const;
    /// Tasks created so far per prompt (the text of the app's first text input), to tell whose task it was.
    QHash<QString, int> taskCountByPrompt() const;
    /// The raw body of the last request to path.
    QByteArray lastRequestBody(const QString &path) const;
    /// The raw bytes of a file the sandbox serves at url (for comparing downloads).
    QByteArray fileBytes(const QUrl &url) const;

    /// Bytes of an uploaded file by the fileName upload answered ("api/<sha256>.<ext>"); empty when unknown.
    QByteArray uploadedFile(const QString &fileName) const;
    /// The id of the last task a run created ("" before any).
    QString lastTaskId() const;
    /// Requests held open by Fault::NoAnswer and not yet given up by the client.
    int heldRequestCount() const;
    /// Websockets open on a task's progress (netWssUrl); each closes once its task ended.
    int progressListenerCount() const;

    /// Demo apps' ids (19 digits): text-to-image, image-to-image, image+audio+video.
    static QStringList demoAppIds();
    /// Their names (webappName), in the same order.
    static QStringList demoAppNames();
    /// Upload size limit (30 MB); larger files answer 809.
    static qint64 uploadLimitBytes();
    /// How large a Fault::Oversized answer is (4 MiB).
    static qint64 oversizedBytes();

Q_SIGNALS:
    /// Emitted after each request was answered (or faulted, or put on hold by NoAnswer).
    void requestServed(const QString &path);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rh
