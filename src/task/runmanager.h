#pragma once

#include "model/runrequest.h"
#include "model/taskoutput.h"
#include "task/retrypolicy.h"
#include "task/tasktracker.h"
#include "transfer/downloader.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace rh {

class AccountBook;
class ApiClient;
class AppSettings;
class Connection;
class HistoryStore;
class OutputLedger;
struct RunRecord;

/// Every run of this session: starts a TaskTracker per submit (or per unfinished history row), records each step in
/// the history, keeps the clientId in the settings and downloads the outputs into the output folder, each output once
/// even across a crash (OutputLedger). Each run is bound to the server and key it was made with, also across a
/// restart: a run sent as a named account is polled with that account's key. The window only listens; the run queue
/// sends its jobs' runs through send().
class RunManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunManager)
public:
    /// @p outputs may be nullptr (downloads are then not resumed after a crash).
    RunManager(Connection *connection, ApiClient *api, HistoryStore *history, OutputLedger *outputs,
               AppSettings *settings, QObject *parent = nullptr);
    ~RunManager() override;

    /// The polling policy for new trackers; by default taken from the settings.
    void setPolicy(const TrackerPolicy &policy)
    {
        m_policy = policy;
        m_policySet = true;
    }
    TrackerPolicy policy() const;
    /// The named accounts, so runs sent as one are resumed with its site and key (and wait while its key is not
    /// known yet). Without it such runs are not resumed.
    void setAccounts(AccountBook *accounts);

    /// Records the submit (on the current server, as the account in use) and sends it once with the current key.
    /// Returns the run's id:
    /// its history id, or a negative id of this session when the history could not be written (the run is still
    /// sent, because the user asked for it).
    qint64 start(const RunRequest &request, const QString &appName);
    /// Sends a run whose submit the caller recorded (HistoryStore::recordSubmit, e.g. in one transaction with its
    /// queue job) once, to @p endpoint. trackerStarted() comes before the request goes out. Returns the tracker.
    /// @p server: the name the run is stored under (Connection::server()), which is not always endpoint.server().
    /// @p label: the job's label, for the {label} of the output names (model/outputname.h).
    TaskTracker *send(qint64 runId, const QString &server, const Endpoint &endpoint, const RunRequest &request,
                      const QString &appName, const QString &label = QString());
    /// Resumes polling for every unfinished run that is not followed yet, and the downloads a crash or quit cut off.
    /// A run sent as a named account is polled with that account's site and key; one whose account is gone stays
    /// unfinished with the reason as its error, never polled with another key. A run sent with a site's own key
    /// ("" account) is polled with the current key when it is of the current server. Returns how many runs.
    int resumeUnfinished();
    /// From now on, resume unfinished runs at once and whenever the server, the key or an account's key changes
    /// (resumed() tells how many). Off by default, so tests and tools decide when polling starts.
    void setAutoResume(bool on);
    /// Starts polling one run from the history again (after a give-up), with the key it was sent with. False when it
    /// has no task id, is followed already, or that key is not known here (another server's, a removed account's).
    bool watchAgain(qint64 runId);
    /// The same with the server and key given (a queue job's), for a run of any server. False when it has no task
    /// id or is followed already.
    bool follow(qint64 runId, const Endpoint &endpoint);

    TaskTracker *tracker(qint64 runId) const { return m_trackers.value(runId); }
    QList<qint64> activeRuns() const { return m_trackers.keys(); }
    /// The server name a followed run is stored under ("" when it is not followed).
    QString serverOf(qint64 runId) const { return m_servers.value(runId); }
    /// Runs followed now of @p server (the stored name) that are still submitting or polling.
    int liveCount(const QString &server) const;
    /// The run belongs to a queue job (sent through send(), or its history row names a job): the queue follows it.
    bool isQueueRun(qint64 runId) const { return m_queueRuns.contains(runId); }
    /// Downloads under way (of any run).
    int downloadingCount() const { return int(m_downloading.size()); }

Q_SIGNALS:
    /// A tracker is running for runId (submitted now, or resumed).
    void trackerStarted(qint64 runId, rh::TaskTracker *tracker, bool resumed);
    void downloadProgress(qint64 runId, int index, qint64 received, qint64 total);
    void downloadsFinished(qint64 runId, const QList<rh::TaskOutput> &outputs, const QList<rh::DownloadError> &errors);
    void runEnded(qint64 runId);
    /// Automatic resuming picked up this many unfinished runs (more than none).
    void resumed(int count);

private:
    TaskTracker *createTracker(qint64 runId, const QString &server, const QString &appName, const Endpoint &endpoint);
    /// Where and with which key @p run is polled; nullopt while that key is not known here. @p gone: its account is
    /// no longer on this computer.
    std::optional<Endpoint> endpointOf(const RunRecord &run, bool *gone) const;
    void followRun(const RunRecord &run, const Endpoint &endpoint);
    void noteAccountGone(const RunRecord &run);
    void resumeNow();
    void download(qint64 runId, const QString &appName, const QString &taskId, const QList<TaskOutput> &outputs,
                  const QUrl &baseUrl, const QSet<int> &skip = {});
    int resumeDownloads(const QUrl &baseUrl);
    void onConnectionChanged();

    Connection *m_connection;
    ApiClient *m_api;
    HistoryStore *m_history;
    OutputLedger *m_outputs;
    AppSettings *m_settings;
    AccountBook *m_accounts = nullptr;
    TrackerPolicy m_policy;
    bool m_policySet = false;
    bool m_autoResume = false;
    Endpoint m_resumedFor; ///< the server and key the last automatic resume ran with
    QHash<qint64, QPointer<TaskTracker>> m_trackers;
    QHash<qint64, QString> m_servers; ///< the server name of each followed run
    QSet<qint64> m_queueRuns;
    QSet<qint64> m_downloading;      ///< runs whose outputs are being downloaded now
    QHash<qint64, QString> m_labels; ///< the job label of queue runs followed now
};

} // namespace rh
