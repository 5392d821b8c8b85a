#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace rh {

/// What one exchange ended with: the envelope's code/msg/data, or an error.
struct ApiResult
{
    ApiError error;  ///< kind None on success (code 0), Server for code != 0 envelopes
    int code = -1;   ///< envelope code (also set for Server errors)
    QString msg;     ///< envelope msg
    QJsonValue data; ///< envelope data (ids inside are exact: see jsonids.h)
    QByteArray body; ///< raw reply bytes, for tests and support
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

    ApiCall(QNetworkReply *reply, Effect effect, QObject *parent = nullptr);
    ~ApiCall() override;

    void abort();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(const rh::ApiResult &result);
    void uploadProgress(qint64 sent, qint64 total);

private:
    void onFinished();
    void finish(const ApiResult &result);

    QPointer<QNetworkReply> m_reply;
    Effect m_effect;
    bool m_finished = false;
    bool m_aborted = false;
};

/// Pure: HTTP status + bytes → envelope or error. Table-tested on real replies (tests/data).
ApiResult decodeEnvelope(int httpStatus, const QByteArray &body);

} // namespace rh
