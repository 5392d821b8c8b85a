#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QUrl>

namespace rh {

Q_DECLARE_LOGGING_CATEGORY(lcApi)

/// What a secret is replaced with in logs and previews.
QString secretMask();

/// `text` with every occurrence of `secret` replaced by secretMask(). An empty secret changes nothing.
QString redact(const QString &text, const QString &secret);

/// The URL as text for a log line, with the values of apiKey/apikey query items masked.
QString redactUrl(const QUrl &url);

} // namespace rh
