#pragma once

#include "model/runrequest.h"
#include "model/taskoutput.h"
#include "model/taskstate.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace rh {

class Database;

/// One state change of a run.
struct RunEvent
{
    QDateTime at; ///< UTC
    TaskState state = TaskState::None;
    QString detail;
};

/// One row of the run history.
struct RunRecord
{
    qint64 id = 0;
    QString server;      ///< the server the run was sent to (Endpoint::serverOf, or a fixed name)
    QDateTime createdAt; ///< UTC
    QString webappId;
    QString appName;
    QByteArray requestJson; ///< RunRequest::toPreviewJson(): the key is never stored
    QString taskId;         ///< "" until the server answered
    QString clientId;
    TaskState state = TaskState::None;
    QDateTime stateChangedAt;
    QString errorCode; ///< e.g. "805", "421", or a client-side kind; "" when none
    QString errorText;
    QString costTime; ///< seconds / coins / money as the server sent them
    QString coins;
    QString money;
    QString thirdPartyMoney;
    bool unknownOutcome = false; ///< the submit's outcome is unknown: never resubmitted automatically
    qint64 jobId = 0;            ///< the queue job this run is an attempt of; 0 = a direct run
    int attempt = 0;             ///< which attempt of that job (1, 2, …); 0 = a direct run
    QString account;             ///< the named account it was sent as (AccountBook id); "" = the site's own key
    QList<TaskOutput> outputs;   ///< only filled by HistoryStore::run()
    QList<RunEvent> events;      ///< only filled by HistoryStore::run(), oldest first
};

/// A run made by the run queue: the job and which attempt of it.
struct RunLink
{
    qint64 jobId = 0;
    int attempt = 0;
};

/// What the history view shows: every member that is set must match.
struct HistoryFilter
{
    QString server; ///< exact; "" = every server
    /// Digits: task or app ids that start with them, or names containing them. Other text: app names or ids
    /// containing it (task ids from three characters). Case-insensitive for ASCII. See matchesText().
    QString text;
    QString webappId; ///< exact
    std::optional<TaskState> state;

    /// Whether a run with these fields matches `text` the way the store's search does.
    bool matchesText(const QString &appName, const QString &webappId, const QString &taskId) const;
};

/// What the runs of a history filter add up to. A run that did not say its cost is left out of the sums, never
/// counted as 0: the counts say how many did.
struct HistoryCost
{
    int runs = -1; ///< every run of the filter; -1 = the file could not be read
    int runsWithCoins = 0;
    double coins = 0;
    int runsWithMoney = 0;
    double money = 0;
    /// How many servers the summed money comes from. Each bills in its own currency (runninghub.cn in CNY,
    /// runninghub.ai in USD), so money of more than one is no sum: see moneyAddsUp().
    int moneyServers = 0;

    bool moneyAddsUp() const { return moneyServers <= 1; }
};

