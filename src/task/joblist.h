#pragma once

#include "model/job.h"
#include "model/queueprogress.h"
#include "store/queuestore.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace rh {

/// The run queue's jobs and batches in memory, in queue order, found by id. RunQueue changes it only after the
/// database took the same change.
class JobList
{
public:
    const QList<Job> &jobs() const { return m_jobs; }
    int size() const { return int(m_jobs.size()); }
    int indexOf(qint64 id) const { return m_index.value(id, -1); }
    const Job *job(qint64 id) const;
    Job *find(qint64 id);

    /// Replaces every job (restore, reorder).
    void setJobs(const QList<Job> &jobs);
    /// Appends; returns the index of the first.
    int append(const QList<Job> &jobs);
    /// Removes jobs, and batches left without one; returns the batches the removed jobs belonged to.
    QSet<qint64> remove(const QList<qint64> &ids);

    QList<BatchRecord> batches() const { return m_batches.values(); }
    std::optional<BatchRecord> batch(qint64 id) const;
    void setBatch(const BatchRecord &batch) { m_batches.insert(batch.id, batch); }
    bool isBatchHeld(qint64 batchId) const;
    /// Some job of the batch (0 = of no batch) has not ended.
    bool isPending(qint64 batchId) const;

    QueueCounts counts(std::optional<qint64> batchId) const { return countJobs(m_jobs, batchId); }
    /// Gate keys of jobs that wait or are live.
    QStringList activeGates() const;

private:
    void rebuildIndex();

    QList<Job> m_jobs;
    QHash<qint64, int> m_index;
    QHash<qint64, BatchRecord> m_batches;
};

} // namespace rh
