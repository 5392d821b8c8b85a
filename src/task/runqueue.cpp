#include "task/runqueue.h"

#include "session/connection.h"
#include "store/appsettings.h"
#include "store/database.h"
#include "store/historystore.h"
#include "task/queueengine.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcQueue, "rhdesk.task.queue")

namespace rh {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// The job state a history run ended in (for a job whose own commit a crash cut off).
JobState jobStateOfRun(const RunRecord &run)
{
    if (run.unknownOutcome)
        return JobState::Unknown;
    switch (run.state) {
    case TaskState::Success:
        return JobState::Succeeded;
    case TaskState::Failed:
    case TaskState::Rejected:
    case TaskState::NotFound:
        return JobState::Failed;
    case TaskState::Cancelled:
        return JobState::Cancelled;
    case TaskState::Unknown:
        return JobState::Unknown;
    case TaskState::None:
        return JobState::Waiting; // refused without a task (421 and the like): nothing was created
    case TaskState::Submitting:
        return run.taskId.isEmpty() ? JobState::Unknown : JobState::Queued;
    case TaskState::Create:
    case TaskState::Queued:
        return JobState::Queued;
    case TaskState::Running:
    case TaskState::GaveUp: // still on the server as far as we know: polled again
        return JobState::Running;
    }
    return JobState::Unknown;
}

} // namespace

RunQueue::RunQueue(Connection *connection, RunManager *runs, Uploader *uploader, HistoryStore *history,
                   QueueStore *store, AppSettings *settings, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_store(store)
    , m_settings(settings)
    , m_engine(new QueueEngine(this, connection, runs, uploader, history, api))
{
    restore();
}

RunQueue::~RunQueue() = default;

void RunQueue::setTiming(const QueueTiming &timing)
{
    m_engine->setTiming(timing);
}

QueueTiming RunQueue::timing() const
{
    return m_engine->timing();
}

void RunQueue::setEndpointResolver(EndpointResolver resolver)
{
    m_engine->setResolver(std::move(resolver));
    m_engine->scheduleDispatch();
}

void RunQueue::setSubmitGuard(SubmitGuard guard)
{
    m_engine->setGuard(std::move(guard));
}

int RunQueue::slots() const
{
    return m_settings->queueSlots();
}

void RunQueue::restore()
{
    m_paused = m_store->isPaused();
    for (const BatchRecord &batch : m_store->batches())
        m_batches.insert(batch.id, batch);
    const QHash<QString, Hold> holds = m_store->holds();
    for (auto it = holds.cbegin(); it != holds.cend(); ++it)
        m_engine->hold(it.key(), it.value());
    m_jobs = m_store->jobs();
    QList<Job> changed;
    for (Job &job : m_jobs) {
        const Job now = reconciled(job);
        if (now.state != job.state || now.taskId != job.taskId || now.runId != job.runId) {
            job = now;
            changed.append(job);
        }
    }
    if (!changed.isEmpty()) {
        qCInfo(lcQueue) << changed.size() << "job(s) picked up where a crash or quit left them";
        m_store->saveAll(changed);
    }
    rebuildIndex();
    updateBusy();
}

Job RunQueue::reconciled(const Job &stored) const
{
    Job job = stored;
    if (job.state == JobState::Uploading) { // uploads are safe to redo
        job.state = JobState::Waiting;
    } else if (isLive(job.state)) {
        const std::optional<RunRecord> run = job.runId > 0 ? m_history->run(job.runId) : std::nullopt;
        if (!run) {
            // The submit and its history run are written together: no run means nothing was sent, unless the
            // user removed the run from the history since (then a task may exist).
            job.state = job.state == JobState::Submitting && job.runId == 0 ? JobState::Waiting : JobState::Unknown;
        } else {
            job.state = jobStateOfRun(*run);
            job.taskId = run->taskId;
            if (job.state == JobState::Waiting)
                job.runId = 0;
            if (job.state == JobState::Succeeded)
                job.coins = run->coins;
        }
    } else {
        return job;
    }
    job.stateChangedAtMs = nowMs();
    return job;
}

void RunQueue::start()
{
    if (m_started)
        return;
    m_started = true;
    m_engine->start();
    updateBusy();
}

QList<qint64> RunQueue::add(const QList<JobSpec> &specs)
{
    QList<Job> jobs;
    for (const JobSpec &spec : specs)
        jobs.append(Job::fromSpec(spec));
    if (jobs.isEmpty() || !m_store->add(jobs))
        return {};
    const int first = int(m_jobs.size());
    QList<qint64> ids;
    for (const Job &job : std::as_const(jobs)) {
        m_jobs.append(job);
        ids.append(job.id);
    }
    rebuildIndex();
    Q_EMIT jobsAdded(first, int(m_jobs.size()) - 1);
    Q_EMIT progressChanged();
    updateBusy();
    m_engine->scheduleDispatch();
    return ids;
}

qint64 RunQueue::addBatch(const BatchRecord &batch, const QList<JobSpec> &specs)
{
    QList<Job> jobs;
    for (const JobSpec &spec : specs)
        jobs.append(Job::fromSpec(spec));
    BatchRecord stored = batch;
    if (jobs.isEmpty() || !m_store->add(jobs, &stored))
        return 0;
    m_batches.insert(stored.id, stored);
    const int first = int(m_jobs.size());
    m_jobs.append(jobs);
    rebuildIndex();
    Q_EMIT jobsAdded(first, int(m_jobs.size()) - 1);
    Q_EMIT progressChanged();
    updateBusy();
    m_engine->scheduleDispatch();
    return stored.id;
}

const Job *RunQueue::job(qint64 id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_jobs.at(index);
}

Job *RunQueue::findJob(qint64 id)
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_jobs[index];
}

