#pragma once

#include <QtGlobal>

#include <optional>

namespace rh {

/// Why the account status would be asked for again.
enum class RefreshCause {
    Start, ///< the app started, or the server or key changed
    RunEnded,
    Refused, ///< a 414/416 put the account on hold
    Tick,    ///< the minute timer while the queue has live jobs
};

/// Pure: how often accountStatus may be asked. At most once per MinGapMs whatever the cause; a run that ends (or a
/// refusal) inside the gap is answered at the gap's end, a minute tick inside it is dropped (the figure is fresh).
class RefreshThrottle
{
public:
    static constexpr qint64 MinGapMs = 10000;
    static constexpr qint64 TickMs = 60000;

    /// How long to wait before asking for @p cause: 0 = now, > 0 = after that many ms, -1 = not at all.
    qint64 delayFor(RefreshCause cause, qint64 nowMs) const;
    /// An answer was asked for at @p nowMs.
    void asked(qint64 nowMs) { m_lastMs = nowMs; }
    /// Forget the last ask (the server or key changed: the next figure is another account's).
    void reset() { m_lastMs.reset(); }

private:
    std::optional<qint64> m_lastMs;
};

} // namespace rh
