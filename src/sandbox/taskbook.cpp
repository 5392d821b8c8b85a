#include "taskbook.h"

#include <QDateTime>

namespace rh::sandbox {

TaskPhase SandboxTask::phase(qint64 nowMs) const
{
    if (rejected)
        return TaskPhase::Failed;
    if (cancelledMs >= 0 && cancelledMs < finishedAtMs())
        return TaskPhase::Cancelled;
    const qint64 elapsed = nowMs - createdMs;
    if (elapsed < queuedMs)
        return TaskPhase::Queued;
    if (elapsed < qint64(queuedMs) + runningMs)
        return TaskPhase::Running;
    return fails ? TaskPhase::Failed : TaskPhase::Success;
}

QString phaseWord(TaskPhase phase)
{
    switch (phase) {
    case TaskPhase::Queued:
        return QStringLiteral("QUEUED");
    case TaskPhase::Running:
        return QStringLiteral("RUNNING");
    case TaskPhase::Success:
        return QStringLiteral("SUCCESS");
    case TaskPhase::Failed:
    case TaskPhase::Cancelled:
        break;
    }
    return QStringLiteral("FAILED");
}

TaskBook::TaskBook()
{
    // Snowflake-like, as the real ids look: milliseconds since 2010-11-04 shifted past 22 sequence bits, so ids
    // are 19 digits and a sandbox started later never reuses an earlier session's ids (the app keeps history).
    const quint64 sinceEpoch = quint64(QDateTime::currentMSecsSinceEpoch() - 1288834974657LL);
    m_nextId = (sinceEpoch << 22) | 1U;
}

SandboxTask &TaskBook::create(const QString &apiKey, qint64 nowMs)
{
    SandboxTask task;
    task.taskId = QString::number(m_nextId);
    // An even step keeps every id odd, and odd integers above 2^53 have no exact double.
    m_nextId += 2;
    task.apiKey = apiKey;
    task.createdMs = nowMs;
    const QString id = task.taskId;
    m_tasks.insert(id, task);
    return m_tasks[id];
}

SandboxTask *TaskBook::find(const QString &taskId)
{
    const auto it = m_tasks.find(taskId);
    return it == m_tasks.end() ? nullptr : &it.value();
}

const SandboxTask *TaskBook::find(const QString &taskId) const
{
    const auto it = m_tasks.constFind(taskId);
    return it == m_tasks.cend() ? nullptr : &it.value();
}

int TaskBook::unfinishedCount(const QString &apiKey, qint64 nowMs) const
{
    int count = 0;
    for (const SandboxTask &task : m_tasks) {
        const TaskPhase phase = task.phase(nowMs);
        if (task.apiKey == apiKey && (phase == TaskPhase::Queued || phase == TaskPhase::Running))
            ++count;
    }
    return count;
}

qint64 TaskBook::coinsSpent(const QString &apiKey, qint64 nowMs) const
{
    qint64 coins = 0;
    for (const SandboxTask &task : m_tasks) {
        if (task.apiKey == apiKey && task.phase(nowMs) == TaskPhase::Success)
            coins += task.coins;
    }
    return coins;
}

qint64 TaskBook::coinsReserved(const QString &apiKey, qint64 nowMs) const
{
    qint64 coins = 0;
    for (const SandboxTask &task : m_tasks) {
        const TaskPhase phase = task.phase(nowMs);
        if (task.apiKey == apiKey && (phase == TaskPhase::Queued || phase == TaskPhase::Running))
            coins += task.coins;
    }
    return coins;
}

int TaskBook::createdCount(const QString &apiKey) const
{
    if (apiKey.isEmpty())
        return int(m_tasks.size());
    int count = 0;
    for (const SandboxTask &task : m_tasks)
        count += task.apiKey == apiKey ? 1 : 0;
    return count;
}

QHash<QString, int> TaskBook::countByPrompt() const
{
    QHash<QString, int> counts;
    for (const SandboxTask &task : m_tasks)
        counts[task.prompt] += 1;
    return counts;
}

} // namespace rh::sandbox
