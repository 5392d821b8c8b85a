// The window with 200 jobs in the queue view and 20 of them live against the sandbox: prints the longest stall of
// the GUI event loop (a 1 ms timer records the gaps between its ticks) and the CPU time the app spent per job.
// The sandbox runs in a thread of its own, at idle priority, so its work is neither a stall nor the app's CPU time.
// Built only with -DRHDESK_BUILD_BENCH=ON (preset "bench"); run by hand:
//   QT_QPA_PLATFORM=offscreen ./bench_queue [jobs] [slots]
#include "mainwindow.h"
#include "queue/queueview.h"
#include "queuefixture.h"

#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "session/services.h"
#include "store/appsettings.h"
#include "task/runmanager.h"
#include "task/runqueue.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdlib>
#include <ctime>
#include <sys/resource.h>

using namespace rh;

namespace {

QTextStream out(stdout);

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// A SandboxServer living in its own thread; its CPU time is measured there.
class SandboxThread
{
public:
    explicit SandboxThread(int concurrency)
    {
        m_thread.reset(QThread::create([this, concurrency] {
            SandboxServer server;
            server.start();
            server.setTimings(0, 1000);
            server.setConcurrencyLimit(concurrency);
            m_url = server.baseUrl();
            m_ready.release();
            QEventLoop loop;
            QObject::connect(m_thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
            m_loop = &loop;
            loop.exec();
            m_cpu = threadCpuSeconds();
            m_tasks = server.taskCount();
        }));
        // The simulated server draws a PNG per output; on a small machine it must not take the GUI thread's turn,
        // or the stalls measured are the sandbox's, not the app's (Linux: SCHED_IDLE).
        m_thread->start(QThread::IdlePriority);
        m_ready.acquire();
    }
    ~SandboxThread() { stop(); }
    void stop()
    {
        if (!m_thread->isRunning())
            return;
        QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
        m_thread->wait();
    }
    QUrl url() const { return m_url; }
    double cpuSeconds() const { return m_cpu; }
    int tasks() const { return m_tasks; }

private:
    std::unique_ptr<QThread> m_thread;
    QSemaphore m_ready;
    QUrl m_url;
    QEventLoop *m_loop = nullptr;
    double m_cpu = 0;
    int m_tasks = 0;
};

/// Records the longest gap between ticks of a 1 ms timer: how long the GUI thread could not react.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 gap = m_clock.nsecsElapsed();
            m_clock.restart();
            m_longest = qMax(m_longest, gap);
            m_over16 += gap > 16000000 ? 1 : 0;
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return double(m_longest) / 1e6; }
    int over16() const { return m_over16; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    int m_over16 = 0;
    int m_ticks = 0;
};

/// Times every event the GUI thread handles: the longest one names what blocked the loop (a stall with no long
/// event was the machine's scheduler, not the app).
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread() || m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        const char *className = receiver->metaObject()->className();
        const int type = int(event->type());
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = threadCpuSeconds();
        const bool handled = QApplication::notify(receiver, event); // may delete receiver
        const qint64 ns = timer.nsecsElapsed();
        const qint64 cpuNs = qint64((threadCpuSeconds() - cpuBefore) * 1e9);
        --m_depth;
        if (m_recording && ns > m_longestNs) {
            m_longestNs = ns;
            m_longestWhat = QStringLiteral("%1 (event type %2)").arg(QString::fromLatin1(className)).arg(type);
        }
        if (m_recording && cpuNs > m_longestCpuNs) {
            m_longestCpuNs = cpuNs;
            m_longestCpuWhat = QStringLiteral("%1 (event type %2)").arg(QString::fromLatin1(className)).arg(type);
        }
        return handled;
    }
    void record(bool on)
    {
        m_recording = on;
        if (on) {
            m_longestNs = 0;
            m_longestCpuNs = 0;
            m_longestWhat.clear();
            m_longestCpuWhat.clear();
        }
    }
    double longestMs() const { return double(m_longestNs) / 1e6; }
    QString longestWhat() const { return m_longestWhat; }
    /// The same in CPU time of the GUI thread: what the app itself spent, whatever else the machine did.
    double longestCpuMs() const { return double(m_longestCpuNs) / 1e6; }
    QString longestCpuWhat() const { return m_longestCpuWhat; }

