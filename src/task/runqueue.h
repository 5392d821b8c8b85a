#pragma once

#include "api/endpoint.h"
#include "model/job.h"
#include "model/queuepolicy.h"
#include "model/queueprogress.h"
#include "store/queuestore.h"
#include "task/joblist.h"
#include "task/queuegate.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace rh {

class ApiClient;
class AppSettings;
class Connection;
class HistoryStore;
class QueueEngine;
class RunManager;
class Uploader;

/// Many runs: an ordered list of jobs that are sent when a slot is free, each through RunManager → TaskTracker
/// like a single run. Every job and every state change is committed to the database before the network step it
/// allows, so after a crash every job is where it was: waiting jobs wait, jobs with a task are polled again (and
/// their outputs downloaded once), a job cut off while submitting becomes Unknown and is never resent by itself.
///
/// At most AppSettings::queueSlots() runs of a server are live at once, the window's own runs included. A 421/415
/// takes a slot off until a task ends and backs off; account-wide refusals hold the server's jobs until resume();
/// a batch whose first three jobs fail the same validation is held; see queuepolicy.h for the whole table.
class RunQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunQueue)
public:
    /// Where a job's calls go: its server and key. nullopt = not now (no key yet, another server is current, or
    /// an account that is not known). The default resolver takes the Connection's endpoint for jobs of its server
    /// without an account.
    using EndpointResolver = std::function<std::optional<Endpoint>(const Job &job)>;
    /// What the submit guard says of a job about to go.
    struct SubmitCheck
    {
        Hold hold;                 ///< held: stop the job's batch (or, for a job in no batch, its server and account)
        bool wholeAccount = false; ///< the hold stops the job's server and account even for a job of a batch
        bool later = false;        ///< not now and no hold: the job keeps waiting and is asked again next time
    };
    /// Asked right before a job is submitted. For budgets and balance floors (task/budgetguard.h).
    using SubmitGuard = std::function<SubmitCheck(const Job &job)>;

    RunQueue(Connection *connection, RunManager *runs, Uploader *uploader, HistoryStore *history, QueueStore *store,
             AppSettings *settings, ApiClient *api, QObject *parent = nullptr);
    ~RunQueue() override;

    void setTiming(const QueueTiming &timing);
    QueueTiming timing() const;
    void setEndpointResolver(EndpointResolver resolver);
    void setSubmitGuard(SubmitGuard guard);
    /// Runs of one server that may be live at once (the setting, 1–20).
    int slots() const;

    /// Starts sending and following (the stored queue was read at construction). Unless the user paused the
    /// queue, waiting jobs go as slots allow; jobs with a task are polled again.
    void start();
    bool isStarted() const { return m_started; }

    /// Appends jobs that belong to no batch; returns their ids (empty when the database refused them).
    QList<qint64> add(const QList<JobSpec> &specs);
    /// Appends a batch and its jobs in one transaction; returns the batch's id, 0 on failure. A batch without a cap
    /// gets the settings' cap for new batches (AppSettings::Key::BatchCapCoins).
    qint64 addBatch(const BatchRecord &batch, const QList<JobSpec> &specs);

    void pause();
    /// Continues: clears the pause, every hold of a server/account and every held batch (its jobs wait again).
    void resume();
    bool isPaused() const { return m_paused; }
    /// Waiting and held jobs are removed; live ones are cancelled on the server and polled to their end.
    /// Returns how many were affected.
    int cancel(const QList<qint64> &ids);
    /// Failed and cancelled jobs among @p ids get a new attempt with the same request (History links the attempts).
    int retry(const QList<qint64> &ids);
    int retryFailed(); ///< every failed job
    /// An Unknown job is sent again on the user's explicit word (it may be charged twice).
    bool runAgainAnyway(qint64 id);
    /// Unknown jobs are removed from the queue (their runs stay in the history).
    int forget(const QList<qint64> &ids);
    /// Moves the waiting (or held) jobs among @p ids, in queue order, to stand before the job now at @p index
    /// (jobs().size() = the end). Other jobs keep their places. False when nothing moved.
    bool move(const QList<qint64> &ids, int index);
    /// Removes ended jobs (succeeded, failed, cancelled) among @p ids, or all of them when @p ids is empty.
    /// Unknown jobs stay until the user decides (forget() or runAgainAnyway()).
    int removeFinished(const QList<qint64> &ids = {});
    /// Sets what a batch may spend (0 = no cap); the next job is weighed against it. False when nothing changed.
    bool setBatchCap(qint64 batchId, qint64 capCoins);
    /// Looks at the waiting jobs again (a guardrail's figure changed: a balance came in).
    void recheck();
    /// Stops a batch with a reason (its waiting jobs are on hold) until resume().
    void holdBatch(qint64 batchId, const Hold &hold);
    /// Stops every job of a server (and account) until resume().
    void holdGate(const QString &gateKey, const Hold &hold);

    const QList<Job> &jobs() const { return m_list.jobs(); }
    int indexOf(qint64 id) const { return m_list.indexOf(id); }
    const Job *job(qint64 id) const { return m_list.job(id); }
    QList<BatchRecord> batches() const { return m_list.batches(); }
    std::optional<BatchRecord> batch(qint64 id) const { return m_list.batch(id); }
    QueueCounts counts(std::optional<qint64> batchId = std::nullopt) const;
    /// About how long the rest takes (each app's median run time in the history, the slots); nullopt = no estimate.
    std::optional<qint64> estimateRemainingMs(std::optional<qint64> batchId = std::nullopt) const;
    /// The state a server/account is in: open, busy (421/415), offline, held.
    QueueGate gate(const QString &gateKey) const;
    /// Gate keys with jobs that wait, for the window's notice.
    QStringList waitingGates() const;
    /// Working: started, not paused, and jobs are live or can still go. The sleep inhibitor follows this.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// Jobs were appended at [first, last].
    void jobsAdded(int first, int last);
    /// Rows are about to be removed or reordered / were (the job list is then read again).
    void aboutToReset();
    void reset();
    void jobChanged(qint64 id);
    /// A job reached an end (succeeded, failed, cancelled, unknown): once per attempt. For manifests.
    void jobEnded(qint64 id);
    void progressChanged();
    /// Paused, a hold, a busy or offline server changed: the window's notice.
    void statusChanged();
    void busyChanged(bool busy);
    /// Every job of the batch ended (0 = the jobs of no batch): announce it once.
    void batchFinished(qint64 batchId);

private:
    friend class QueueEngine;

    void restore();
    /// More to write in the same transaction, first; it may still change the jobs (e.g. set a run id).
    using WriteAlso = std::function<bool(QList<Job> &jobs)>;
    /// Writes @p job (a changed copy of a queued job) together with @p alsoWrite in one transaction, then takes it
    /// and announces it. False (nothing changed) when the database refused.
    bool commit(const Job &job, const WriteAlso &alsoWrite = {});
    bool commitAll(const QList<Job> &jobs, const WriteAlso &alsoWrite = {});
    void announce(const Job &before, const Job &after);
    void removeJobs(const QList<qint64> &ids);
    void checkBatchRule(qint64 batchId);
    void checkFinished(qint64 batchId);
    void updateBusy();

    HistoryStore *m_history;
    QueueStore *m_store;
    AppSettings *m_settings;
    QueueEngine *m_engine;
    JobList m_list;
    bool m_paused = false;
    bool m_started = false;
    bool m_busy = false;
    bool m_looseEnded = false; ///< a job of no batch ended since the last batchFinished(0)
    mutable QHash<QString, std::optional<qint64>> m_medians;
};

} // namespace rh
