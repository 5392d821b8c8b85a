#include "api/apiclient.h"

#include "api/oneshotbody.h"
#include "api/redact.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace rh {

namespace {

QByteArray keyAndTaskBody(const QString &apiKey, const QString &taskId)
{
    // taskId as a JSON string: exact digits without a double, and what the server's own replies use.
    const QJsonObject body{{QStringLiteral("apiKey"), apiKey}, {QStringLiteral("taskId"), taskId}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QHttpPart textPart(const QByteArray &name, const QString &value)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArrayLiteral("form-data; name=\"") + name + '"');
    part.setBody(value.toUtf8());
    return part;
}

/// A filename safe inside the Content-Disposition quotes. The server renames files by their hash and only needs
/// the extension, so a non-ASCII name is replaced rather than encoded.
QByteArray wireFileName(const QFileInfo &info)
{
    QByteArray name = info.fileName().toUtf8();
    bool plain = !name.isEmpty();
    for (const char ch : name) {
        if (uchar(ch) < 0x20 || uchar(ch) >= 0x7f || ch == '"' || ch == '\\')
            plain = false;
    }
    if (plain)
        return name;
    const QString suffix = info.suffix();
    return suffix.isEmpty() ? QByteArrayLiteral("upload") : QByteArrayLiteral("upload.") + suffix.toLatin1();
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    Q_ASSERT(nam);
}

QNetworkRequest ApiClient::makeRequest(const Endpoint &to, const QUrl &url, int timeoutMs) const
{
    QNetworkRequest request(url);
    // Host comes from the URL (QNAM writes host[:port] itself); setting it here could only contradict it.
    request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + to.apiKey.toUtf8());
    request.setTransferTimeout(timeoutMs);
    // Never follow a redirect to another origin: the key is in the body and the Authorization header.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return request;
}

ApiCall *ApiClient::postJson(const Endpoint &to, const char *path, const QByteArray &body, ApiCall::Effect effect)
{
    QNetworkRequest request = makeRequest(to, to.url(path), m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    qCDebug(lcApi) << "POST" << path << body.size() << "bytes";
    if (effect == ApiCall::Effect::ReadOnly)
        return new ApiCall(m_nam->post(request, body), effect, this);
    // A request that creates a task must never be resent by Qt behind our back: see OneShotBody.
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *device = new OneShotBody(body);
    QNetworkReply *reply = m_nam->post(request, device);
    device->setParent(reply);
    return new ApiCall(reply, effect, this);
}

ApiCall *ApiClient::runAiApp(const Endpoint &to, const RunRequest &request)
{
    if (!request.validate(to.apiKey).isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Invalid;
        error.message = QStringLiteral("run request failed validation");
        return new ApiCall(error, this);
    }
    return postJson(to, paths::runAiApp, request.toJson(to.apiKey), ApiCall::Effect::CreatesTask);
}

ApiCall *ApiClient::outputs(const Endpoint &to, const QString &taskId)
{
    return postJson(to, paths::outputs, keyAndTaskBody(to.apiKey, taskId), ApiCall::Effect::ReadOnly);
}

ApiCall *ApiClient::status(const Endpoint &to, const QString &taskId)
{
    return postJson(to, paths::status, keyAndTaskBody(to.apiKey, taskId), ApiCall::Effect::ReadOnly);
}

ApiCall *ApiClient::cancel(const Endpoint &to, const QString &taskId)
{
    // Cancelling twice is harmless, so a lost answer is a plain Timeout.
    return postJson(to, paths::cancel, keyAndTaskBody(to.apiKey, taskId), ApiCall::Effect::ReadOnly);
}

ApiCall *ApiClient::accountStatus(const Endpoint &to)
{
    const QJsonObject body{{QStringLiteral("apikey"), to.apiKey}}; // this endpoint spells it in lower case
    return postJson(to, paths::accountStatus, QJsonDocument(body).toJson(QJsonDocument::Compact),
                    ApiCall::Effect::ReadOnly);
}

ApiCall *ApiClient::appInfo(const Endpoint &to, const QString &webappId)
{
    QUrl url = to.url(paths::appInfo);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("apiKey"), QString::fromLatin1(QUrl::toPercentEncoding(to.apiKey)));
    query.addQueryItem(QStringLiteral("webappId"), QString::fromLatin1(QUrl::toPercentEncoding(webappId)));
    url.setQuery(query);
    qCDebug(lcApi) << "GET" << paths::appInfo; // the URL holds the key: log the path only
    return new ApiCall(m_nam->get(makeRequest(to, url, m_timeoutMs)), ApiCall::Effect::ReadOnly, this);
}

ApiCall *ApiClient::fetchPublicFile(const QUrl &url, qint64 maxBytes, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    auto *call = new ApiCall(m_nam->get(request), ApiCall::Effect::ReadOnly, this);
    call->setRawBody(true);
    call->setMaxBodyBytes(maxBytes);
    return call;
}

ApiCall *ApiClient::upload(const Endpoint &to, const QString &filePath, const QString &fileType)
{
    auto *file = new QFile(filePath);
    if (!file->open(QIODevice::ReadOnly)) {
        ApiError error;
        error.kind = ApiError::Kind::Invalid;
        error.message = file->errorString();
        error.detail = filePath;
        delete file;
        return new ApiCall(error, this);
    }
    const QFileInfo info(filePath);
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    file->setParent(multiPart);

    QHttpPart filePart;
    filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArrayLiteral("form-data; name=\"file\"; filename=\"") + wireFileName(info) + '"');
    const QString mime = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension).name();
    filePart.setHeader(QNetworkRequest::ContentTypeHeader, mime.toLatin1());
    filePart.setBodyDevice(file); // streamed by QNAM, never read whole

    multiPart->append(textPart("apiKey", to.apiKey));
    multiPart->append(filePart);
    multiPart->append(textPart("fileType", fileType));

    const QNetworkRequest request = makeRequest(to, to.url(paths::upload), m_uploadTimeoutMs);
    qCDebug(lcApi) << "POST upload" << info.size() << "bytes";
    QNetworkReply *reply = m_nam->post(request, multiPart);
    multiPart->setParent(reply);
    return new ApiCall(reply, ApiCall::Effect::ReadOnly, this);
}

} // namespace rh
