#include "model/runrequest.h"

#include "model/ids.h"
#include "model/jsonwriter.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace rh {

namespace {

/// The digits without leading zeros ("0" stays "0"): the only form a JSON integer may take.
QString canonicalDigits(const QString &digits)
{
    int first = 0;
    while (first < digits.size() - 1 && digits.at(first) == QLatin1Char('0'))
        ++first;
    return digits.mid(first);
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty();
}

void appendWebappIdIssues(const QString &webappId, QList<RequestIssue> *issues)
{
    if (webappId.trimmed().isEmpty())
        issues->append({RequestIssue::Kind::MissingWebappId, -1});
    else if (!isAsciiDigits(webappId) || webappId.size() > maxIdDigits ||
             webappId.count(QLatin1Char('0')) == webappId.size())
        issues->append({RequestIssue::Kind::WebappIdNotDigits, -1}); // "0" is digits, but no id
    else if (!isIdText(webappId))
        issues->append({RequestIssue::Kind::WebappIdTooLarge, -1});
}

void appendNodeIssues(const NodeFields &nodes, QList<RequestIssue> *issues)
{
    if (nodes.isEmpty()) {
        issues->append({RequestIssue::Kind::NoNodes, -1});
        return;
    }
    QSet<QPair<QString, QString>> seen;
    for (int row = 0; row < nodes.size(); ++row) {
        const NodeField &node = nodes.at(row);
        const QString nodeId = node.nodeId.trimmed();
        const QString fieldName = node.fieldName.trimmed();
        if (nodeId.isEmpty())
            issues->append({RequestIssue::Kind::EmptyNodeId, row});
        if (fieldName.isEmpty())
            issues->append({RequestIssue::Kind::EmptyFieldName, row});
        if (nodeId.isEmpty() || fieldName.isEmpty())
            continue;
        const QPair<QString, QString> key(node.nodeId, node.fieldName);
        if (seen.contains(key))
            issues->append({RequestIssue::Kind::DuplicateField, row});
        seen.insert(key);
    }
}

void writeNode(JsonWriter &json, const NodeField &node)
{
    json.beginObject();
    json.key(QStringLiteral("nodeId"));
    json.string(node.nodeId);
    if (!node.nodeName.isEmpty()) {
        json.key(QStringLiteral("nodeName"));
        json.string(node.nodeName);
    }
    json.key(QStringLiteral("fieldName"));
    json.string(node.fieldName);
    json.key(QStringLiteral("fieldValue"));
    json.string(node.fieldValue);
    // fieldData/fieldType describe the editor, not the run: a fieldData blob can be large, so it stays home.
    if (!node.description.isEmpty()) {
        json.key(QStringLiteral("description"));
        json.string(node.description);
    }
    if (!node.descriptionEn.isEmpty()) {
        json.key(QStringLiteral("descriptionEn"));
        json.string(node.descriptionEn);
    }
    json.endObject();
}

QByteArray writeRequest(const RunRequest &request, const QString &apiKey, JsonWriter::Format format)
{
    JsonWriter json(format);
    json.beginObject();
    json.key(QStringLiteral("apiKey"));
    json.string(apiKey);
    json.key(QStringLiteral("webappId"));
    if (isIdText(request.webappId))
        json.rawNumber(canonicalDigits(request.webappId).toLatin1());
    else
        json.string(request.webappId); // invalid (validate() says so): keep the JSON well-formed anyway
    json.key(QStringLiteral("nodeInfoList"));
    json.beginArray();
    for (const NodeField &node : request.nodes)
        writeNode(json, node);
    json.endArray();
    if (!request.webhookUrl.isEmpty()) {
        json.key(QStringLiteral("webhookUrl"));
        json.string(request.webhookUrl);
    }
    if (!request.instanceType.isEmpty()) {
        json.key(QStringLiteral("instanceType"));
        json.string(request.instanceType);
    }
    json.endObject();
    return json.take();
}

} // namespace

QList<RequestIssue> RunRequest::validate(const QString &apiKey) const
{
    QList<RequestIssue> issues;
    if (apiKey.trimmed().isEmpty())
        issues.append({RequestIssue::Kind::MissingApiKey, -1});
    appendWebappIdIssues(webappId, &issues);
    if (!instanceType.isEmpty() && instanceType != QLatin1String("default") && instanceType != QLatin1String("plus"))
        issues.append({RequestIssue::Kind::BadInstanceType, -1});
    if (!webhookUrl.isEmpty() && !isHttpUrl(webhookUrl))
        issues.append({RequestIssue::Kind::BadWebhookUrl, -1});
    appendNodeIssues(nodes, &issues);
    return issues;
}

QByteArray RunRequest::toJson(const QString &apiKey) const
{
    return writeRequest(*this, apiKey, JsonWriter::Format::Compact);
}

QByteArray RunRequest::toPreviewJson() const
{
    return writeRequest(*this, previewKeyMask(), JsonWriter::Format::Indented);
}

QString RunRequest::previewKeyMask()
{
    return QStringLiteral("********");
}

namespace {

QString idFromRunningHubUrl(const QUrl &url)
{
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        const QString value = item.second.trimmed();
        if (item.first.compare(QLatin1String("webappId"), Qt::CaseInsensitive) == 0 && isAsciiDigits(value) &&
            value.size() <= maxIdDigits)
            return value;
    }
    if (!url.host().contains(QLatin1String("runninghub"), Qt::CaseInsensitive))
        return {};
    static const QRegularExpression pathId(QStringLiteral("/(?:ai-detail|post)/([0-9]{1,19})(?:/|$)"));
    const QRegularExpressionMatch pathMatch = pathId.match(url.path());
    if (pathMatch.hasMatch())
        return pathMatch.captured(1);
    // Any other page that names an app: a run of 15-19 digits, not part of a longer number (in any script's
    // digits: "123４" is no id, and neither is its ASCII part).
    static const QRegularExpression digitRun(QStringLiteral("(?<!\\p{Nd})([0-9]{15,19})(?!\\p{Nd})"));
    // Decoded part by part: QUrl::toString(FullyDecoded) is refused with a warning and gives the encoded URL.
    const QString decoded = url.path(QUrl::FullyDecoded) + QLatin1Char('?') + url.query(QUrl::FullyDecoded) +
                            QLatin1Char('#') + url.fragment(QUrl::FullyDecoded);
    const QRegularExpressionMatch runMatch = digitRun.match(decoded);
    return runMatch.hasMatch() ? runMatch.captured(1) : QString();
}

} // namespace

QString extractWebappId(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (isAsciiDigits(trimmed))
        return trimmed.size() <= maxIdDigits ? trimmed : QString();
    // A link, possibly inside a sentence copied with it.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = trimmed.split(space, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QUrl url = QUrl::fromUserInput(word);
        if (!url.isValid() || url.host().isEmpty())
            continue;
        const QString id = idFromRunningHubUrl(url);
        if (!id.isEmpty())
            return id;
    }
    return {};
}

} // namespace rh