/// The run history in the Database: each submit, its task id, state changes, outputs, cost and errors, so a
/// restart can resume polling and the user can look back. Writes are transactions; reads for the view are paged.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)
public:
    enum class Column { CreatedAt, AppName, WebappId, TaskId, State, CostTime, Coins };
    Q_ENUM(Column)

    /// @p db must be open and outlive this store.
    explicit HistoryStore(Database *db, QObject *parent = nullptr);
    ~HistoryStore() override;

    /// A new run on @p server in state Submitting, with the preview JSON of @p request, sent as @p account ("" = the
    /// site's own key). Returns its id, or 0 on failure.
    qint64 recordSubmit(const QString &server, const RunRequest &request, const QString &appName,
                        const QString &account = QString());
    /// The same with a preview already made (must not contain the key).
    qint64 recordSubmit(const QString &server, const QString &webappId, const QString &appName,
                        const QByteArray &previewJson, const RunLink &link = {}, const QString &account = QString());
    /// A run of the queue: linked to its job and attempt (History shows the link; attempts of a job share it).
    qint64 recordSubmit(const QString &server, const RunRequest &request, const QString &appName, const RunLink &link,
                        const QString &account = QString());

    bool setTaskId(qint64 runId, const QString &taskId, const QString &clientId = QString());
    /// Sets the run's state and appends an event (also when the state is unchanged but the detail is new).
    bool recordState(qint64 runId, TaskState state, const QString &detail = QString());
    /// Replaces the run's outputs; cost/coins/money are taken from the first output that has them.
    bool recordOutputs(qint64 runId, const QList<TaskOutput> &outputs);
    /// Where output @p n (index into the recorded outputs) was saved.
    bool setLocalPath(qint64 runId, int n, const QString &localPath);
    bool recordError(qint64 runId, const QString &code, const QString &text);
    /// State Unknown + the flag: the submit may or may not have created a task; never resubmit it.
    bool markUnknownOutcome(qint64 runId, const QString &detail = QString());
    bool removeRun(qint64 runId);
    /// At start-up: runs still Submitting without a task id were cut off mid-submit (crash, quit), so whether the
    /// server created a task is unknown. Marks them as unknown outcome; returns how many. Call before any submit.
    int markInterruptedSubmits();

    /// Runs with a task id whose state is not terminal and whose outcome is known: resume polling these. Those sent
    /// with a site's own key (account "") only of @p server: other servers' runs wait until their server is current
    /// again. Those of a named account on every server: the account says where and with which key.
    QList<RunRecord> unfinishedRuns(const QString &server) const;
    /// Runs on @p server whose submit outcome is unknown (listed for the user, never resubmitted).
    QList<RunRecord> unknownOutcomeRuns(const QString &server) const;
    /// The run with its outputs and events.
    std::optional<RunRecord> run(qint64 runId) const;
    /// Every attempt of a queue job, oldest first (without outputs and events).
    QList<RunRecord> runsOfJob(qint64 jobId) const;
    /// The median time from submit to success of this app's last @p last successful runs on @p server (ms);
    /// nullopt when it has none.
    std::optional<qint64> medianRunMs(const QString &server, const QString &webappId, int last = 50) const;
    /// The median coins of this app's last @p last successful runs on @p server that said their cost: what the next
    /// run will probably cost (batch caps, the question before a costly batch). nullopt when none said.
    std::optional<qint64> medianCoins(const QString &server, const QString &webappId, int last = 50) const;

    int count(const HistoryFilter &filter = {}) const;
    /// count() on a worker thread with a connection of its own, for a window that must not wait: a text search
    /// over 100,000 runs can match tens of thousands. -1 when the file could not be read.
    QFuture<int> countLater(const HistoryFilter &filter) const;
    /// The runs of @p filter and their coins and money summed: one aggregate over the filter's rows, like count().
    HistoryCost cost(const HistoryFilter &filter = {}) const;
    /// cost() on a worker thread with a connection of its own (a window must not wait for 100,000 rows).
    QFuture<HistoryCost> costLater(const HistoryFilter &filter) const;
    /// What the runs of a queue batch (every attempt of each of its jobs still in the queue) add up to.
    HistoryCost batchCost(qint64 batchId) const;
    /// batchCost() on a worker thread with a connection of its own.
    QFuture<HistoryCost> batchCostLater(qint64 batchId) const;
    /// Rows without outputs/events, sorted by @p column then by id (same direction), for a lazy view.
    QList<RunRecord> page(const HistoryFilter &filter, Column column, Qt::SortOrder order, int offset, int limit) const;

Q_SIGNALS:
    void runAdded(qint64 runId);
    void runChanged(qint64 runId);
    void runRemoved(qint64 runId);

private:
    static int countOn(const QSqlDatabase &db, const HistoryFilter &filter);
    static HistoryCost costOn(const QSqlDatabase &db, const HistoryFilter &filter);
    static HistoryCost batchCostOn(const QSqlDatabase &db, qint64 batchId);
    bool update(qint64 runId, const QString &assignments, const QVariantList &values);
    QList<RunRecord> select(const QString &where, const QVariantList &values, const QString &tail = QString()) const;

    Database *m_db;
};

} // namespace rh
