#pragma once

#include "demoapps.h"
#include "keybook.h"
#include "taskbook.h"
#include "wirefields.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace rh::sandbox {

/// The sandbox's RunningHub: endpoint logic without sockets. Every call takes the simulated "now" in ms so the
/// task phases follow the timings without timers.
class SandboxApi
{
public:
    SandboxApi();

    static QString demoApiKey();
    /// Where netWssUrl points (a ws:// URL on the sandbox's own port).
    static QString progressPath() { return QStringLiteral("/ws/c_instance"); }
    static constexpr qint64 uploadLimitBytes = 30LL * 1024 * 1024;

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    void setTimings(int queuedMs, int runningMs);
    /// The demo key's concurrency.
    void setConcurrencyLimit(int limit) { m_keys.setConcurrency(demoApiKey(), limit); }
    KeyBook &keys() { return m_keys; }
    /// While on, every run answers 415 (dedicated machines busy) and creates nothing.
    void setInstancesBusy(bool busy) { m_instancesBusy = busy; }
    /// What a successful run costs per second of its (simulated) run time.
    void setCoinsPerSecond(int coins) { m_coinsPerSecond = qMax(0, coins); }
    void setNextTaskFails(bool fails) { m_nextTaskFails = fails; }
    void removeAppInput(const QString &webappId, const QString &nodeId, const QString &fieldName);

    ApiReply apiCallDemo(const QUrlQuery &query) const;
    ApiReply run(const QByteArray &body, qint64 nowMs);
    ApiReply outputs(const QByteArray &body, qint64 nowMs) const;
    ApiReply status(const QByteArray &body, qint64 nowMs) const;
    ApiReply cancel(const QByteArray &body, qint64 nowMs);
    ApiReply upload(const QByteArray &contentType, const QByteArray &body);
    ApiReply accountStatus(const QByteArray &body, qint64 nowMs) const;

    /// The PNG served at /files/<name>, drawn the first time it is asked for; empty when there is no such file
    /// (or the task has not finished yet).
    QByteArray fileBytes(const QString &name, qint64 nowMs);

    const TaskBook &tasks() const { return m_tasks; }
    const DemoApp *findApp(const QString &webappId) const;
    /// The task whose netWssUrl is `url` (path, clientId and taskId all as handed out); nullptr otherwise.
    const SandboxTask *progressTask(const QUrl &url) const;
    QString lastTaskId() const { return m_lastTaskId; }
    /// Bytes of an uploaded file by its fileName ("api/<sha256>.<ext>"); empty when unknown.
    QByteArray uploadedFile(const QString &fileName) const { return m_uploads.value(fileName); }

private:
    QSet<QString> knownFiles() const;
    QString netWssUrl(const SandboxTask &task) const;
    ApiReply runChecked(const QJsonObject &body, const DemoApp &app, qint64 nowMs);
    ApiReply outputsOf(const SandboxTask &task, qint64 nowMs) const;
    QByteArray drawFile(const QString &name, qint64 nowMs) const;

    std::optional<ApiReply> accountRefusal(const QString &key, qint64 cost, qint64 nowMs) const;

    QList<DemoApp> m_apps;
    KeyBook m_keys;
    TaskBook m_tasks;
    QHash<QString, QByteArray> m_uploads;
    QHash<QString, QByteArray> m_files; ///< drawn PNGs by name
    QString m_baseUrl;
    QString m_clientId;
    QString m_lastTaskId;
    int m_queuedMs = 3000;
    int m_runningMs = 5000;
    int m_coinsPerSecond = 2;
    bool m_instancesBusy = false;
    bool m_nextTaskFails = false;
};

} // namespace rh::sandbox
