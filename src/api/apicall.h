#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonValue>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

namespace rh {

/// What one exchange ended with: the envelope's code/msg/data, or an error.
struct ApiResult
{
    ApiError error;  ///< kind None on success (code 0), Server for code != 0 envelopes
    int code = -1;   ///< envelope code (also set for Server errors)
    QString msg;     ///< envelope msg
    QJsonValue data; ///< envelope data (ids inside are exact: see jsonids.h)
    QByteArray body; ///< raw reply bytes: the file of a raw call, else for tests and support
    bool ok() const { return !error.isError(); }
};

/// One HTTP exchange: owns its reply and its timeout, can be aborted, emits finished() exactly once and then
/// deletes itself later. Records itself why it ended (Qt reports timeout and abort alike).
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)
public:
    /// Whether a lost answer means "nothing happened" (Timeout) or "maybe something happened"
    /// (UnknownOutcome: run submissions).
    enum class Effect { ReadOnly, CreatesTask };

    /// Takes ownership of `reply` (which must not be finished-and-handled elsewhere).
    ApiCall(QNetworkReply *reply, Effect effect, QObject *parent = nullptr);
    /// A call refused before anything was sent (e.g. Invalid): finishes with `error` on the next event-loop turn,
    /// so callers connect to finished() the same way as for a real exchange.
    explicit ApiCall(const ApiError &error, QObject *parent = nullptr);
    ~ApiCall() override;

    /// A plain file (a cover picture) instead of an envelope: a 2xx answer ends ok() with the bytes in
    /// ApiResult::body and the HTTP status in code; any other status is Http. Set before the event loop runs.
    void setRawBody(bool raw) { m_raw = raw; }
    /// Stops the transfer and ends with BadReply as soon as the reply announces (Content-Length) or has
    /// delivered more than maxBytes, so an oversized answer is never held whole. 0 = no limit.
    void setMaxBodyBytes(qint64 maxBytes) { m_maxBodyBytes = maxBytes; }

    /// Ends the exchange now with Cancelled (finished() is emitted from inside abort()). No-op once finished.
    void abort();
    bool isFinished() const { return m_finished; }
    Effect effect() const { return m_effect; }

Q_SIGNALS:
    void finished(const rh::ApiResult &result);
    void uploadProgress(qint64 sent, qint64 total);

private:
    void onFinished();
    void checkSize(qint64 received, qint64 announced);
    void finish(const ApiResult &result);
    ApiResult resultFromReply();

    QPointer<QNetworkReply> m_reply;
    Effect m_effect = Effect::ReadOnly;
    bool m_finished = false;
    bool m_aborted = false;     ///< abort() was called: the user's decision, not a timeout
    bool m_requestSent = false; ///< Qt said the request (or some of its body) went out
    bool m_raw = false;
    bool m_tooLarge = false; ///< stopped by setMaxBodyBytes
    qint64 m_maxBodyBytes = 0;
    QElapsedTimer m_clock;
};

/// Pure: how a transfer that ended without a usable HTTP answer is classified.
/// `requestSent`: Qt reported the request written; `answerStarted`: an HTTP status line arrived.
/// Conservative for CreatesTask: only connection failures before sending are Network; anything that may have
/// reached the server is UnknownOutcome, so nobody resubmits a run that may already be charged.
ApiError::Kind classifyTransportFailure(QNetworkReply::NetworkError error, ApiCall::Effect effect, bool userAborted,
                                        bool requestSent, bool answerStarted);

/// True when @p reply promised a Content-Length and only @p received bytes of it came. Qt reports such a cut as a
/// clean end when the connection closes while the reply is idle between reads (about half the time on a
/// cut after a pause), so every reader must count for itself. A compressed reply is not judged: its length counts
/// the compressed bytes.
bool endedShort(const QNetworkReply *reply, qint64 received);

/// Pure: HTTP status + bytes → envelope or error. Table-tested on real replies (tests/data).
ApiResult decodeEnvelope(int httpStatus, const QByteArray &body);

} // namespace rh
