#pragma once

#include "api/apicall.h"
#include "model/runrequest.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkRequest;

namespace rh {

/// The legacy "task/openapi" family of RunningHub's API. Makes ApiCall objects; the caller connects to
/// ApiCall::finished. A second family (v2) can sit beside this class behind the same value types.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    static constexpr int DefaultTimeoutMs = 30000;
    static constexpr int UploadTimeoutMs = 300000;

    explicit ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url); ///< e.g. https://www.runninghub.cn or the sandbox's http://127.0.0.1:port
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key);
    QString apiKey() const { return m_apiKey; }
    /// Transfer timeout (no bytes moving for this long ends the call) for the JSON calls.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setUploadTimeoutMs(int ms) { m_uploadTimeoutMs = ms; }
    int uploadTimeoutMs() const { return m_uploadTimeoutMs; }

    /// Effect::CreatesTask. A request that fails RunRequest::validate() is not sent: the call ends with Invalid.
    ApiCall *runAiApp(const RunRequest &request);
    ApiCall *outputs(const QString &taskId);
    ApiCall *status(const QString &taskId);
    ApiCall *cancel(const QString &taskId);
    ApiCall *accountStatus();
    ApiCall *appInfo(const QString &webappId); ///< GET /api/webapp/apiCallDemo
    /// Multipart, streamed from the file (never read whole). fileType: input, image, video or audio.
    ApiCall *upload(const QString &filePath, const QString &fileType);

    /// A GET of a public file (an app's cover): no key goes with it, redirects are followed unless they lower
    /// security, the answer is the raw bytes (ApiCall::setRawBody) and the call ends with BadReply as soon as
    /// more than maxBytes come or are announced.
    ApiCall *fetchPublicFile(const QUrl &url, qint64 maxBytes, int timeoutMs);

    /// A plain GET of an output URL (absolute, or relative to the base URL), for downloads.
    QNetworkAccessManager *network() const { return m_nam; }

private:
    ApiCall *postJson(const QString &path, const QByteArray &body, ApiCall::Effect effect);
    QNetworkRequest makeRequest(const QUrl &url, int timeoutMs) const;
    QUrl endpoint(const QString &path) const;

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_apiKey;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_uploadTimeoutMs = UploadTimeoutMs;
};

} // namespace rh