std::optional<BatchRecord> RunQueue::batch(qint64 id) const
{
    const auto it = m_batches.constFind(id);
    return it == m_batches.cend() ? std::nullopt : std::optional<BatchRecord>(*it);
}

void RunQueue::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_jobs.size());
    for (int i = 0; i < m_jobs.size(); ++i)
        m_index.insert(m_jobs.at(i).id, i);
}

bool RunQueue::commit(const Job &job, const WriteAlso &alsoWrite)
{
    return commitAll({job}, alsoWrite);
}

bool RunQueue::commitAll(const QList<Job> &jobs, const WriteAlso &alsoWrite)
{
    QList<Job> written = jobs;
    const qint64 now = nowMs();
    for (Job &job : written) {
        const Job *before = this->job(job.id);
        if (before && before->state != job.state)
            job.stateChangedAtMs = now;
    }
    const bool ok = m_store->database()->transaction(
        [&](QSqlDatabase &) { return (!alsoWrite || alsoWrite(written)) && m_store->saveAll(written); });
    if (!ok) {
        qCWarning(lcQueue) << "could not write" << written.size() << "job(s); nothing changed";
        return false;
    }
    for (const Job &job : std::as_const(written)) {
        Job *slot = findJob(job.id);
        if (!slot)
            continue;
        const Job before = *slot;
        *slot = job;
        announce(before, job);
    }
    Q_EMIT progressChanged();
    updateBusy();
    return true;
}

void RunQueue::announce(const Job &before, const Job &after)
{
    Q_EMIT jobChanged(after.id);
    if (isEnded(after.state) && !isEnded(before.state)) {
        if (after.origin.batchId == 0)
            m_looseEnded = true;
        if (after.state == JobState::Succeeded)
            m_medians.remove(after.server + QLatin1Char('\n') + after.request.webappId);
        Q_EMIT jobEnded(after.id);
        if (after.state == JobState::Failed && !after.failureKey.isEmpty())
            checkBatchRule(after.origin.batchId);
        checkFinished(after.origin.batchId);
    }
}

void RunQueue::pause()
{
    if (m_paused || !m_store->setPaused(true))
        return;
    m_paused = true;
    Q_EMIT statusChanged();
    updateBusy();
}

void RunQueue::resume()
{
    QList<Job> held;
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.state == JobState::OnHold) {
            held.append(job);
            held.last().state = JobState::Waiting;
        }
    }
    const bool ok = commitAll(held, [this](QList<Job> &) {
        bool written = m_store->setPaused(false);
        for (BatchRecord &batch : m_batches) {
            if (batch.hold.isHeld()) {
                batch.hold = {};
                written = written && m_store->saveBatch(batch);
            }
        }
        const QHash<QString, Hold> holds = m_store->holds();
        for (auto it = holds.cbegin(); it != holds.cend(); ++it)
            written = written && m_store->setHold(it.key(), {});
        return written;
    });
    if (!ok) {
        m_batches.clear(); // read back what the database kept
        for (const BatchRecord &batch : m_store->batches())
            m_batches.insert(batch.id, batch);
        return;
    }
    m_paused = false;
    m_engine->releaseAll();
    Q_EMIT statusChanged();
    updateBusy();
    m_engine->scheduleDispatch();
}

