#pragma once

#include <QHash>
#include <QString>

namespace rh::sandbox {

/// Where a simulated task is at a given moment. Cancelled reads as FAILED on the wire.
enum class TaskPhase { Queued, Running, Success, Failed, Cancelled };

/// One task the sandbox accepted. Time is simulated: the phase is computed from the creation time and the
/// timings in force when it was created, at the moment someone asks — no timers.
struct SandboxTask
{
    QString taskId; ///< 19 digits, odd, above 2^53: a double cannot hold it
    QString apiKey;
    QString webappId;
    QString prompt; ///< text drawn on the output pictures
    qint64 createdMs = 0;
    int queuedMs = 0;
    int runningMs = 0;
    int outputCount = 1;
    int steps = 20;     ///< sampler steps the progress socket counts through (the app's "steps" input when it has one)
    qint64 coins = 0;   ///< what it costs when it succeeds (coins per second of its run time)
    bool fails = false; ///< ends FAILED (805 with a failedReason) instead of SUCCESS
    bool rejected = false; ///< failed validation at run time (promptTips with node_errors); never runs
    qint64 cancelledMs = -1;

    /// Rule: queued while elapsed < queuedMs, running while elapsed < queuedMs + runningMs, then finished. So with
    /// 0/0 the very first outputs poll already sees the end (the run reply itself says RUNNING, never SUCCESS).
    TaskPhase phase(qint64 nowMs) const;
    qint64 finishedAtMs() const { return createdMs + queuedMs + runningMs; }
};

/// The wire word for a phase (status endpoint, run reply).
QString phaseWord(TaskPhase phase);

/// All tasks of one sandbox, by id.
class TaskBook
{
public:
    TaskBook();

    SandboxTask &create(const QString &apiKey, qint64 nowMs);
    SandboxTask *find(const QString &taskId);
    const SandboxTask *find(const QString &taskId) const;
    /// Queued or running tasks of this key at nowMs (the concurrency limit counts these).
    int unfinishedCount(const QString &apiKey, qint64 nowMs) const;
    /// Coins spent on finished successful tasks of this key (cancelled and failed tasks cost nothing).
    qint64 coinsSpent(const QString &apiKey, qint64 nowMs) const;
    /// Coins unfinished tasks of this key will spend if they succeed.
    qint64 coinsReserved(const QString &apiKey, qint64 nowMs) const;
    /// Tasks created for this key ("" = every key).
    int createdCount(const QString &apiKey = {}) const;
    /// Tasks created per prompt (the text of the app's first STRING input).
    QHash<QString, int> countByPrompt() const;

private:
    QHash<QString, SandboxTask> m_tasks;
    quint64 m_nextId = 0;
};

} // namespace rh::sandbox
