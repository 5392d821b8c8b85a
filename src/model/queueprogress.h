#pragma once

#include "model/job.h"

#include <QList>

#include <optional>

namespace rh {

/// How many jobs are where: for the whole queue or one batch.
struct QueueCounts
{
    int total = 0;
    int waiting = 0; ///< waiting or on hold
    int onHold = 0;
    int live = 0; ///< uploading, submitting, queued or running
    int succeeded = 0;
    int failed = 0;
    int cancelled = 0;
    int unknown = 0;

    int done() const { return succeeded + failed + cancelled + unknown; }
    int remaining() const { return total - done(); }
    /// 0–100; 0 for an empty queue.
    int percent() const { return total > 0 ? int(qint64(done()) * 100 / total) : 0; }
    void add(JobState state);
};

/// Pure: counts of @p jobs; only those of @p batchId when it is given (0 = the jobs of no batch).
QueueCounts countJobs(const QList<Job> &jobs, std::optional<qint64> batchId = std::nullopt);

/// Pure: the median of durations (ms); nullopt for none. Even counts take the mean of the middle two.
std::optional<qint64> medianMs(QList<qint64> durations);

/// Pure: about how long the remaining jobs take with @p slots running at once. @p perJob: each remaining job's
/// expected run time (its app's median in the history), nullopt where the app has none; those count as the mean
/// of the known ones. Live jobs count half (they are under way). nullopt ("no estimate yet") when none is known.
std::optional<qint64> estimateRemainingMs(const QList<std::optional<qint64>> &waitingJobs,
                                          const QList<std::optional<qint64>> &liveJobs, int slots);

} // namespace rh
