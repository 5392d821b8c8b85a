#pragma once
// The GUI thread's stall meter shared by the benchmarks: a 1 ms timer whose late ticks are time the event loop
// could not react, told apart from the time the thread only waited for a core (Linux schedstat).
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace rh::bench {

inline constexpr double BudgetMs = 16.0;

inline qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

/// The calling thread's time spent runnable but waiting for a core (Linux schedstat, ns); 0 when unknown. On a
/// busy machine part of every gap is the scheduler's, not the window's: this tells the two apart.
class RunQueueWait
{
public:
    RunQueueWait()
        : m_fd(::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC))
    {}
    ~RunQueueWait()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(RunQueueWait)

    qint64 ns() const
    {
        char text[96] = {};
        if (m_fd < 0 || ::pread(m_fd, text, sizeof text - 1, 0) <= 0)
            return 0;
        const QList<QByteArray> fields = QByteArray(text).split(' '); // cpu ns, run-queue wait ns, slices
        return fields.size() > 1 ? fields.at(1).toLongLong() : 0;
    }

private:
    int m_fd = -1;
};

/// What one scenario cost the GUI thread.
struct Stalls
{
    double wallMs = 0;
    double longestGapMs = 0;  ///< the longest time between two ticks of the 1 ms timer
    double longestOwnMs = 0;  ///< the longest gap less the time the thread only waited for a core
    double busiestTickMs = 0; ///< the most GUI-thread CPU between two ticks
    double guiCpuMs = 0;      ///< GUI-thread CPU over the whole scenario
    int ticks = 0;
    int gapsOverBudget = 0;
};

/// A 1 ms timer on the GUI thread: every late tick is time the event loop could not react. Create and use it on
/// the GUI thread.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }

    void start()
    {
        m_result = {};
        m_clock.start();
        m_lastNs = 0;
        m_startCpuNs = m_lastCpuNs = threadCpuNs();
        m_lastWaitNs = m_wait.ns();
        m_timer.start();
    }

    const QObject *timer() const { return &m_timer; }

    Stalls stop()
    {
        tick(); // the stretch since the last tick counts too
        m_timer.stop();
        m_result.wallMs = double(m_clock.nsecsElapsed()) / 1e6;
        m_result.guiCpuMs = double(threadCpuNs() - m_startCpuNs) / 1e6;
        return m_result;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        const qint64 wait = m_wait.ns();
        const double gapMs = double(now - m_lastNs) / 1e6;
        m_result.longestGapMs = qMax(m_result.longestGapMs, gapMs);
        m_result.longestOwnMs = qMax(m_result.longestOwnMs, gapMs - double(wait - m_lastWaitNs) / 1e6);
        m_result.busiestTickMs = qMax(m_result.busiestTickMs, double(cpu - m_lastCpuNs) / 1e6);
        m_result.gapsOverBudget += gapMs > BudgetMs ? 1 : 0;
        m_result.ticks += 1;
        m_lastNs = now;
        m_lastCpuNs = cpu;
        m_lastWaitNs = wait;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    RunQueueWait m_wait;
    qint64 m_lastNs = 0;
    qint64 m_startCpuNs = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_lastWaitNs = 0;
    Stalls m_result;
};

} // namespace rh::bench
