#include "model/queueprogress.h"

#include <algorithm>
#include <cmath>

namespace rh {

void QueueCounts::add(JobState state)
{
    ++total;
    switch (state) {
    case JobState::Waiting:
        ++waiting;
        break;
    case JobState::OnHold:
        ++waiting;
        ++onHold;
        break;
    case JobState::Uploading:
    case JobState::Submitting:
    case JobState::Queued:
    case JobState::Running:
        ++live;
        break;
    case JobState::Succeeded:
        ++succeeded;
        break;
    case JobState::Failed:
        ++failed;
        break;
    case JobState::Cancelled:
        ++cancelled;
        break;
    case JobState::Unknown:
        ++unknown;
        break;
    }
}

QueueCounts countJobs(const QList<Job> &jobs, std::optional<qint64> batchId)
{
    QueueCounts counts;
    for (const Job &job : jobs) {
        if (!batchId || job.origin.batchId == *batchId)
            counts.add(job.state);
    }
    return counts;
}

std::optional<qint64> medianMs(QList<qint64> durations)
{
    if (durations.isEmpty())
        return std::nullopt;
    std::sort(durations.begin(), durations.end());
    const qsizetype middle = durations.size() / 2;
    if (durations.size() % 2 == 1)
        return durations.at(middle);
    return (durations.at(middle - 1) + durations.at(middle)) / 2;
}

std::optional<qint64> estimateRemainingMs(const QList<std::optional<qint64>> &waitingJobs,
                                          const QList<std::optional<qint64>> &liveJobs, int slots)
{
    qint64 knownSum = 0;
    int known = 0;
    for (const auto *list : {&waitingJobs, &liveJobs}) {
        for (const std::optional<qint64> &ms : *list) {
            if (ms) {
                knownSum += *ms;
                ++known;
            }
        }
    }
    if (known == 0)
        return std::nullopt;
    const double mean = double(knownSum) / known;
    double work = 0;
    for (const std::optional<qint64> &ms : waitingJobs)
        work += ms ? double(*ms) : mean;
    for (const std::optional<qint64> &ms : liveJobs)
        work += (ms ? double(*ms) : mean) / 2.0;
    return qint64(std::llround(work / std::max(slots, 1)));
}

} // namespace rh