private:
    int m_depth = 0;
    bool m_recording = false;
    qint64 m_longestNs = 0;
    qint64 m_longestCpuNs = 0;
    QString m_longestWhat;
    QString m_longestCpuWhat;
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    const int jobs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;
    const int slots = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 20;
    QTemporaryDir dir;
    SandboxThread sandbox(slots);

    ServicesConfig config;
    config.paths = DataPaths::inFolder(dir.path());
    config.memoryKeys = true;
    config.fixed = {sandbox.url(), QStringLiteral("sandbox"), SandboxServer::demoApiKey(), QStringLiteral("Sandbox")};
    config.sleep.useLogin1 = false;
    {
        AppSettings settings(config.paths.settingsFile);
        settings.setOutputFolder(dir.filePath(QStringLiteral("results")));
        settings.setQueueSlots(slots);
    }
    Services services(config);
    TrackerPolicy policy = test::fastTrackerPolicy();
    policy.pollIntervalMs = 200;
    services.runs()->setPolicy(policy);
    MainWindow::Options options;
    options.sandbox = true;
    MainWindow window(&services, options);
    window.resize(1280, 800);
    window.show();
    window.findChild<QTabWidget *>(QStringLiteral("rightTabWidget"))
        ->setCurrentWidget(window.findChild<QueueView *>(QStringLiteral("queueView")));
    RunQueue *queue = services.queue();
    queue->pause();

    QList<JobSpec> specs;
    for (int i = 1; i <= jobs; ++i)
        specs.append(test::textJob(QStringLiteral("sandbox"), QStringLiteral("bench %1").arg(i)));
    QElapsedTimer clock;
    clock.start();
    BatchRecord batch;
    batch.server = QStringLiteral("sandbox");
    batch.name = QStringLiteral("bench");
    queue->addBatch(batch, specs);
    const double addMs = double(clock.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents();

    // Reference: the same window doing nothing, on this machine now (a loaded machine delays any timer).
    StallMeter idle;
    idle.start();
    QTimer::singleShot(3000, &app, &QCoreApplication::quit);
    app.exec();
    idle.stop();

    StallMeter meter;
    int mostLive = 0;
    QObject::connect(queue, &RunQueue::progressChanged, &app, [&] { mostLive = qMax(mostLive, queue->counts().live); });
    const double cpuBefore = processCpuSeconds();
    clock.restart();
    meter.start();
    app.record(true);
    queue->resume();
    QTimer done;
    QObject::connect(&done, &QTimer::timeout, &app, [&] {
        if (queue->counts().remaining() == 0 && services.runs()->downloadingCount() == 0)
            app.quit();
        if (clock.elapsed() > 600000)
            app.exit(1);
    });
    done.start(20);
    const int exitCode = app.exec();
    meter.stop();
    app.record(false);
    const double longestEventMs = app.longestMs();
    const QString longestEvent = app.longestWhat();
    const double wallSeconds = double(clock.elapsed()) / 1000.0;
    const double cpuAll = processCpuSeconds() - cpuBefore;
    sandbox.stop();
    const double appCpu = cpuAll - sandbox.cpuSeconds();
    const QueueCounts counts = queue->counts();

    out << "jobs " << jobs << ", slots " << slots << ", most live at once " << mostLive << Qt::endl;
    out << "add " << jobs << " jobs (one transaction):  " << QString::number(addMs, 'f', 1) << " ms" << Qt::endl;
    out << "all done in:                      " << QString::number(wallSeconds, 'f', 1) << " s (" << counts.succeeded
        << " succeeded, sandbox made " << sandbox.tasks() << " tasks)" << Qt::endl;
    out << "longest GUI stall:                " << QString::number(meter.longestMs(), 'f', 1) << " ms ("
        << meter.over16() << " of " << meter.ticks() << " ticks over 16 ms)" << Qt::endl;
    out << "longest single event (wall):      " << QString::number(longestEventMs, 'f', 1) << " ms, " << longestEvent
        << Qt::endl;
    out << "longest single event (GUI CPU):   " << QString::number(app.longestCpuMs(), 'f', 1) << " ms, "
        << app.longestCpuWhat() << Qt::endl;
    out << "reference, idle window for 3 s:   " << QString::number(idle.longestMs(), 'f', 1) << " ms (" << idle.over16()
        << " of " << idle.ticks() << " ticks over 16 ms)" << Qt::endl;
    const double loadAverage = [] {
        double load[1] = {0};
        return getloadavg(load, 1) == 1 ? load[0] : -1.0;
    }();
    out << "machine load average (1 min):     " << QString::number(loadAverage, 'f', 2) << " on "
        << QThread::idealThreadCount() << " cores" << Qt::endl;
    out << "app CPU per job:                  " << QString::number(appCpu / qMax(1, counts.succeeded), 'f', 4) << " s ("
        << QString::number(appCpu, 'f', 2) << " s in all; sandbox thread "
        << QString::number(sandbox.cpuSeconds(), 'f', 2) << " s not counted)" << Qt::endl;
    return exitCode;
}
