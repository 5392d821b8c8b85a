#include "task/queueengine.h"

#include "api/apiclient.h"
#include "session/connection.h"
#include "store/historystore.h"
#include "task/jobuploads.h"
#include "task/queuelog.h"
#include "task/runmanager.h"
#include "task/tasktracker.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>

namespace rh {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// Starting a job writes it and its run and sends a request (about 1.6 ms of GUI-thread CPU each, bench_queue): two
/// per event-loop turn keep the window responsive when 20 slots open at once.
constexpr int MaxStartsPerTurn = 2;

double random01()
{
    return QRandomGenerator::global()->generateDouble();
}

} // namespace

QueueEngine::QueueEngine(RunQueue *queue, Connection *connection, RunManager *runs, Uploader *uploader,
                         HistoryStore *history, ApiClient *api)
    : QObject(queue)
    , m_queue(queue)
    , m_connection(connection)
    , m_runs(runs)
    , m_uploader(uploader)
    , m_history(history)
    , m_api(api)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &QueueEngine::dispatch);
    m_resolver = [connection](const Job &job) -> std::optional<Endpoint> {
        const Endpoint endpoint = connection->endpoint();
        if (!job.account.isEmpty() || job.server != connection->server() || !endpoint.hasKey() || !endpoint.isValid())
            return std::nullopt;
        return endpoint;
    };
}

void QueueEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    connect(m_runs, &RunManager::trackerStarted, this, &QueueEngine::onTrackerStarted);
    connect(m_connection, &Connection::changed, this, &QueueEngine::scheduleDispatch);
    for (const qint64 runId : m_runs->activeRuns()) {
        if (TaskTracker *tracker = m_runs->tracker(runId))
            onTrackerStarted(runId, tracker, true);
    }
    scheduleDispatch();
}

void QueueEngine::scheduleDispatch()
{
    if (!m_started || m_dispatchQueued)
        return;
    m_dispatchQueued = true;
    // After a timer turn, not as a queued call: Qt runs queued calls in the same pass over the posted events that
    // asked for them, before the window's timers and painting get their turn.
    QTimer::singleShot(0, this, &QueueEngine::dispatch);
}

std::optional<Endpoint> QueueEngine::endpointFor(const Job &job) const
{
    return m_resolver ? m_resolver(job) : std::nullopt;
}

bool QueueEngine::isFollowed(const Job &job) const
{
    const TaskTracker *tracker = job.runId > 0 ? m_runs->tracker(job.runId) : nullptr;
    return tracker && tracker->isActive();
}

int QueueEngine::liveCount(const QString &server) const
{
    int live = m_runs->liveCount(server);
    for (const Job &job : m_queue->m_list.jobs()) {
        if (job.server == server && isLive(job.state) && !isFollowed(job))
            ++live;
    }
    return live;
}

void QueueEngine::hold(const QString &key, const Hold &hold)
{
    m_gates[key].hold(hold);
}

void QueueEngine::releaseAll()
{
    for (QueueGate &gate : m_gates)
        gate.release();
}

