#include "task/queuegate.h"

#include "task/retrypolicy.h"

#include <algorithm>

namespace rh {

int jitteredDelayMs(int baseMs, int failures, int capMs, double jitter, double random01)
{
    const int delay = backoffDelayMs(baseMs, failures, capMs);
    const double spread = std::clamp(jitter, 0.0, 1.0) * (std::clamp(random01, 0.0, 1.0) * 2.0 - 1.0);
    const qint64 spreadMs = qint64(double(delay) * (1.0 + spread));
    return int(std::clamp<qint64>(spreadMs, 0, std::max(capMs, 0)));
}

QueueGate::Status QueueGate::status() const
{
    if (m_hold.isHeld())
        return Status::Held;
    if (m_offline)
        return Status::Offline;
    if (m_busyCode != 0)
        return Status::Busy;
    return Status::Open;
}

int QueueGate::startable(int slots, int live, qint64 nowMs) const
{
    if (m_hold.isHeld() || m_offline || nowMs < m_busyUntilMs)
        return 0;
    int limit = std::max(slots, 1);
    // After a 421 the account evidently takes no more than were live then; with none of ours live (the website
    // uses the account) one run probes after each backoff.
    if (m_cap >= 0)
        limit = std::min(limit, std::max(m_cap, 1));
    return std::max(0, limit - std::max(live, 0));
}

bool QueueGate::wantsProbe(qint64 nowMs) const
{
    return m_offline && !m_hold.isHeld() && nowMs >= m_offlineUntilMs;
}

qint64 QueueGate::wakeAtMs(qint64 nowMs) const
{
    qint64 wake = 0;
    for (const qint64 at : {m_busyUntilMs, m_offline ? m_offlineUntilMs : 0}) {
        if (at > nowMs && (wake == 0 || at < wake))
            wake = at;
    }
    return wake;
}

qint64 QueueGate::retryAtMs() const
{
    return m_offline ? m_offlineUntilMs : m_busyUntilMs;
}

void QueueGate::busy(int code, int live, qint64 nowMs, const QueueTiming &timing, double random01)
{
    m_busyCode = code;
    m_cap = std::max(live, 0);
    m_busyUntilMs = nowMs + jitteredDelayMs(timing.busyBaseMs, m_busyStreak, timing.busyCapMs, timing.jitter, random01);
    ++m_busyStreak;
}

void QueueGate::created()
{
    m_busyCode = 0;
    m_busyStreak = 0;
}

void QueueGate::taskEnded()
{
    m_cap = -1;
    m_busyUntilMs = 0; // the freed slot can be used now; a further 421 backs off longer (the streak stays)
}

void QueueGate::offline(qint64 nowMs, const QueueTiming &timing, double random01)
{
    m_offline = true;
    m_offlineUntilMs =
        nowMs + jitteredDelayMs(timing.offlineBaseMs, m_offlineStreak, timing.offlineCapMs, timing.jitter, random01);
    ++m_offlineStreak;
}

void QueueGate::online()
{
    m_offline = false;
    m_offlineStreak = 0;
    m_offlineUntilMs = 0;
}

} // namespace rh
