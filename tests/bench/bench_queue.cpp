// The window with 200 jobs in the queue view and 20 of them live against the sandbox: prints the longest stall of
// the GUI event loop (a 1 ms timer records the gaps between its ticks) and the CPU time the app spent per job.
// The sandbox runs in a thread of its own, at idle priority, so its work is neither a stall nor the app's CPU time.
// Built only with -DRHDESK_BUILD_BENCH=ON (preset "bench"); run by hand:
//   QT_QPA_PLATFORM=offscreen ./bench_queue [jobs] [slots]
#include "benchsupport.h"
#include "mainwindow.h"
#include "queuefixture.h"
#include "rightpanel.h"
#include "stallmeter.h"

#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "session/services.h"
#include "store/appsettings.h"
#include "task/runmanager.h"
#include "task/runqueue.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdlib>

using namespace rh;

namespace {

QTextStream out(stdout);

double threadCpuSeconds()
{
    return double(bench::threadCpuNs()) / 1e9;
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
        if (m_recording)
            addToBurst(receiver == m_marker && type == QEvent::Timer, className, type, cpuNs);
        return handled;
    }
    /// The stall meter's timer: the events between two of its ticks are one burst.
    void setMarker(const QObject *marker) { m_marker = marker; }
    /// The GUI thread's busiest stretch between two ticks, by receiver and event type: what to make cheaper.
    QString busiestBurst() const { return m_busiestBurst; }
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
    void addToBurst(bool tick, const char *className, int type, qint64 cpuNs)
    {
        if (tick) {
            if (m_burstNs > m_busiestBurstNs) {
                m_busiestBurstNs = m_burstNs;
                QList<std::pair<qint64, QString>> parts;
                for (auto it = m_burst.cbegin(); it != m_burst.cend(); ++it)
                    parts.append({it.value().first, QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value().second)});
                std::sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
                QStringList words;
                for (const auto &[ns, what] : parts.mid(0, 4))
                    words.append(QStringLiteral("%1 %2 ms").arg(what).arg(double(ns) / 1e6, 0, 'f', 1));
                m_busiestBurst = QStringLiteral("%1 ms: %2")
                                     .arg(double(m_burstNs) / 1e6, 0, 'f', 1)
                                     .arg(words.join(QStringLiteral(", ")));
            }
            m_burst.clear();
            m_burstNs = 0;
            return;
        }
        auto &[ns, count] = m_burst[QStringLiteral("%1/%2").arg(QString::fromLatin1(className)).arg(type)];
        ns += cpuNs;
        ++count;
        m_burstNs += cpuNs;
    }

    const QObject *m_marker = nullptr;
    QHash<QString, std::pair<qint64, int>> m_burst;
    qint64 m_burstNs = 0;
    qint64 m_busiestBurstNs = 0;
    QString m_busiestBurst;
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
    window.rightPanel()->showTab(RightPanel::QueueTab);
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
    bench::StallMeter idleMeter;
    idleMeter.start();
    QTimer::singleShot(3000, &app, &QCoreApplication::quit);
    app.exec();
    const bench::Stalls idle = idleMeter.stop();

    bench::StallMeter meter;
    int mostLive = 0;
    QObject::connect(queue, &RunQueue::progressChanged, &app, [&] { mostLive = qMax(mostLive, queue->counts().live); });
    const double cpuBefore = bench::processCpuSeconds();
    clock.restart();
    app.setMarker(meter.timer());
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
    const bench::Stalls stalls = meter.stop();
    app.record(false);
    const double longestEventMs = app.longestMs();
    const QString longestEvent = app.longestWhat();
    const double wallSeconds = double(clock.elapsed()) / 1000.0;
    const double cpuAll = bench::processCpuSeconds() - cpuBefore;
    sandbox.stop();
    const double appCpu = cpuAll - sandbox.cpuSeconds();
    const QueueCounts counts = queue->counts();

    out << "jobs " << jobs << ", slots " << slots << ", most live at once " << mostLive << Qt::endl;
    out << "add " << jobs << " jobs (one transaction):  " << QString::number(addMs, 'f', 1) << " ms" << Qt::endl;
    out << "all done in:                      " << QString::number(wallSeconds, 'f', 1) << " s (" << counts.succeeded
        << " succeeded, sandbox made " << sandbox.tasks() << " tasks)" << Qt::endl;
    out << "longest GUI stall:                " << QString::number(stalls.longestGapMs, 'f', 1) << " ms ("
        << stalls.gapsOverBudget << " of " << stalls.ticks << " ticks over 16 ms)" << Qt::endl;
    out << "  less waiting for a core:        " << QString::number(stalls.longestOwnMs, 'f', 1)
        << " ms (the window's own part; the goal is under 16 ms)" << Qt::endl;
    out << "  busiest tick (GUI CPU):         " << QString::number(stalls.busiestTickMs, 'f', 1) << " ms" << Qt::endl;
    out << "longest single event (wall):      " << QString::number(longestEventMs, 'f', 1) << " ms, " << longestEvent
        << Qt::endl;
    out << "busiest stretch between ticks:    " << app.busiestBurst() << Qt::endl;
    out << "longest single event (GUI CPU):   " << QString::number(app.longestCpuMs(), 'f', 1) << " ms, "
        << app.longestCpuWhat() << Qt::endl;
    out << "reference, idle window for 3 s:   " << QString::number(idle.longestGapMs, 'f', 1) << " ms ("
        << idle.gapsOverBudget << " of " << idle.ticks << " ticks over 16 ms)" << Qt::endl;
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
