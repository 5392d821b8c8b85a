#pragma once

#include "model/job.h"
#include "store/historystore.h"

#include <optional>

namespace rh {

/// Pure: where a stored job stands after a crash or quit, given the history run of its current attempt. Uploads
/// are redone (waiting); a job whose run ended while the app was away takes that end; a run with a task is polled
/// again (queued/running); a submit without an answer is Unknown (HistoryStore::markInterruptedSubmits marks the
/// run first) and never resent by itself. Jobs that were not live are returned as they are.
Job recoveredJob(const Job &stored, const std::optional<RunRecord> &run);

/// Pure: the job state a history run stands for.
JobState jobStateOfRun(const RunRecord &run);

} // namespace rh