void QueueEngine::dispatch()
{
    m_dispatchQueued = false;
    if (!m_started)
        return;
    const qint64 now = nowMs();
    followOrphans(now);
    if (!m_queue->isPaused()) {
        int started = 0;
        QHash<QString, int> budget;
        QHash<QString, std::optional<Endpoint>> endpoints;
        for (int i = 0; i < m_queue->m_list.jobs().size(); ++i) {
            const Job job = m_queue->m_list.jobs().at(i); // a copy: starting it changes the list's entry
            if (job.state != JobState::Waiting || m_queue->m_list.isBatchHeld(job.origin.batchId))
                continue;
            const QString key = job.gateKey();
            QueueGate &gate = m_gates[key];
            if (gate.heldFor().isHeld())
                continue;
            if (!endpoints.contains(key))
                endpoints.insert(key, endpointFor(job));
            const std::optional<Endpoint> endpoint = endpoints.value(key);
            if (!endpoint)
                continue;
            if (gate.wantsProbe(now)) {
                probe(key, *endpoint);
                continue;
            }
            if (!budget.contains(key))
                budget.insert(key, gate.startable(m_queue->slots(), liveCount(job.server), now));
            if (budget.value(key) <= 0)
                continue;
            if (m_guard) {
                const RunQueue::SubmitCheck check = m_guard(job);
                if (check.hold.isHeld()) {
                    if (job.origin.batchId > 0 && !check.wholeAccount)
                        m_queue->holdBatch(job.origin.batchId, check.hold);
                    else
                        m_queue->holdGate(key, check.hold);
                    continue;
                }
                if (check.later)
                    continue; // asked again when something ends
            }
            if (started == MaxStartsPerTurn) {
                scheduleDispatch(); // the rest on the next turn
                break;
            }
            budget[key] -= 1;
            ++started;
            startJob(job, *endpoint);
        }
    }
    armTimer(now);
}

void QueueEngine::followOrphans(qint64 nowMs)
{
    for (const Job &job : std::as_const(m_queue->m_list.jobs())) {
        if ((job.state != JobState::Queued && job.state != JobState::Running) || job.runId <= 0 || isFollowed(job))
            continue;
        QueueGate &gate = m_gates[job.gateKey()];
        const std::optional<Endpoint> endpoint = endpointFor(job);
        if (!endpoint || gate.heldFor().isHeld())
            continue;
        if (gate.status() == QueueGate::Status::Offline) {
            if (gate.wantsProbe(nowMs))
                probe(job.gateKey(), *endpoint);
            continue;
        }
        m_runJobs.insert(job.runId, job.id);
        m_runs->follow(job.runId, *endpoint);
    }
}

void QueueEngine::armTimer(qint64 nowMs)
{
    qint64 wake = 0;
    for (const QueueGate &gate : std::as_const(m_gates)) {
        const qint64 at = gate.wakeAtMs(nowMs);
        if (at > 0 && (wake == 0 || at < wake))
            wake = at;
    }
    if (wake > 0)
        m_wake.start(int(qMin<qint64>(wake - nowMs, 24 * 3600 * 1000)));
    else
        m_wake.stop();
}

void QueueEngine::probe(const QString &key, const Endpoint &endpoint)
{
    if (m_probes.value(key))
        return;
    ApiCall *call = m_api->accountStatus(endpoint);
    m_probes.insert(key, call);
    connect(call, &ApiCall::finished, this, [this, key](const ApiResult &result) {
        m_probes.remove(key);
        QueueGate &gate = m_gates[key];
        // Any envelope, even a refusal, means the server is reachable again.
        if (result.ok() || result.error.kind == ApiError::Kind::Server)
            gate.online();
        else
            gate.offline(nowMs(), m_timing, random01());
        Q_EMIT m_queue->statusChanged();
        scheduleDispatch();
    });
}

void QueueEngine::startJob(const Job &job, const Endpoint &endpoint)
{
    if (job.media.isEmpty()) {
        submit(job, endpoint);
        return;
    }
    Job uploading = job;
    uploading.state = JobState::Uploading;
    if (!m_queue->commit(uploading))
        return;
    const qint64 jobId = job.id;
    auto *uploads = new JobUploads(m_uploader, uploading, endpoint, this);
    m_uploads.insert(jobId, uploads);
    const auto current = [this, jobId, uploads]() -> const Job * {
        uploads->deleteLater();
        if (m_uploads.value(jobId) != uploads)
            return nullptr; // removed or cancelled meanwhile
        m_uploads.remove(jobId);
        const Job *job = m_queue->job(jobId);
        return job && job->state == JobState::Uploading ? job : nullptr;
    };
    connect(uploads, &JobUploads::done, this, [this, current, endpoint](const RunRequest &request) {
        if (const Job *job = current()) {
            Job next = *job;
            next.request = request;
            submit(next, endpoint);
        }
    });
    connect(uploads, &JobUploads::failed, this, [this, current](const ApiError &error) {
        if (const Job *job = current())
            apply(*job, decideFailure(JobStep::Upload, error), error);
    });
    connect(uploads, &JobUploads::refused, this, [this, current](const QString &path, FieldSpec::FileCheck why) {
        if (const Job *job = current()) {
            ApiError error{ApiError::Kind::Invalid, int(why), path, QStringLiteral("file check"), {}};
            QueueDecision fail;
            fail.job = JobState::Failed;
            Job failed = *job;
            failed.errorCode = QStringLiteral("file");
            failed.errorText = path;
            apply(failed, fail, error);
        }
    });
    uploads->start();
}

