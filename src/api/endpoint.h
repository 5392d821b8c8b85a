#pragma once

#include <QString>
#include <QUrl>

namespace rh {

/// The endpoint paths of the legacy "task/openapi" family: written once, here.
namespace paths {
inline constexpr char runAiApp[] = "/task/openapi/ai-app/run";
inline constexpr char outputs[] = "/task/openapi/outputs";
inline constexpr char status[] = "/task/openapi/status";
inline constexpr char cancel[] = "/task/openapi/cancel";
inline constexpr char upload[] = "/task/openapi/upload";
inline constexpr char accountStatus[] = "/uc/openapi/accountStatus";
inline constexpr char appInfo[] = "/api/webapp/apiCallDemo";
} // namespace paths

/// Where one exchange goes and with which key: a value captured per call, so a task keeps talking to the server
/// it was created on whatever the window shows meanwhile.
struct Endpoint
{
    QUrl baseUrl;   ///< e.g. https://www.runninghub.cn, or a proxy with a base path such as https://proxy/rh/
    QString apiKey; ///< never logged

    bool isValid() const { return baseUrl.isValid() && !baseUrl.host().isEmpty(); }
    bool hasKey() const { return !apiKey.isEmpty(); }
    /// baseUrl + path, keeping the base URL's own path (https://proxy/rh + /task/… = https://proxy/rh/task/…).
    QUrl url(const char *path) const;
    /// The canonical name of the server, under which its runs, apps and uploads are stored:
    /// scheme://host[:port][/base path], lower-case scheme and host, no trailing slash, no query or user info.
    QString server() const { return serverOf(baseUrl); }
    static QString serverOf(const QUrl &baseUrl);
    /// http:// to anything but this computer: the key would cross the network unencrypted.
    bool sendsKeyInClear() const;
};

} // namespace rh
