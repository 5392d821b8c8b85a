#include "task/runmanager.h"

#include "api/apiclient.h"
#include "api/replies.h"
#include "model/queuepolicy.h"
#include "session/connection.h"
#include "store/accountbook.h"
#include "store/appsettings.h"
#include "store/historystore.h"
#include "store/outputledger.h"
#include "task/tasktracker.h"
#include "transfer/downloader.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRuns, "rhdesk.task.runs", QtInfoMsg)

namespace rh {

namespace {

/// A download that failed for good: retrying at the next start would fail the same way.
bool isPermanent(const DownloadError &error)
{
    switch (error.kind) {
    case DownloadError::Kind::Http:
        return error.httpStatus >= 400 && error.httpStatus < 500; // expired or gone; 5xx may pass
    case DownloadError::Kind::BadUrl:
    case DownloadError::Kind::File:
    case DownloadError::Kind::TooLarge: // the same file meets the same cap
        return true;
    case DownloadError::Kind::Network:
    case DownloadError::Kind::Timeout:
    case DownloadError::Kind::Cancelled:
    case DownloadError::Kind::NoSpace: // the disk may have room by the next start
        break;
    }
    return false;
}

} // namespace

RunManager::RunManager(Connection *connection, ApiClient *api, HistoryStore *history, OutputLedger *outputs,
                       AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_api(api)
    , m_history(history)
    , m_outputs(outputs)
    , m_settings(settings)
{
    connect(connection, &Connection::changed, this, &RunManager::onConnectionChanged);
    if (settings->webSafeNames())
        prepareWebSafeNames(); // before the first results are named
}

RunManager::~RunManager()
{
    // Stop quietly: unfinished runs stay unfinished in the history and resume on the next start.
    for (const QPointer<TaskTracker> &tracker : std::as_const(m_trackers)) {
        if (tracker)
            tracker->stop();
    }
}

TrackerPolicy RunManager::policy() const
{
    if (m_policySet)
        return m_policy;
    TrackerPolicy policy;
    policy.pollIntervalMs = m_settings->pollIntervalMs();
    policy.deadlineMs = m_settings->pollDeadlineMs();
    return policy;
}

void RunManager::setAccounts(AccountBook *accounts)
{
    if (m_accounts)
        disconnect(m_accounts, nullptr, this, nullptr);
    m_accounts = accounts;
    if (accounts) {
        // Keys of accounts arrive one by one after the start (and when given one in Accounts…).
        connect(accounts, &AccountBook::keyLoaded, this, [this] {
            if (m_autoResume)
                resumeNow();
        });
    }
}

qint64 RunManager::start(const RunRequest &request, const QString &appName)
{
    const qint64 runId = m_history->recordSubmit(m_connection->server(), request, appName, m_connection->accountId());
    if (runId == 0)
        qCWarning(lcRuns) << "could not record the submit in the history; sending it anyway";
    // A run that is not in the history still gets a tracker, under a negative session-only id.
    static qint64 unrecorded = 0;
    const qint64 key = runId != 0 ? runId : --unrecorded;
    TaskTracker *tracker = createTracker(key, m_connection->server(), appName, m_connection->endpoint());
    Q_EMIT trackerStarted(key, tracker, false);
    tracker->submit(request);
    return key;
}

TaskTracker *RunManager::send(qint64 runId, const QString &server, const Endpoint &endpoint, const RunRequest &request,
                              const QString &appName, const QString &label)
{
    m_queueRuns.insert(runId);
    if (!label.isEmpty())
        m_labels.insert(runId, label);
    TaskTracker *tracker = createTracker(runId, server, appName, endpoint);
    Q_EMIT trackerStarted(runId, tracker, false);
    tracker->submit(request);
    return tracker;
}

int RunManager::liveCount(const QString &server) const
{
    int live = 0;
    for (auto it = m_trackers.cbegin(); it != m_trackers.cend(); ++it) {
        if (it.value() && it.value()->isActive() && m_servers.value(it.key()) == server)
            ++live;
    }
    return live;
}

std::optional<Endpoint> RunManager::endpointOf(const RunRecord &run, bool *gone) const
{
    *gone = false;
    if (run.account.isEmpty()) {
        // Polling without a key only fails until the tracker gives up: the run waits, unfinished in the history,
        // until its server is current with a key.
        const Endpoint endpoint = m_connection->endpoint();
        if (run.server != m_connection->server() || !endpoint.hasKey())
            return std::nullopt;
        return endpoint;
    }
    if (!m_accounts)
        return std::nullopt;
    // Another account's key (even on the same site) cannot see this task: RunningHub answers 807, "not found".
    const std::optional<Account> account = m_accounts->account(run.account);
    if (!account || account->server() != run.server) {
        *gone = true;
        return std::nullopt;
    }
    return m_accounts->endpointFor(run.account); // nullopt until its key was read
}

void RunManager::noteAccountGone(const RunRecord &run)
{
    const QString reason = tr("Not followed: the account this run was sent as is no longer on this computer, and "
                              "another account's key cannot see its task.");
    if (run.errorText == reason)
        return;
    qCInfo(lcRuns) << "run" << run.id << "not resumed: its account is gone";
    m_history->recordError(run.id, QString(), reason);
}

int RunManager::resumeUnfinished()
{
    int resumed = 0;
    for (const RunRecord &run : m_history->unfinishedRuns(m_connection->server())) {
        if (m_trackers.value(run.id) || run.taskId.isEmpty())
            continue;
        bool gone = false;
        const std::optional<Endpoint> endpoint = endpointOf(run, &gone);
        if (gone)
            noteAccountGone(run);
        if (!endpoint)
            continue;
        followRun(run, *endpoint);
        ++resumed;
    }
    const Endpoint endpoint = m_connection->endpoint();
    if (endpoint.hasKey())
        resumeDownloads(endpoint.baseUrl);
    else
        qCInfo(lcRuns) << "no API key yet; runs sent with the site's key are resumed once there is one";
    return resumed;
}

int RunManager::resumeDownloads(const QUrl &baseUrl)
{
    if (!m_outputs)
        return 0;
    int started = 0;
    for (const PendingDownload &run : m_outputs->pending(m_connection->server())) {
        if (m_downloading.contains(run.runId) || m_trackers.value(run.runId))
            continue;
        QList<TaskOutput> outputs = run.outputs;
        QSet<int> skip;
        for (int n = 0; n < outputs.size(); ++n) {
            const QString began = run.downloadPaths.value(n);
            if (run.givenUp.value(n) || !outputs.at(n).localPath.isEmpty()) {
                skip.insert(n);
            } else if (!began.isEmpty() && QFileInfo(began).isFile()) {
                // Saved completely before the crash, only not recorded: take it as it is.
                outputs[n].localPath = began;
                m_history->setLocalPath(run.runId, n, began);
                skip.insert(n);
            }
        }
        if (skip.size() == outputs.size())
            continue;
        qCInfo(lcRuns) << "resuming the download of" << outputs.size() - skip.size() << "output(s) of run" << run.runId;
        download(run.runId, run.appName, run.taskId, outputs, baseUrl, skip);
        ++started;
    }
    return started;
}

void RunManager::setAutoResume(bool on)
{
    m_autoResume = on;
    m_resumedFor = {};
    if (on)
        onConnectionChanged();
}

void RunManager::onConnectionChanged()
{
    // Also without a key: runs of named accounts go with their own.
    const Endpoint endpoint = m_connection->endpoint();
    if (!m_autoResume || (endpoint.baseUrl == m_resumedFor.baseUrl && endpoint.apiKey == m_resumedFor.apiKey))
        return;
    m_resumedFor = endpoint;
    resumeNow();
}

void RunManager::resumeNow()
{
    if (const int count = resumeUnfinished())
        Q_EMIT resumed(count);
}

bool RunManager::watchAgain(qint64 runId)
{
    const std::optional<RunRecord> run = m_history->run(runId);
    if (!run || run->taskId.isEmpty() || m_trackers.value(runId))
        return false;
    bool gone = false;
    const std::optional<Endpoint> endpoint = endpointOf(*run, &gone);
    if (!endpoint)
        return false;
    followRun(*run, *endpoint);
    return true;
}

bool RunManager::follow(qint64 runId, const Endpoint &endpoint)
{
    const std::optional<RunRecord> run = m_history->run(runId);
    if (!run || run->taskId.isEmpty() || m_trackers.value(runId))
        return false;
    followRun(*run, endpoint);
    return true;
}

void RunManager::followRun(const RunRecord &run, const Endpoint &endpoint)
{
    if (run.jobId > 0)
        m_queueRuns.insert(run.id);
    TaskTracker *tracker = createTracker(run.id, run.server, run.appName, endpoint);
    tracker->resume(run.taskId); // first, so listeners see the taskId (the first poll waits for the loop)
    Q_EMIT trackerStarted(run.id, tracker, true);
}

TaskTracker *RunManager::createTracker(qint64 runId, const QString &server, const QString &appName,
                                       const Endpoint &endpoint)
{
    auto *tracker = new TaskTracker(m_api, endpoint, policy(), this);
    m_trackers.insert(runId, tracker);
    m_servers.insert(runId, server);
    const bool recorded = runId > 0;
    connect(tracker, &TaskTracker::submitted, this, [this, runId, recorded](const RunReply &reply) {
        m_settings->updateClientId(reply.clientId);
        if (recorded)
            m_history->setTaskId(runId, reply.taskId, reply.clientId);
    });
    connect(tracker, &TaskTracker::stateChanged, this, [this, runId, recorded](TaskState state, const QString &detail) {
        if (!recorded)
            return;
        if (state == TaskState::Unknown)
            m_history->markUnknownOutcome(runId, detail);
        else
            m_history->recordState(runId, state, detail);
    });
    connect(tracker, &TaskTracker::error, this, [this, runId, recorded](const ApiError &error) {
        if (recorded)
            m_history->recordError(runId, QString::number(error.code), error.message);
    });
    connect(tracker, &TaskTracker::failed, this, [this, runId, recorded](const FailedReason &reason) {
        if (!recorded)
            return;
        const JobError words = describeFailure(reason); // the queue's words: code, msg, node, exception
        m_history->recordError(runId, words.code, words.text);
    });
    connect(tracker, &TaskTracker::outputsReady, this,
            [this, runId, recorded, appName, tracker](const QList<TaskOutput> &outputs) {
                if (recorded)
                    m_history->recordOutputs(runId, outputs);
                download(runId, appName, tracker->taskId(), outputs, tracker->endpoint().baseUrl);
            });
    connect(tracker, &TaskTracker::finished, this, [this, runId, tracker] {
        if (m_trackers.value(runId) == tracker) {
            m_trackers.remove(runId);
            m_servers.remove(runId);
            m_labels.remove(runId); // its downloads, if any, have started with it
        }
        tracker->deleteLater();
        Q_EMIT runEnded(runId);
    });
    return tracker;
}

void RunManager::download(qint64 runId, const QString &appName, const QString &taskId, const QList<TaskOutput> &outputs,
                          const QUrl &baseUrl, const QSet<int> &skip)
{
    auto *downloader = new Downloader(m_api, baseUrl, this);
    m_downloading.insert(runId);
    connect(downloader, &Downloader::fileStarting, this, [this, runId](int index, const QString &path) {
        // Before the request goes out: a crash from here on finds the file (complete) or nothing at this path.
        if (runId > 0 && m_outputs)
            m_outputs->setDownloadPath(runId, index, path);
    });
    connect(downloader, &Downloader::fileFailed, this, [this, runId](const DownloadError &error) {
        if (runId > 0 && m_outputs && isPermanent(error))
            m_outputs->setDownloadError(runId, error.index, error.message);
    });
    connect(downloader, &Downloader::fileProgress, this, [this, runId](int index, qint64 received, qint64 total) {
        Q_EMIT downloadProgress(runId, index, received, total);
    });
    connect(downloader, &Downloader::fileFinished, this, [this, runId](int index, const TaskOutput &output) {
        if (runId > 0)
            m_history->setLocalPath(runId, index, output.localPath);
    });
    connect(downloader, &Downloader::finished, this,
            [this, runId, downloader](const QList<TaskOutput> &saved, const QList<DownloadError> &errors) {
                m_downloading.remove(runId);
                Q_EMIT downloadsFinished(runId, saved, errors);
                downloader->deleteLater();
            });
    downloader->setMaxOutputBytes(m_settings->maxOutputBytes());
    downloader->setNaming(OutputName(m_settings->outputNamePattern(), m_settings->webSafeNames()));
    downloader->setLabel(m_labels.value(runId));
    downloader->start(outputs, m_settings->outputFolder(), appName, taskId, skip);
}

} // namespace rh
