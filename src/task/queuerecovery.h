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

/// Pure: the history run a recovery lets go of (0 = none). A submit the server refused without creating a task
/// (421 and the like) waits again, and its next submit records the attempt's run: the refused run is removed with
/// the job's new state, as QueueEngine::apply() does when the refusal arrives while the queue runs.
qint64 droppedRunId(const Job &stored, const Job &recovered);

/// Pure: the job state a history run stands for.
JobState jobStateOfRun(const RunRecord &run);

} // namespace rh
