#pragma once

#include "api/apicall.h"
#include "api/replies.h"
#include "task/queuegate.h"
#include "task/runqueue.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace rh {

class JobUploads;
class TaskTracker;

/// The part of the RunQueue that talks to the network: decides which waiting jobs start (slots, gates, holds),
/// uploads their media, records and sends their runs through RunManager, follows their trackers and applies the
/// decision table to every end. Owned by its RunQueue; changes jobs only through RunQueue::commit().
class QueueEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueEngine)
public:
    QueueEngine(RunQueue *queue, Connection *connection, RunManager *runs, Uploader *uploader, HistoryStore *history,
                ApiClient *api);

    QueueTiming timing() const { return m_timing; }
    void setTiming(const QueueTiming &timing) { m_timing = timing; }
    void setResolver(RunQueue::EndpointResolver resolver) { m_resolver = std::move(resolver); }
    void setGuard(RunQueue::SubmitGuard guard) { m_guard = std::move(guard); }

    void start();
    /// Looks at the queue again on the next event-loop turn (many changes in a row make one look).
    void scheduleDispatch();
    /// Asks the server to cancel a live job (or stops its uploads).
    void cancelLive(const Job &job);
    /// Forgets a job's pending uploads (it was removed).
    void dropUploads(qint64 jobId);

    QueueGate gate(const QString &key) const { return m_gates.value(key); }
    void hold(const QString &key, const Hold &hold);
    void releaseAll();
    /// Runs of @p server that occupy a slot: followed trackers (the window's runs too) and queue jobs that are live
    /// without one (uploading, or waiting to be followed again).
    int liveCount(const QString &server) const;

private:
    void dispatch();
    void followOrphans(qint64 nowMs);
    void startJob(const Job &job, const Endpoint &endpoint);
    void submit(const Job &job, const Endpoint &endpoint);
    void onTrackerStarted(qint64 runId, TaskTracker *tracker, bool resumed);
    void onTrackerFinished(qint64 jobId, TaskTracker *tracker);
    void setLiveState(qint64 jobId, JobState state, const QString &taskId = {});
    /// Applies the decision table's row to @p next (a copy of a queued job, error fields filled) and its gate.
    void apply(Job next, const QueueDecision &decision, const ApiError &error);
    void applyGate(const Job &job, const QueueDecision &decision, const ApiError &error);
    void probe(const QString &key, const Endpoint &endpoint);
    void armTimer(qint64 nowMs);
    std::optional<Endpoint> endpointFor(const Job &job) const;
    bool isFollowed(const Job &job) const;

    RunQueue *m_queue;
    Connection *m_connection;
    RunManager *m_runs;
    Uploader *m_uploader;
    HistoryStore *m_history;
    ApiClient *m_api;
    QueueTiming m_timing;
    RunQueue::EndpointResolver m_resolver;
    RunQueue::SubmitGuard m_guard;
    QHash<QString, QueueGate> m_gates;
    QHash<qint64, QPointer<JobUploads>> m_uploads; ///< by job id
    QHash<QString, QPointer<ApiCall>> m_probes;    ///< by gate key
    QHash<qint64, qint64> m_runJobs;               ///< run id → job id, for the runs of this session
    QTimer m_wake;
    bool m_dispatchQueued = false;
    bool m_started = false;
};

} // namespace rh
