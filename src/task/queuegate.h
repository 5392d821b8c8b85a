#pragma once

#include "model/queuepolicy.h"

#include <QtGlobal>

namespace rh {

/// How long the queue waits. Injected so tests run in milliseconds.
struct QueueTiming
{
    int busyBaseMs = 5000;    ///< after a 421/415: 5 s, doubling …
    int busyCapMs = 60000;    ///< … to 60 s
    int offlineBaseMs = 5000; ///< after a network failure: 5 s, doubling …
    int offlineCapMs = 60000; ///< … to 60 s
    double jitter = 0.2;      ///< each delay is spread by ± this fraction, so many clients do not retry in step
};

/// Pure: baseMs doubled once per earlier failure and capped (backoffDelayMs), then spread by ±jitter with
/// @p random01 in [0, 1) (0.5 = no change); never above capMs, never below 0.
int jitteredDelayMs(int baseMs, int failures, int capMs, double jitter, double random01);

/// The state one scope of the queue shares — a server, and an account once there are several: whether its account
/// is busy (421/415), the network is down, or it is held, and how many runs may start. Pure: every decision takes
/// "now", so it is table-tested without timers.
class QueueGate
{
public:
    enum class Status {
        Open,
        Busy,    ///< a 421/415 came: a slot is taken off until a task ends; retry after the backoff
        Offline, ///< a call failed on the network: no submit until a probe (a call that changes nothing) answers
        Held,    ///< hold(): nothing starts until release()
    };

    Status status() const;
    /// How many more runs may start now with @p slots allowed and @p live already live in this scope.
    int startable(int slots, int live, qint64 nowMs) const;
    /// The offline wait is over: send a probe before anything else.
    bool wantsProbe(qint64 nowMs) const;
    /// When the status may change by itself (a backoff ends); 0 = not by itself.
    qint64 wakeAtMs(qint64 nowMs) const;

    /// A 421/415 (or rate limit @p code) came while @p live other runs of the scope were live.
    void busy(int code, int live, qint64 nowMs, const QueueTiming &timing, double random01);
    /// A task was created: the account took it, so it is not busy any more (the slot cap stays until a task ends).
    void created();
    /// A task of this scope ended: a slot is free again on the account.
    void taskEnded();
    void offline(qint64 nowMs, const QueueTiming &timing, double random01);
    /// A call came back with an answer: the network is there.
    void online();
    void hold(const Hold &hold) { m_hold = hold; }
    void release() { m_hold = {}; }

    const Hold &heldFor() const { return m_hold; }
    int busyCode() const { return m_busyCode; }
    /// The slot cap a 421 set (-1 = none).
    int cap() const { return m_cap; }
    /// When the current backoff (busy or offline) ends; 0 = none.
    qint64 retryAtMs() const;

private:
    Hold m_hold;
    int m_cap = -1;
    int m_busyCode = 0;
    int m_busyStreak = 0;
    qint64 m_busyUntilMs = 0;
    int m_offlineStreak = 0;
    qint64 m_offlineUntilMs = 0;
    bool m_offline = false;
};

} // namespace rh
