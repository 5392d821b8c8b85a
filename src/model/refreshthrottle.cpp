#include "model/refreshthrottle.h"

namespace rh {

qint64 RefreshThrottle::delayFor(RefreshCause cause, qint64 nowMs) const
{
    if (!m_lastMs)
        return 0;
    const qint64 elapsed = nowMs - *m_lastMs;
    if (elapsed >= MinGapMs || elapsed < 0) // a clock that went back must not stop the figure for good
        return 0;
    if (cause == RefreshCause::Tick)
        return -1;
    return MinGapMs - elapsed;
}

} // namespace rh
