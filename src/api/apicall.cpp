#include "api/apicall.h"

#include "api/redact.h"

#include <QRegularExpression>

namespace rh {

namespace {

/// Errors Qt raises before a single byte of the request can reach the server.
bool isConnectFailure(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

bool isTimeout(QNetworkReply::NetworkError error)
{
    // A transfer timeout is reported as OperationCanceledError, like abort(): m_aborted tells them apart.
    return error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError ||
           error == QNetworkReply::ProxyTimeoutError;
}

/// Errors Qt derives from a complete HTTP answer with a 4xx/5xx status: the body is there to decode.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    const int e = int(error);
    return (e >= 201 && e <= 299) || error == QNetworkReply::ProtocolInvalidOperationError || (e >= 401 && e <= 499);
}

/// Qt's error strings quote the URL, and apiCallDemo carries the key in its query: mask it.
QString safeErrorText(const QNetworkReply *reply)
{
    QString text = reply->errorString();
    const QByteArray auth = reply->request().rawHeader("Authorization");
    if (auth.startsWith("Bearer "))
        text = redact(text, QString::fromUtf8(auth.mid(7)));
    static const QRegularExpression keyInQuery(QStringLiteral("(api[Kk]ey=)[^&\\s]*"));
    text.replace(keyInQuery, QStringLiteral("\\1") + secretMask());
    return text;
}

/// A plain file's answer: the bytes as they came (never decoded as JSON).
ApiResult rawResult(int httpStatus, const QByteArray &body)
{
    ApiResult result;
    result.code = httpStatus;
    result.body = body;
    if (httpStatus < 200 || httpStatus > 299) {
        result.error.kind = ApiError::Kind::Http;
        result.error.code = httpStatus;
    }
    return result;
}

} // namespace

bool endedShort(const QNetworkReply *reply, qint64 received)
{
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid())
        return false;
    const QByteArray encoding = reply->rawHeader(QByteArrayLiteral("Content-Encoding")).trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return false;
    return received < length.toLongLong();
}

ApiError::Kind classifyTransportFailure(QNetworkReply::NetworkError error, ApiCall::Effect effect, bool userAborted,
                                        bool requestSent, bool answerStarted)
{
    if (userAborted)
        return ApiError::Kind::Cancelled;
    // A refused certificate ends the handshake before any byte of the request (and its key) is written.
    if (error == QNetworkReply::SslHandshakeFailedError && !requestSent && !answerStarted)
        return ApiError::Kind::Tls;
    if (effect == ApiCall::Effect::CreatesTask)
        return isConnectFailure(error) && !requestSent && !answerStarted ? ApiError::Kind::Network
                                                                         : ApiError::Kind::UnknownOutcome;
    if (isTimeout(error))
        return ApiError::Kind::Timeout;
    // Closed or cut after the answer began: the server spoke, but not an envelope.
    return answerStarted ? ApiError::Kind::BadReply : ApiError::Kind::Network;
}

ApiCall::ApiCall(QNetworkReply *reply, Effect effect, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_effect(effect)
{
    Q_ASSERT(reply);
    m_clock.start();
    reply->setParent(this);
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (sent > 0)
            m_requestSent = true;
        Q_EMIT uploadProgress(sent, total);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        checkSize(0, length.isValid() ? length.toLongLong() : -1);
    });
    // readyRead, not downloadProgress: Qt chokes the latter to one signal per 100 ms. Nothing is read before the
    // end, so what is available is what came.
    connect(reply, &QNetworkReply::readyRead, this, [this] { checkSize(m_reply->bytesAvailable(), -1); });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    if (reply->isFinished())
        QMetaObject::invokeMethod(this, &ApiCall::onFinished, Qt::QueuedConnection);
}

ApiCall::ApiCall(const ApiError &error, QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            ApiResult result;
            result.error = error;
            finish(result);
        },
        Qt::QueuedConnection);
}

ApiCall::~ApiCall()
{
    if (m_reply && m_reply->isRunning()) {
        // Destroyed by its owner before the end: stop the transfer without reporting anything.
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

void ApiCall::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_reply && m_reply->isRunning()) {
        m_reply->abort(); // emits finished synchronously → onFinished
        return;
    }
    ApiResult result;
    result.error.kind = ApiError::Kind::Cancelled;
    finish(result);
}

void ApiCall::checkSize(qint64 received, qint64 announced)
{
    if (m_maxBodyBytes <= 0 || m_finished || !m_reply || (received <= m_maxBodyBytes && announced <= m_maxBodyBytes))
        return;
    m_tooLarge = true;
    m_reply->abort(); // emits finished synchronously → onFinished
}

void ApiCall::onFinished()
{
    if (m_finished || !m_reply)
        return;
    finish(resultFromReply());
}

ApiResult ApiCall::resultFromReply()
{
    QNetworkReply *reply = m_reply;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (m_tooLarge) {
        ApiResult result;
        result.error.kind = ApiError::Kind::BadReply;
        result.error.code = status;
        result.error.message = QStringLiteral("reply larger than %1 bytes").arg(m_maxBodyBytes);
        result.error.detail = QStringLiteral("stopped reading at the limit");
        return result;
    }
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // an aborted reply is closed
    QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::NoError && status > 0 && endedShort(reply, body.size()))
        error = QNetworkReply::RemoteHostClosedError; // cut off: for a run, the task may exist

    if (m_raw && !m_aborted && status > 0 && (error == QNetworkReply::NoError || isHttpStatusError(error)))
        return rawResult(status, body);
    if (!m_aborted && status > 0 && (error == QNetworkReply::NoError || (status != 200 && isHttpStatusError(error))))
        return decodeEnvelope(status, body);

    ApiResult result;
    result.body = body;
    result.error.kind = classifyTransportFailure(error, m_effect, m_aborted, m_requestSent, status > 0);
    result.error.code = status;
    result.error.message = reply->error() == QNetworkReply::NoError
                               ? QStringLiteral("the connection closed after %1 of %2 bytes")
                                     .arg(body.size())
                                     .arg(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong())
                               : safeErrorText(reply);
    result.error.detail = QStringLiteral("QNetworkReply::NetworkError %1").arg(int(error));
    return result;
}

void ApiCall::finish(const ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_reply)
        qCDebug(lcApi).nospace() << redactUrl(m_reply->url()) << " ended after " << m_clock.elapsed() << " ms: kind "
                                 << int(result.error.kind) << ", code " << result.code;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace rh
