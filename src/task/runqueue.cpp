#include "task/runqueue.h"

#include "model/queueorder.h"
#include "session/connection.h"
#include "store/appsettings.h"
#include "store/database.h"
#include "store/historystore.h"
#include "task/queueengine.h"
#include "task/queuelog.h"
#include "task/queuerecovery.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

namespace rh {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
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
        m_list.setBatch(batch);
    const QHash<QString, Hold> holds = m_store->holds();
    for (auto it = holds.cbegin(); it != holds.cend(); ++it)
        m_engine->hold(it.key(), it.value());
    QList<Job> jobs = m_store->jobs();
    QList<Job> changed;
    QList<qint64> dropped;
    for (Job &job : jobs) {
        const std::optional<RunRecord> run =
            isLive(job.state) && job.runId > 0 ? m_history->run(job.runId) : std::nullopt;
        Job now = recoveredJob(job, run);
        if (const qint64 runId = droppedRunId(job, now))
            dropped.append(runId);
        if (now.state != job.state || now.taskId != job.taskId || now.runId != job.runId) {
            now.stateChangedAtMs = nowMs();
            job = now;
            changed.append(job);
        }
    }
    if (!changed.isEmpty()) {
        qCInfo(lcQueue) << changed.size() << "job(s) picked up where a crash or quit left them";
        // A kill between the history's "refused" and the queue's own commit left the refused run behind: it goes
        // with the job's new state, or the resend would make the attempt's second run.
        const bool saved = m_store->database()->transaction([&](QSqlDatabase &) {
            for (const qint64 runId : std::as_const(dropped)) {
                if (!m_history->removeRun(runId))
                    return false;
            }
            return m_store->saveAll(changed);
        });
        if (!saved)
            qCWarning(lcQueue) << "could not write" << changed.size() << "recovered job(s)";
    }
    m_list.setJobs(jobs);
    updateBusy();
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
    const int first = m_list.append(jobs);
    QList<qint64> ids;
    for (const Job &job : std::as_const(jobs))
        ids.append(job.id);
    Q_EMIT jobsAdded(first, m_list.size() - 1);
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
    if (stored.capCoins <= 0) // the cap new batches get from the settings (0 = none)
        stored.capCoins = m_settings->coinsLimit(AppSettings::Key::BatchCapCoins);
    if (jobs.isEmpty() || !m_store->add(jobs, &stored))
        return 0;
    m_list.setBatch(stored);
    const int first = m_list.append(jobs);
    Q_EMIT jobsAdded(first, m_list.size() - 1);
    Q_EMIT progressChanged();
    updateBusy();
    m_engine->scheduleDispatch();
    return stored.id;
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
        Job *slot = m_list.find(job.id);
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
    for (const Job &job : m_list.jobs()) {
        if (job.state == JobState::OnHold) {
            held.append(job);
            held.last().state = JobState::Waiting;
        }
    }
    const bool ok = commitAll(held, [this](QList<Job> &) {
        bool written = m_store->setPaused(false);
        for (BatchRecord batch : m_list.batches()) {
            if (batch.hold.isHeld()) {
                batch.hold = {};
                written = written && m_store->saveBatch(batch);
                m_list.setBatch(batch); // rolled back below when the transaction fails
            }
        }
        const QHash<QString, Hold> holds = m_store->holds();
        for (auto it = holds.cbegin(); it != holds.cend(); ++it)
            written = written && m_store->setHold(it.key(), {});
        return written;
    });
    if (!ok) {
        for (const BatchRecord &batch : m_store->batches()) // what the database kept
            m_list.setBatch(batch);
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
    for (const Job &job : m_list.jobs()) {
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
    for (const Job &job : m_list.jobs()) {
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
    for (const qint64 id : ids)
        m_engine->dropUploads(id);
    Q_EMIT aboutToReset();
    const QSet<qint64> touched = m_list.remove(ids);
    Q_EMIT reset();
    for (const qint64 batchId : touched)
        checkFinished(batchId);
    Q_EMIT progressChanged();
    updateBusy();
    m_engine->scheduleDispatch();
}

bool RunQueue::move(const QList<qint64> &ids, int index)
{
    const QList<Job> &jobs = m_list.jobs();
    const QList<Job> moved = movedJobs(jobs, ids, index);
    QList<Job> renumbered;
    for (int i = 0; i < moved.size(); ++i) {
        if (moved.at(i).id != jobs.at(i).id || moved.at(i).position != jobs.at(i).position)
            renumbered.append(moved.at(i));
    }
    if (renumbered.isEmpty() || !m_store->saveAll(renumbered))
        return false;
    Q_EMIT aboutToReset();
    m_list.setJobs(moved);
    Q_EMIT reset();
    m_engine->scheduleDispatch();
    return true;
}

void RunQueue::holdBatch(qint64 batchId, const Hold &hold)
{
    std::optional<BatchRecord> batch = m_list.batch(batchId);
    if (!batch)
        return;
    batch->hold = hold;
    QList<Job> held;
    for (const Job &job : m_list.jobs()) {
        if (job.origin.batchId == batchId && job.state == JobState::Waiting) {
            held.append(job);
            held.last().state = JobState::OnHold;
        }
    }
    if (!commitAll(held, [&](QList<Job> &) { return m_store->saveBatch(*batch); }))
        return;
    m_list.setBatch(*batch);
    qCInfo(lcQueue) << "batch" << batchId << "on hold:" << holdReasonKey(hold.reason) << hold.code;
    Q_EMIT statusChanged();
    updateBusy();
}

bool RunQueue::setBatchCap(qint64 batchId, qint64 capCoins)
{
    std::optional<BatchRecord> batch = m_list.batch(batchId);
    if (!batch || batch->capCoins == qMax<qint64>(0, capCoins))
        return false;
    batch->capCoins = qMax<qint64>(0, capCoins);
    if (!m_store->saveBatch(*batch))
        return false;
    m_list.setBatch(*batch);
    Q_EMIT statusChanged();
    m_engine->scheduleDispatch();
    return true;
}

void RunQueue::recheck()
{
    m_engine->scheduleDispatch();
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

void RunQueue::checkBatchRule(qint64 batchId)
{
    if (batchId == 0 || m_list.isBatchHeld(batchId))
        return;
    // Looked at once, when the third job of the batch ends: after a Resume the batch goes on.
    const QList<QString> keys = endedFailureKeys(m_list.jobs(), batchId);
    if (keys.size() != 3 || !shouldHoldBatch(keys))
        return;
    const auto first = std::find_if(m_list.jobs().cbegin(), m_list.jobs().cend(), [&](const Job &job) {
        return job.origin.batchId == batchId && job.failureKey == keys.first();
    });
    holdBatch(batchId, {HoldReason::Validation, first->errorCode.toInt(), first->errorText});
}

void RunQueue::checkFinished(qint64 batchId)
{
    if (m_list.isPending(batchId))
        return;
    if (batchId == 0) {
        if (!m_looseEnded)
            return;
        m_looseEnded = false;
        Q_EMIT batchFinished(0);
        return;
    }
    std::optional<BatchRecord> batch = m_list.batch(batchId);
    if (!batch || batch->notified)
        return;
    batch->notified = true;
    m_store->saveBatch(*batch);
    m_list.setBatch(*batch);
    Q_EMIT batchFinished(batchId);
}

void RunQueue::updateBusy()
{
    bool busy = false;
    if (m_started && !m_paused) {
        for (const Job &job : m_list.jobs()) {
            if (isLive(job.state) || (job.state == JobState::Waiting && !m_list.isBatchHeld(job.origin.batchId) &&
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
    return m_list.counts(batchId);
}

std::optional<qint64> RunQueue::estimateRemainingMs(std::optional<qint64> batchId) const
{
    QList<std::optional<qint64>> waiting;
    QList<std::optional<qint64>> live;
    for (const Job &job : m_list.jobs()) {
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
    return m_list.activeGates();
}

} // namespace rh
