#include "model/queueorder.h"

#include <algorithm>

namespace rh {

QList<Job> movedJobs(const QList<Job> &jobs, const QList<qint64> &ids, int index)
{
    index = std::clamp(index, 0, int(jobs.size()));
    QList<Job> moving;
    QList<Job> staying;
    int insertAt = -1;
    for (int i = 0; i < jobs.size(); ++i) {
        if (i == index)
            insertAt = int(staying.size());
        const Job &job = jobs.at(i);
        const bool movable = job.state == JobState::Waiting || job.state == JobState::OnHold;
        (movable && ids.contains(job.id) ? moving : staying).append(job);
    }
    if (moving.isEmpty())
        return jobs;
    if (insertAt < 0)
        insertAt = int(staying.size());
    for (int i = 0; i < moving.size(); ++i)
        staying.insert(insertAt + i, moving.at(i));
    for (int i = 0; i < staying.size(); ++i)
        staying[i].position = i + 1;
    return staying;
}

Job nextAttempt(Job job)
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

QList<QString> endedFailureKeys(const QList<Job> &jobs, qint64 batchId)
{
    QList<const Job *> ended;
    for (const Job &job : jobs) {
        if (job.origin.batchId == batchId && isEnded(job.state))
            ended.append(&job);
    }
    std::stable_sort(ended.begin(), ended.end(), [](const Job *a, const Job *b) {
        return a->stateChangedAtMs != b->stateChangedAtMs ? a->stateChangedAtMs < b->stateChangedAtMs : a->id < b->id;
    });
    QList<QString> keys;
    for (const Job *job : std::as_const(ended))
        keys.append(job->state == JobState::Failed ? job->failureKey : QString());
    return keys;
}

} // namespace rh
