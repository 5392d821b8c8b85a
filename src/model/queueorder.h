#pragma once

#include "model/job.h"

#include <QList>
#include <QString>

namespace rh {

/// Pure: the queue after moving the waiting (or held) jobs among @p ids, in queue order, to stand before the job
/// now at @p index (jobs.size() = the end); other jobs keep their order. Positions are renumbered 1…n. The same
/// list when nothing can move.
QList<Job> movedJobs(const QList<Job> &jobs, const QList<qint64> &ids, int index);

/// Pure: the same job with a new attempt: waiting, no run, task, error or cost yet; the request stays.
Job nextAttempt(Job job);

/// Pure: the fingerprints of the ended jobs of batch @p batchId in the order they ended (oldest first; "" for a
/// job that did not fail validation), for shouldHoldBatch().
QList<QString> endedFailureKeys(const QList<Job> &jobs, qint64 batchId);

} // namespace rh
