#pragma once

#include "model/nodefield.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rh {

/// Everything wrong with a request, found before anything is sent. Worded for people by ui/errortext.
struct RequestIssue
{
    enum class Kind {
        MissingApiKey,
        MissingWebappId,
        WebappIdNotDigits, ///< not 1–19 digits
        WebappIdTooLarge,  ///< above int64 max
        EmptyNodeId,       ///< row
        EmptyFieldName,    ///< row
        DuplicateField,    ///< row (the later duplicate)
        BadWebhookUrl,     ///< not an absolute http(s) URL
        BadInstanceType,   ///< not "", "default" or "plus"
        NoNodes,
    };
    Kind kind;
    int row = -1; ///< index into nodes, or -1 when the issue is not about a row
    friend bool operator==(const RequestIssue &a, const RequestIssue &b) { return a.kind == b.kind && a.row == b.row; }
};

/// The body of POST /task/openapi/ai-app/run (seed schema TaskRunWebappByKeyRequest), minus the key.
struct RunRequest
{
    QString webappId; ///< exact decimal digits; never through a double
    NodeFields nodes;
    QString instanceType; ///< "" (server default), "default" or "plus"
    QString webhookUrl;   ///< "" = none

    /// Every issue, in form order. An empty list means the request may be sent.
    QList<RequestIssue> validate(const QString &apiKey) const;

    /// The exact wire bytes: apiKey, webappId as a bare JSON integer with the exact digits, nodeInfoList with
    /// nodeId/fieldName/fieldValue (plus nodeName/description when present), webhookUrl/instanceType only when set.
    QByteArray toJson(const QString &apiKey) const;

    /// The same JSON with the key replaced by a mask, for previews, logs and history.
    QByteArray toPreviewJson() const;
    /// What toPreviewJson() writes in place of the key.
    static QString previewKeyMask();

    friend bool operator==(const RunRequest &a, const RunRequest &b)
    {
        return a.webappId == b.webappId && a.nodes == b.nodes && a.instanceType == b.instanceType &&
               a.webhookUrl == b.webhookUrl;
    }
};

/// Pulls the webapp id out of what a user pastes: a bare id, or a RunningHub link such as
/// https://www.runninghub.cn/ai-detail/1877265245566922753 or …?webappId=… . Returns "" when none is found.
QString extractWebappId(const QString &text);

} // namespace rh