int RunQueue::cancel(const QList<qint64> &ids)
{
    QList<qint64> remove;
    int live = 0;
    for (const qint64 id : ids) {
        const Job *job = this->job(id);
        if (!job)
            continue;
        if (job->state == JobState::Waiting || job->state == JobState::OnHold || job->state == JobState::Uploading) {
            remove.append(id);
        } else if (isLive(job->state)) {
            m_engine->cancelLive(*job);
            ++live;
        }
    }
    removeJobs(remove);
    return int(remove.size()) + live;
}

Job RunQueue::nextAttempt(Job job) const
{
    job.state = JobState::Waiting;
    job.attempt += 1;
    job.runId = 0;
    job.taskId.clear();
    job.errorCode.clear();
    job.errorText.clear();
    job.failureKey.clear();
    job.coins.clear();
    return job;
}

int RunQueue::retry(const QList<qint64> &ids)
{
    QList<Job> again;
    for (const qint64 id : ids) {
        const Job *job = this->job(id);
        if (job && (job->state == JobState::Failed || job->state == JobState::Cancelled))
            again.append(nextAttempt(*job));
    }
    if (again.isEmpty() || !commitAll(again))
        return 0;
    m_engine->scheduleDispatch();
    return int(again.size());
}

int RunQueue::retryFailed()
{
    QList<qint64> failed;
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.state == JobState::Failed)
            failed.append(job.id);
    }
    return retry(failed);
}

bool RunQueue::runAgainAnyway(qint64 id)
{
    const Job *job = this->job(id);
    if (!job || job->state != JobState::Unknown || !commit(nextAttempt(*job)))
        return false;
    m_engine->scheduleDispatch();
    return true;
}

int RunQueue::forget(const QList<qint64> &ids)
{
    QList<qint64> remove;
    for (const qint64 id : ids) {
        const Job *job = this->job(id);
        if (job && job->state == JobState::Unknown)
            remove.append(id);
    }
    removeJobs(remove);
    return int(remove.size());
}

int RunQueue::removeFinished(const QList<qint64> &ids)
{
    QList<qint64> remove;
    for (const Job &job : std::as_const(m_jobs)) {
        const bool chosen = ids.isEmpty() || ids.contains(job.id);
        if (chosen && isEnded(job.state) && job.state != JobState::Unknown)
            remove.append(job.id);
    }
    removeJobs(remove);
    return int(remove.size());
}

void RunQueue::removeJobs(const QList<qint64> &ids)
{
    if (ids.isEmpty() || !m_store->remove(ids))
        return;
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    Q_EMIT aboutToReset();
    QSet<qint64> batchesTouched;
    QList<Job> kept;
    kept.reserve(m_jobs.size());
    for (const Job &job : std::as_const(m_jobs)) {
        if (gone.contains(job.id)) {
            m_engine->dropUploads(job.id);
            batchesTouched.insert(job.origin.batchId);
        } else {
            kept.append(job);
        }
    }
    m_jobs = kept;
    rebuildIndex();
    QSet<qint64> batchesLeft;
    for (const Job &job : std::as_const(m_jobs))
        batchesLeft.insert(job.origin.batchId);
    for (auto it = m_batches.begin(); it != m_batches.end();)
        it = batchesLeft.contains(it.key()) ? std::next(it) : m_batches.erase(it);
    Q_EMIT reset();
    for (const qint64 batchId : std::as_const(batchesTouched))
        checkFinished(batchId);
    Q_EMIT progressChanged();
    updateBusy();
    m_engine->scheduleDispatch();
}

bool RunQueue::move(const QList<qint64> &ids, int index)
{
    index = std::clamp(index, 0, int(m_jobs.size()));
    QList<Job> moving;
    QList<Job> staying;
    int insertAt = -1;
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (i == index)
            insertAt = int(staying.size());
        const Job &job = m_jobs.at(i);
        const bool movable = job.state == JobState::Waiting || job.state == JobState::OnHold;
        (movable && ids.contains(job.id) ? moving : staying).append(job);
    }
    if (insertAt < 0)
        insertAt = int(staying.size());
    if (moving.isEmpty())
        return false;
    for (int i = 0; i < moving.size(); ++i)
        staying.insert(insertAt + i, moving.at(i));
    QList<Job> renumbered;
    for (int i = 0; i < staying.size(); ++i) {
        if (staying.at(i).position != i + 1 || staying.at(i).id != m_jobs.at(i).id) {
            staying[i].position = i + 1;
            renumbered.append(staying.at(i));
        }
    }
    if (!m_store->saveAll(renumbered))
        return false;
    Q_EMIT aboutToReset();
    m_jobs = staying;
    rebuildIndex();
    Q_EMIT reset();
    m_engine->scheduleDispatch();
    return true;
}