void QueueEngine::submit(const Job &job, const Endpoint &endpoint)
{
    Job next = job;
    const bool requestChanged = !(next.request == m_queue->job(job.id)->request);
    next.state = JobState::Submitting;
    next.taskId.clear();
    next.errorCode.clear();
    next.errorText.clear();
    next.failureKey.clear();
    // The history run and the job's state in one transaction, before anything is sent.
    const bool ok = m_queue->commit(next, [&](QList<Job> &jobs) {
        Job &writing = jobs.first();
        writing.runId = m_history->recordSubmit(writing.server, writing.request, writing.appName,
                                                RunLink{writing.id, writing.attempt}, writing.account);
        return writing.runId > 0 && (!requestChanged || m_queue->m_store->saveRequest(writing));
    });
    if (!ok) {
        qCWarning(lcQueue) << "could not record job" << job.id << "before sending it; it waits";
        m_gates[job.gateKey()].offline(nowMs(), m_timing, random01());
        return;
    }
    const Job *sent = m_queue->job(job.id);
    m_runJobs.insert(sent->runId, sent->id);
    m_runs->send(sent->runId, sent->server, endpoint, sent->request, sent->appName, sent->label);
}

void QueueEngine::onTrackerStarted(qint64 runId, TaskTracker *tracker, bool)
{
    const QString server = m_runs->serverOf(runId);
    connect(tracker, &TaskTracker::finished, this, [this, server, tracker] {
        // A task that existed ended: its slot on the account is free (for 421 bookkeeping).
        const TaskState state = tracker->state();
        if (!tracker->taskId().isEmpty() && state != TaskState::None && state != TaskState::Unknown) {
            for (auto it = m_gates.begin(); it != m_gates.end(); ++it) {
                if (it.key() == server || it.key().startsWith(server + QLatin1Char('\n')))
                    it->taskEnded();
            }
        }
        scheduleDispatch();
    });
    qint64 jobId = m_runJobs.value(runId);
    if (jobId == 0) {
        for (const Job &job : std::as_const(m_queue->m_list.jobs())) {
            if (job.runId == runId)
                jobId = job.id;
        }
    }
    if (jobId == 0)
        return;
    m_runJobs.insert(runId, jobId);
    connect(tracker, &TaskTracker::submitted, this, [this, jobId](const RunReply &reply) {
        const Job *job = m_queue->job(jobId);
        if (!job || reply.taskId.isEmpty())
            return;
        QueueGate &gate = m_gates[job->gateKey()];
        gate.created();
        gate.online();
        setLiveState(jobId, reply.state == TaskState::Running ? JobState::Running : JobState::Queued, reply.taskId);
        Q_EMIT m_queue->statusChanged();
    });
    connect(tracker, &TaskTracker::stateChanged, this, [this, jobId](TaskState state) {
        if (state == TaskState::Queued || state == TaskState::Create)
            setLiveState(jobId, JobState::Queued);
        else if (state == TaskState::Running)
            setLiveState(jobId, JobState::Running);
    });
    connect(tracker, &TaskTracker::finished, this, [this, jobId, tracker] { onTrackerFinished(jobId, tracker); });
}

