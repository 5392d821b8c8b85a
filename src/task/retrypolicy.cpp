#include "task/retrypolicy.h"

#include <algorithm>

namespace rh {

int backoffDelayMs(int baseMs, int failures, int capMs)
{
    baseMs = std::max(baseMs, 0);
    capMs = std::max(capMs, 0);
    if (failures <= 0)
        return baseMs;
    qint64 delay = baseMs;
    for (int i = 0; i < failures && delay < capMs; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, std::max(capMs, baseMs)));
}

PollStep nextPollStep(const TrackerPolicy &policy, int consecutiveFailures, qint64 elapsedMs)
{
    PollStep step;
    if (consecutiveFailures >= std::max(policy.maxConsecutiveFailures, 1)) {
        step.giveUp = GiveUpReason::TooManyFailures;
        return step;
    }
    const qint64 remaining = qint64(policy.deadlineMs) - elapsedMs;
    if (remaining <= 0) {
        step.giveUp = GiveUpReason::Deadline;
        return step;
    }
    const int delay = backoffDelayMs(policy.pollIntervalMs, consecutiveFailures, policy.maxBackoffMs);
    step.delayMs = int(std::min<qint64>(delay, remaining));
    return step;
}

} // namespace rh
