#pragma once

// Header-only helper for the sandbox tests: real HTTP over QNetworkAccessManager to an in-process SandboxServer.

#include "sandbox/sandboxserver.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrlQuery>

namespace rh::test {

/// What came back for one request.
struct HttpAnswer
{
    int httpStatus = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    qint64 contentLength = -1; ///< as the headers promised; -1 without
    bool finished = false;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    int code() const { return json().value(QStringLiteral("code")).toInt(-1); }
    QJsonValue data() const { return json().value(QStringLiteral("data")); }
    QJsonObject dataObject() const { return data().toObject(); }
};

class SandboxHttp
{
public:
    explicit SandboxHttp(const SandboxServer &server)
        : m_base(server.baseUrl())
    {}

    QUrl url(const QString &path) const
    {
        QUrl url = m_base;
        url.setPath(path);
        return url;
    }

    HttpAnswer post(const QString &path, const QByteArray &body, int timeoutMs = 5000)
    {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(timeoutMs);
        return finish(m_nam.post(request, body), timeoutMs);
    }

    HttpAnswer postJson(const QString &path, const QJsonObject &body, int timeoutMs = 5000)
    {
        return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), timeoutMs);
    }

    /// {apiKey: the demo key, taskId}
    HttpAnswer postTask(const QString &path, const QString &taskId)
    {
        return postJson(path, QJsonObject{{QStringLiteral("apiKey"), SandboxServer::demoApiKey()},
                                          {QStringLiteral("taskId"), taskId}});
    }

    HttpAnswer get(const QUrl &target, int timeoutMs = 5000)
    {
        QNetworkRequest request(target);
        request.setTransferTimeout(timeoutMs);
        return finish(m_nam.get(request), timeoutMs);
    }

    HttpAnswer apiCallDemo(const QString &apiKey, const QString &webappId)
    {
        QUrl target = url(QStringLiteral("/api/webapp/apiCallDemo"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("apiKey"), apiKey);
        query.addQueryItem(QStringLiteral("webappId"), webappId);
        target.setQuery(query);
        return get(target);
    }

    HttpAnswer upload(const QString &apiKey, const QByteArray &bytes, const QString &fileName, const QString &fileType,
                      int timeoutMs = 20000)
    {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        multi->append(textPart("apiKey", apiKey));
        multi->append(textPart("fileType", fileType));
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"file\"; filename=\"%1\"").arg(fileName));
        file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        file.setBody(bytes);
        multi->append(file);
        QNetworkRequest request(url(QStringLiteral("/task/openapi/upload")));
        request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = m_nam.post(request, multi);
        multi->setParent(reply);
        return finish(reply, timeoutMs);
    }

private:
    static QHttpPart textPart(const char *name, const QString &value)
    {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"%1\"").arg(QLatin1String(name)));
        part.setBody(value.toUtf8());
        return part;
    }

    static HttpAnswer finish(QNetworkReply *reply, int timeoutMs)
    {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(timeoutMs + 3000);
        HttpAnswer answer;
        answer.finished = reply->isFinished();
        answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        if (reply->isOpen())
            answer.body = reply->readAll();
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        answer.contentLength = length.isValid() ? length.toLongLong() : -1;
        reply->deleteLater();
        return answer;
    }

    QUrl m_base;
    QNetworkAccessManager m_nam;
};

} // namespace rh::test