void QueueEngine::setLiveState(qint64 jobId, JobState state, const QString &taskId)
{
    const Job *job = m_queue->job(jobId);
    if (!job || !isLive(job->state) || (job->state == state && (taskId.isEmpty() || job->taskId == taskId)))
        return;
    Job next = *job;
    next.state = state;
    if (!taskId.isEmpty())
        next.taskId = taskId;
    m_queue->commit(next);
}

void QueueEngine::onTrackerFinished(qint64 jobId, TaskTracker *tracker)
{
    const Job *job = m_queue->job(jobId);
    if (!job || !isLive(job->state))
        return;
    TrackerEnd end;
    end.state = tracker->state();
    end.error = tracker->lastError();
    end.nodeErrors = tracker->promptTips().hasErrors();
    end.gaveUpOnFailures = tracker->giveUpReason() == GiveUpReason::TooManyFailures;
    const QueueDecision decision = decideEnd(end);
    Job ended = *job;
    const JobError words = describeEnd(end.state, end.error, tracker->failedReason(), tracker->promptTips());
    ended.errorCode = words.code;
    ended.errorText = words.text;
    if (!tracker->taskId().isEmpty())
        ended.taskId = tracker->taskId();
    const QList<TaskOutput> outputs = tracker->outputs();
    if (!outputs.isEmpty())
        ended.coins = outputs.constFirst().consumeCoins;
    if (decision.validation)
        ended.failureKey = failureKey(end.error, tracker->promptTips());
    apply(ended, decision, end.error);
}

void QueueEngine::apply(Job next, const QueueDecision &decision, const ApiError &error)
{
    if (!m_queue->job(next.id))
        return;
    const qint64 refusedRun = next.runId;
    next.state = decision.job;
    if (next.errorText.isEmpty() && error.isError()) {
        next.errorCode = error.kind == ApiError::Kind::Server ? QString::number(error.code) : QString();
        next.errorText = error.message;
    }
    const bool notCreated = decision.job == JobState::Waiting && next.taskId.isEmpty();
    if (notCreated)
        next.runId = 0;
    m_queue->commit(next, [&](QList<Job> &) {
        // A refusal that created nothing (421 and the like) leaves no run behind: the next try makes the attempt's
        // run. A submit that never reached the server has nothing to show either.
        return !notCreated || refusedRun <= 0 || m_history->removeRun(refusedRun);
    });
    applyGate(next, decision, error);
    scheduleDispatch();
}

void QueueEngine::applyGate(const Job &job, const QueueDecision &decision, const ApiError &error)
{
    const QString key = job.gateKey();
    switch (decision.gate) {
    case GateEffect::None:
        return;
    case GateEffect::Busy:
        m_gates[key].busy(error.code, liveCount(job.server), nowMs(), m_timing, random01());
        qCInfo(lcQueue) << "account busy" << error.code << "; slot cap" << m_gates[key].cap();
        break;
    case GateEffect::Offline:
        m_gates[key].offline(nowMs(), m_timing, random01());
        qCInfo(lcQueue) << "offline; retrying after a backoff, kind" << int(error.kind) << error.code;
        break;
    case GateEffect::Hold:
        m_queue->holdGate(key, {decision.hold, error.code, error.message});
        return;
    }
    Q_EMIT m_queue->statusChanged();
}

void QueueEngine::cancelLive(const Job &job)
{
    if (job.state == JobState::Uploading) {
        dropUploads(job.id);
        return;
    }
    TaskTracker *tracker = job.runId > 0 ? m_runs->tracker(job.runId) : nullptr;
    if (!tracker) {
        const std::optional<Endpoint> endpoint = endpointFor(job);
        if (endpoint && m_runs->follow(job.runId, *endpoint))
            tracker = m_runs->tracker(job.runId);
    }
    if (tracker)
        tracker->cancel();
}

void QueueEngine::dropUploads(qint64 jobId)
{
    if (JobUploads *uploads = m_uploads.take(jobId))
        uploads->deleteLater();
}

} // namespace rh
