#pragma once

#include "api/apicall.h"
#include "api/endpoint.h"
#include "model/runrequest.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkRequest;

namespace rh {

/// The legacy "task/openapi" family of RunningHub's API. Makes ApiCall objects; the caller connects to
/// ApiCall::finished. Holds no server and no key: every call names its Endpoint, so two tasks on two servers (or
/// two accounts) never mix. A second family (v2) can sit beside this class behind the same value types.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    static constexpr int DefaultTimeoutMs = 30000;
    static constexpr int UploadTimeoutMs = 300000;

    explicit ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    /// Transfer timeout (no bytes moving for this long ends the call) for the JSON calls.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setUploadTimeoutMs(int ms) { m_uploadTimeoutMs = ms; }
    int uploadTimeoutMs() const { return m_uploadTimeoutMs; }

    /// Effect::CreatesTask. A request that fails RunRequest::validate() is not sent: the call ends with Invalid.
    ApiCall *runAiApp(const Endpoint &to, const RunRequest &request);
    ApiCall *outputs(const Endpoint &to, const QString &taskId);
    ApiCall *status(const Endpoint &to, const QString &taskId);
    ApiCall *cancel(const Endpoint &to, const QString &taskId);
    ApiCall *accountStatus(const Endpoint &to);
    ApiCall *appInfo(const Endpoint &to, const QString &webappId); ///< GET /api/webapp/apiCallDemo
    /// Multipart, streamed from the file (never read whole). fileType: input, image, video or audio.
    ApiCall *upload(const Endpoint &to, const QString &filePath, const QString &fileType);

    /// A GET of a public file (an app's cover): no key goes with it, redirects are followed unless they lower
    /// security, the answer is the raw bytes (ApiCall::setRawBody) and the call ends with BadReply as soon as
    /// more than maxBytes come or are announced.
    ApiCall *fetchPublicFile(const QUrl &url, qint64 maxBytes, int timeoutMs);

    /// The network manager, for plain GETs that carry no key (output files).
    QNetworkAccessManager *network() const { return m_nam; }

private:
    ApiCall *postJson(const Endpoint &to, const char *path, const QByteArray &body, ApiCall::Effect effect);
    QNetworkRequest makeRequest(const Endpoint &to, const QUrl &url, int timeoutMs) const;

    QNetworkAccessManager *m_nam;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_uploadTimeoutMs = UploadTimeoutMs;
};

} // namespace rh
