#include "sandboxapi.h"

#include "inputcheck.h"
#include "multipart.h"
#include "pngart.h"
#include "taskreplies.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

namespace rh::sandbox {

namespace {

const QString keyField = QStringLiteral("apiKey");

/// The key, the task id and the task of a {apiKey, taskId} body, or the error reply.
struct TaskLookup
{
    std::optional<ApiReply> error;
    const SandboxTask *task = nullptr;
};

TaskLookup lookupTask(const QByteArray &body, const TaskBook &tasks, const KeyBook &keys)
{
    const std::optional<QJsonObject> json = jsonObjectBody(body);
    if (!json)
        return {paramsInvalid(QStringLiteral("request body must be a JSON object")), nullptr};
    const QString key = json->value(keyField).toString();
    if (auto error = keyError(key, keyField, keys.knows(key)))
        return {error, nullptr};
    const QString taskId = exactId(json->value(QStringLiteral("taskId")));
    if (taskId.isEmpty())
        return {paramsInvalid(QStringLiteral("taskId must not be null")), nullptr};
    const SandboxTask *task = tasks.find(taskId);
    if (!task || task->apiKey != key) // another key's task is as unknown as no task
        return {makeReply(807, QStringLiteral("APIKEY_TASK_NOT_FOUND")), nullptr};
    return {std::nullopt, task};
}

std::optional<ApiReply> optionsError(const QJsonObject &body)
{
    const QJsonValue instance = body.value(QStringLiteral("instanceType"));
    if (!instance.isUndefined() && !instance.isNull()) {
        const QString type = instance.toString(QStringLiteral("?"));
        if (!type.isEmpty() && type != QLatin1String("default") && type != QLatin1String("plus"))
            return paramsInvalid(QStringLiteral("instanceType must be default or plus"));
    }
    // An empty or null webhookUrl counts as absent; anything else must be an absolute http(s) URL.
    const QJsonValue hook = body.value(QStringLiteral("webhookUrl"));
    if (!hook.isUndefined() && !hook.isNull() && !(hook.isString() && hook.toString().isEmpty())) {
        const QUrl url(hook.toString(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return paramsInvalid(QStringLiteral("webhookUrl must be an http or https URL"));
    }
    return std::nullopt;
}

QString hexClientId()
{
    QString id;
    for (int i = 0; i < 4; ++i)
        id += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return id;
}

} // namespace

SandboxApi::SandboxApi()
    : m_apps(demoApps())
    , m_clientId(hexClientId())
{}

QString SandboxApi::demoApiKey()
{
    return KeyBook::demoKey();
}

void SandboxApi::setTimings(int queuedMs, int runningMs)
{
    m_queuedMs = qMax(0, queuedMs);
    m_runningMs = qMax(0, runningMs);
}

void SandboxApi::removeAppInput(const QString &webappId, const QString &nodeId, const QString &fieldName)
{
    for (DemoApp &app : m_apps) {
        if (app.webappId != webappId)
            continue;
        app.nodes.erase(
            std::remove_if(app.nodes.begin(), app.nodes.end(),
                           [&](const DemoNode &n) { return n.nodeId == nodeId && n.fieldName == fieldName; }),
            app.nodes.end());
    }
}

const DemoApp *SandboxApi::findApp(const QString &webappId) const
{
    for (const DemoApp &app : m_apps) {
        if (app.webappId == webappId)
            return &app;
    }
    return nullptr;
}

QSet<QString> SandboxApi::knownFiles() const
{
    const QStringList samples = sampleFileNames();
    QSet<QString> known(samples.cbegin(), samples.cend());
    for (auto it = m_uploads.cbegin(); it != m_uploads.cend(); ++it)
        known.insert(it.key());
    return known;
}

QString SandboxApi::netWssUrl(const SandboxTask &task) const
{
    QString ws = m_baseUrl;
    ws.replace(0, 4, QStringLiteral("ws")); // http… → ws…
    return QStringLiteral("%1%2?clientId=%3&taskId=%4").arg(ws, progressPath(), m_clientId, task.taskId);
}

const SandboxTask *SandboxApi::progressTask(const QUrl &url) const
{
    const QUrlQuery query(url);
    if (url.path() != progressPath() || query.queryItemValue(QStringLiteral("clientId")) != m_clientId)
        return nullptr;
    return m_tasks.find(query.queryItemValue(QStringLiteral("taskId")));
}

ApiReply SandboxApi::apiCallDemo(const QUrlQuery &query) const
{
    const QString key = query.queryItemValue(keyField, QUrl::FullyDecoded);
    if (auto error = keyError(key, keyField, m_keys.knows(key)))
        return *error;
    const QString webappId = query.queryItemValue(QStringLiteral("webappId"), QUrl::FullyDecoded).trimmed();
    if (webappId.isEmpty())
        return paramsInvalid(QStringLiteral("webappId must not be null"));
    const DemoApp *app = findApp(webappId);
    if (!app)
        return makeReply(901, QStringLiteral("WEBAPP_NOT_EXISTS"));
    return successReply(apiCallDemoData(*app, m_baseUrl));
}

ApiReply SandboxApi::run(const QByteArray &body, qint64 nowMs)
{
    const std::optional<QJsonObject> json = jsonObjectBody(body);
    if (!json)
        return paramsInvalid(QStringLiteral("request body must be a JSON object"));
    const QString key = json->value(keyField).toString();
    if (auto error = keyError(key, keyField, m_keys.knows(key)))
        return *error;
    const QJsonValue idValue = json->value(QStringLiteral("webappId"));
    const QString webappId = exactId(idValue);
    if (webappId.isEmpty()) {
        return paramsInvalid(idValue.isUndefined() || idValue.isNull() ? QStringLiteral("webappId must not be null")
                                                                       : QStringLiteral("webappId is not a number"));
    }
    const DemoApp *app = findApp(webappId);
    if (!app)
        return makeReply(901, QStringLiteral("WEBAPP_NOT_EXISTS"));
    if (auto error = optionsError(*json))
        return *error;
    if (!json->value(QStringLiteral("nodeInfoList")).isArray())
        return paramsInvalid(QStringLiteral("nodeInfoList must not be null"));
    return runChecked(*json, *app, nowMs);
}

ApiReply SandboxApi::runChecked(const QJsonObject &body, const DemoApp &app, qint64 nowMs)
{
    // Start from the app's own values, then apply the submitted rows.
    QHash<const DemoNode *, QString> values;
    for (const DemoNode &node : app.nodes)
        values.insert(&node, node.fieldValue);
    for (const QJsonValue &row : body.value(QStringLiteral("nodeInfoList")).toArray()) {
        const QJsonObject item = row.toObject();
        const DemoNode *node = app.findNode(valueText(item.value(QStringLiteral("nodeId"))),
                                            item.value(QStringLiteral("fieldName")).toString());
        if (!node)
            return makeReply(803, QStringLiteral("APIKEY_INVALID_NODE_INFO"));
        values.insert(node, valueText(item.value(QStringLiteral("fieldValue"))));
    }
    const QString key = body.value(keyField).toString();
    const qint64 cost = qint64(m_coinsPerSecond) * qMax(1, (m_runningMs + 999) / 1000);
    if (auto refusal = accountRefusal(key, cost, nowMs))
        return *refusal;

    QJsonObject nodeErrors;
    const QSet<QString> known = knownFiles();
    for (const DemoNode &node : app.nodes) {
        const QJsonObject error = checkValue(node, values.value(&node), known);
        if (!error.isEmpty())
            addNodeError(nodeErrors, node, error, app.outputNodeId);
    }

    SandboxTask &task = m_tasks.create(key, nowMs);
    task.webappId = app.webappId;
    task.coins = cost;
    m_lastTaskId = task.taskId;
    task.queuedMs = m_queuedMs;
    task.runningMs = m_runningMs;
    task.rejected = !nodeErrors.isEmpty();
    task.fails = !task.rejected && m_nextTaskFails;
    if (!task.rejected)
        m_nextTaskFails = false;
    for (const DemoNode &node : app.nodes) {
        if (node.fieldType == QLatin1String("STRING") && task.prompt.isEmpty())
            task.prompt = values.value(&node);
        if (node.fieldName == QLatin1String("batch_size"))
            task.outputCount = qBound(1, values.value(&node).toInt(), 4);
        if (node.fieldName == QLatin1String("steps"))
            task.steps = qBound(1, values.value(&node).toInt(), 100);
    }

    // The run reply never says SUCCESS: RUNNING when there is no queue time, else QUEUED (netWssUrl null).
    const bool queued = task.queuedMs > 0;
    const QString status = task.rejected ? QStringLiteral("FAILED")
                           : queued      ? QStringLiteral("QUEUED")
                                         : QStringLiteral("RUNNING");
    const QJsonValue wss = (task.rejected || queued) ? QJsonValue(QJsonValue::Null) : QJsonValue(netWssUrl(task));
    return successReply(QJsonObject{{QStringLiteral("taskId"), task.taskId},
                                    {QStringLiteral("clientId"), m_clientId},
                                    {QStringLiteral("taskStatus"), status},
                                    {QStringLiteral("netWssUrl"), wss},
                                    {QStringLiteral("promptTips"), promptTipsText(nodeErrors, app.outputNodeId)}});
}

ApiReply SandboxApi::outputs(const QByteArray &body, qint64 nowMs) const
{
    const TaskLookup lookup = lookupTask(body, m_tasks, m_keys);
    if (lookup.error)
        return *lookup.error;
    return outputsOf(*lookup.task, nowMs);
}

ApiReply SandboxApi::outputsOf(const SandboxTask &task, qint64 nowMs) const
{
    const TaskPhase phase = task.phase(nowMs);
    switch (phase) {
    case TaskPhase::Queued:
        return makeReply(813, QStringLiteral("APIKEY_TASK_IS_QUEUED"));
    case TaskPhase::Running:
        return makeReply(804, QStringLiteral("APIKEY_TASK_IS_RUNNING"),
                         QJsonObject{{QStringLiteral("netWssUrl"), netWssUrl(task)}});
    case TaskPhase::Success:
        return successReply(successOutputs(task, *findApp(task.webappId), m_baseUrl));
    case TaskPhase::Failed:
    case TaskPhase::Cancelled:
        // A cancelled task answers 805 (not 807): it existed, and the client should show why it ended.
        break;
    }
    return makeReply(805, QStringLiteral("APIKEY_TASK_STATUS_ERROR"),
                     failedReasonData(task, findApp(task.webappId), phase));
}

ApiReply SandboxApi::status(const QByteArray &body, qint64 nowMs) const
{
    const TaskLookup lookup = lookupTask(body, m_tasks, m_keys);
    if (lookup.error)
        return *lookup.error;
    return successReply(phaseWord(lookup.task->phase(nowMs)));
}

ApiReply SandboxApi::cancel(const QByteArray &body, qint64 nowMs)
{
    const TaskLookup lookup = lookupTask(body, m_tasks, m_keys);
    if (lookup.error)
        return *lookup.error;
    SandboxTask *task = m_tasks.find(lookup.task->taskId);
    const TaskPhase phase = task->phase(nowMs);
    // Cancelling a task that already ended changes nothing (and is not an error).
    if (phase == TaskPhase::Queued || phase == TaskPhase::Running)
        task->cancelledMs = nowMs;
    return successReply();
}

ApiReply SandboxApi::upload(const QByteArray &contentType, const QByteArray &body)
{
    const QList<FormPart> parts = parseMultipart(contentType, body);
    QString key;
    QString fileType;
    const FormPart *file = nullptr;
    for (const FormPart &part : parts) {
        if (part.name == keyField)
            key = QString::fromUtf8(part.data);
        else if (part.name == QLatin1String("fileType"))
            fileType = QString::fromUtf8(part.data).trimmed();
        else if (part.name == QLatin1String("file"))
            file = &part;
    }
    if (auto error = keyError(key, keyField, m_keys.knows(key)))
        return *error;
    if (!file)
        return paramsInvalid(QStringLiteral("file must not be null"));
    if (file->data.size() > uploadLimitBytes)
        return makeReply(809, QStringLiteral("APIKEY_FILE_SIZE_EXCEEDED"));
    if (fileType.isEmpty())
        fileType = QStringLiteral("input");
    QString suffix = QFileInfo(file->fileName).suffix().toLower();
    if (suffix.isEmpty())
        suffix = fileType == QLatin1String("video")   ? QStringLiteral("mp4")
                 : fileType == QLatin1String("audio") ? QStringLiteral("mp3")
                                                      : QStringLiteral("png");
    const QByteArray hash = QCryptographicHash::hash(file->data, QCryptographicHash::Sha256).toHex();
    const QString fileName = QStringLiteral("api/%1.%2").arg(QString::fromLatin1(hash), suffix);
    m_uploads.insert(fileName, file->data);
    return successReply(QJsonObject{{QStringLiteral("fileName"), fileName}, {QStringLiteral("fileType"), fileType}});
}

ApiReply SandboxApi::accountStatus(const QByteArray &body, qint64 nowMs) const
{
    const std::optional<QJsonObject> json = jsonObjectBody(body);
    if (!json)
        return paramsInvalid(QStringLiteral("request body must be a JSON object"));
    // This endpoint wants the key as lower-case "apikey"; "apiKey" alone is blank to it, as on the real server.
    const QString lowerKey = QStringLiteral("apikey");
    const QString key = json->value(lowerKey).toString();
    // Unlike the task endpoints (301), the account endpoint answers a blank key with its own code.
    if (key.trimmed().isEmpty())
        return makeReply(1601, QStringLiteral("apikey must not be blank"));
    if (auto error = keyError(key, lowerKey, m_keys.knows(key)))
        return *error;
    const KeyPlan plan = m_keys.plan(key);
    const qint64 coins = plan.balanceCoins - m_tasks.coinsSpent(key, nowMs);
    // All strings, as RunningHub sends them; money and currency are null on consumer keys.
    const QJsonValue null(QJsonValue::Null);
    return successReply(
        QJsonObject{{QStringLiteral("remainCoins"), QString::number(coins)},
                    {QStringLiteral("currentTaskCounts"), QString::number(m_tasks.unfinishedCount(key, nowMs))},
                    {QStringLiteral("remainMoney"), plan.enterprise ? QJsonValue(QStringLiteral("88.88")) : null},
                    {QStringLiteral("currency"), plan.enterprise ? QJsonValue(QStringLiteral("CNY")) : null},
                    {QStringLiteral("apiType"), QStringLiteral("NORMAL")}});
}

std::optional<ApiReply> SandboxApi::accountRefusal(const QString &key, qint64 cost, qint64 nowMs) const
{
    const KeyPlan plan = m_keys.plan(key);
    if (m_tasks.unfinishedCount(key, nowMs) >= plan.concurrency)
        return makeReply(421, QStringLiteral("TASK_QUEUE_MAXED"));
    if (m_instancesBusy)
        return makeReply(415, QStringLiteral("TASK_INSTANCE_MAXED"));
    // What unfinished tasks will spend is spoken for: a batch cannot start more than the balance pays for.
    const qint64 left = plan.balanceCoins - m_tasks.coinsSpent(key, nowMs) - m_tasks.coinsReserved(key, nowMs);
    if (left < cost)
        return makeReply(416, QStringLiteral("TASK_CREATE_FAILED_BY_NOT_ENOUGH_WALLET"));
    return std::nullopt;
}

QByteArray SandboxApi::fileBytes(const QString &name, qint64 nowMs)
{
    const auto cached = m_files.constFind(name);
    if (cached != m_files.cend())
        return cached.value();
    const QByteArray bytes = drawFile(name, nowMs);
    if (!bytes.isEmpty())
        m_files.insert(name, bytes);
    return bytes;
}

QByteArray SandboxApi::drawFile(const QString &name, qint64 nowMs) const
{
    QString taskId;
    int index = 0;
    if (parseOutputFileName(name, taskId, index)) {
        const SandboxTask *task = m_tasks.find(taskId);
        if (!task || task->phase(nowMs) != TaskPhase::Success || index < 0 || index >= task->outputCount)
            return {};
        return drawOutputPng(task->prompt, name);
    }
    for (const DemoApp &app : m_apps) {
        if (name == QStringLiteral("cover-%1.png").arg(app.webappId))
            return drawCoverPng(app.webappName, 512);
        if (name == QStringLiteral("cover-%1-thumb.png").arg(app.webappId))
            return drawCoverPng(app.webappName, 128);
    }
    return {};
}

} // namespace rh::sandbox
