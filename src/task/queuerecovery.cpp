#include "task/queuerecovery.h"

namespace rh {

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

Job recoveredJob(const Job &stored, const std::optional<RunRecord> &run)
{
    Job job = stored;
    if (job.state == JobState::Uploading) {
        job.state = JobState::Waiting; // uploads are safe to redo
        return job;
    }
    if (!isLive(job.state))
        return job;
    if (!run) {
        // The submit and its history run are written together: no run means nothing was sent, unless the user
        // removed the run from the history since (then a task may exist).
        job.state = job.state == JobState::Submitting && job.runId == 0 ? JobState::Waiting : JobState::Unknown;
        return job;
    }
    job.state = jobStateOfRun(*run);
    job.taskId = run->taskId;
    if (job.state == JobState::Waiting) {
        job.runId = 0;
        job.taskId.clear();
    }
    if (job.state == JobState::Succeeded)
        job.coins = run->coins;
    return job;
}

} // namespace rh