void RunQueue::holdBatch(qint64 batchId, const Hold &hold)
{
    auto it = m_batches.find(batchId);
    if (it == m_batches.end())
        return;
    BatchRecord batch = *it;
    batch.hold = hold;
    QList<Job> held;
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.origin.batchId == batchId && job.state == JobState::Waiting) {
            held.append(job);
            held.last().state = JobState::OnHold;
        }
    }
    if (!commitAll(held, [&](QList<Job> &) { return m_store->saveBatch(batch); }))
        return;
    *it = batch;
    qCInfo(lcQueue) << "batch" << batchId << "on hold:" << holdReasonKey(hold.reason) << hold.code;
    Q_EMIT statusChanged();
    updateBusy();
}

void RunQueue::holdGate(const QString &gateKey, const Hold &hold)
{
    if (!m_store->setHold(gateKey, hold))
        return;
    m_engine->hold(gateKey, hold);
    qCInfo(lcQueue) << "jobs of a server on hold:" << holdReasonKey(hold.reason) << hold.code;
    Q_EMIT statusChanged();
    updateBusy();
}

bool RunQueue::isBatchHeld(qint64 batchId) const
{
    return batchId > 0 && m_batches.value(batchId).hold.isHeld();
}

void RunQueue::checkBatchRule(qint64 batchId)
{
    if (batchId == 0 || isBatchHeld(batchId))
        return;
    QList<const Job *> ended;
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.origin.batchId == batchId && isEnded(job.state))
            ended.append(&job);
    }
    // Looked at once, when the third job of the batch ends: after a Resume the batch goes on.
    if (ended.size() != 3)
        return;
    std::sort(ended.begin(), ended.end(), [](const Job *a, const Job *b) {
        return a->stateChangedAtMs != b->stateChangedAtMs ? a->stateChangedAtMs < b->stateChangedAtMs : a->id < b->id;
    });
    QList<QString> keys;
    for (const Job *job : std::as_const(ended))
        keys.append(job->state == JobState::Failed ? job->failureKey : QString());
    if (shouldHoldBatch(keys))
        holdBatch(batchId, {HoldReason::Validation, ended.first()->errorCode.toInt(), ended.first()->errorText});
}

void RunQueue::checkFinished(qint64 batchId)
{
    const auto pending = [batchId](const Job &job) { return job.origin.batchId == batchId && !isEnded(job.state); };
    if (std::any_of(m_jobs.cbegin(), m_jobs.cend(), pending))
        return;
    if (batchId == 0) {
        if (!m_looseEnded)
            return;
        m_looseEnded = false;
        Q_EMIT batchFinished(0);
        return;
    }
    auto it = m_batches.find(batchId);
    if (it == m_batches.end() || it->notified)
        return;
    it->notified = true;
    m_store->saveBatch(*it);
    Q_EMIT batchFinished(batchId);
}

void RunQueue::updateBusy()
{
    bool busy = false;
    if (m_started && !m_paused) {
        for (const Job &job : std::as_const(m_jobs)) {
            if (isLive(job.state) || (job.state == JobState::Waiting && !isBatchHeld(job.origin.batchId) &&
                                      !m_engine->gate(job.gateKey()).heldFor().isHeld())) {
                busy = true;
                break;
            }
        }
    }
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

QueueCounts RunQueue::counts(std::optional<qint64> batchId) const
{
    return countJobs(m_jobs, batchId);
}

std::optional<qint64> RunQueue::estimateRemainingMs(std::optional<qint64> batchId) const
{
    QList<std::optional<qint64>> waiting;
    QList<std::optional<qint64>> live;
    for (const Job &job : m_jobs) {
        if ((batchId && job.origin.batchId != *batchId) || isEnded(job.state))
            continue;
        const QString key = job.server + QLatin1Char('\n') + job.request.webappId;
        auto it = m_medians.find(key);
        if (it == m_medians.end())
            it = m_medians.insert(key, m_history->medianRunMs(job.server, job.request.webappId));
        (isLive(job.state) ? live : waiting).append(*it);
    }
    if (waiting.isEmpty() && live.isEmpty())
        return 0;
    return rh::estimateRemainingMs(waiting, live, slots());
}

QueueGate RunQueue::gate(const QString &gateKey) const
{
    return m_engine->gate(gateKey);
}

QStringList RunQueue::waitingGates() const
{
    QStringList keys;
    for (const Job &job : m_jobs) {
        if ((job.state == JobState::Waiting || isLive(job.state)) && !keys.contains(job.gateKey()))
            keys.append(job.gateKey());
    }
    return keys;
}

} // namespace rh
