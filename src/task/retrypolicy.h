#pragma once

#include <QtGlobal>

namespace rh {

/// How a TaskTracker polls: injected so tests can run in milliseconds and settings can change it.
struct TrackerPolicy
{
    int pollIntervalMs = 5000;       ///< between polls while all is well
    int deadlineMs = 30 * 60 * 1000; ///< give up after this long (long video apps need 30 min)
    int maxConsecutiveFailures = 4;  ///< failed polls in a row before giving up
    int maxBackoffMs = 60000;        ///< cap of the doubling delay after failed polls
    bool liveProgress = true;        ///< open the task's websocket for a progress bar when offered
};

/// Why a tracker stopped looking without a final answer. The taskId is kept either way.
enum class GiveUpReason {
    None,
    TooManyFailures, ///< maxConsecutiveFailures polls failed in a row
    Deadline,        ///< deadlineMs passed
};

/// What to do after a poll came back (or before the first one).
struct PollStep
{
    GiveUpReason giveUp = GiveUpReason::None;
    int delayMs = 0; ///< when giveUp is None: wait this long, then poll
};

/// Pure: baseMs doubled once per failure, capped at capMs; baseMs when failures <= 0. Never overflows.
/// Also used for 421/415 backoff of queued runs.
int backoffDelayMs(int baseMs, int failures, int capMs);

/// Pure: the poll schedule. Gives up after policy.maxConsecutiveFailures failures in a row or when elapsedMs has
/// reached policy.deadlineMs; otherwise waits the (backed-off) interval, but never past the deadline, so that the
/// last poll happens at the deadline.
PollStep nextPollStep(const TrackerPolicy &policy, int consecutiveFailures, qint64 elapsedMs);

} // namespace rh
