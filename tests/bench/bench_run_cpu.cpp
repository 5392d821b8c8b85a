// CPU per finished run, side by side against the same sandbox (in a process of its own, so its work is not
// counted): N runs one after the other through the core alone (RunManager, no widgets), then through the window
// (Run clicked, task panel and results shown). Same polling policy and live progress in both. The third column is
// reference_client.py, a Python `requests` client in RunningHub's example style (skipped when Python or requests is
// missing; python3-requests is a Debian package).
//   ./bench_run_cpu [runs] [runningMs]     (offscreen on a 1280x800 screen unless QT_QPA_PLATFORM is set)
//   BENCH_BREAKDOWN=1 adds where the window's GUI thread spends its CPU and which widgets it paints. Off by default:
//   that bookkeeping (two thread-clock reads and a string per event) is CPU of its own, counted as the window's.
//   BENCH_PAINT_DETAIL=1 (implies the breakdown) names each painted widget with the size it painted.
#include "benchsupport.h"
#include "queuefixture.h"
#include "stallmeter.h"
#include "testenv.h"
#include "windowfixture.h"

#include "form/requestform.h"
#include "session/connection.h"
#include "store/appsettings.h"
#include "task/runmanager.h"

#include <QApplication>
#include <QHash>
#include <QLineEdit>
#include <QPaintEvent>
#include <QProcess>
#include <QPushButton>
#include <QTextStream>

using namespace rh;
using namespace rh::bench;

namespace {

QTextStream out(stdout);

/// How often the waits below look: rarely, so the benchmark's own wake-ups are not counted as the client's CPU.
constexpr int RarePollMs = 200;

TrackerPolicy benchPolicy()
{
    TrackerPolicy policy;
    policy.pollIntervalMs = 1000;
    policy.liveProgress = true;
    return policy;
}

/// Waits until @p ended runs have ended and nothing is downloading any more.
bool waitForRuns(RunManager *runs, const int &ended, int expected)
{
    return waitFor([&] { return ended >= expected && runs->downloadingCount() == 0; }, 120000, RarePollMs);
}

/// Adds up the GUI thread's CPU by receiver class and event type while recording: where the window's share of a run
/// goes (outermost events only, so nothing is counted twice).
class TalliedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_recording && event->type() == QEvent::Paint)
            ++m_painted[paintedName(receiver, static_cast<QPaintEvent *>(event)->rect())];
        if (!m_recording || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        const QString key =
            QStringLiteral("%1/%2").arg(QString::fromLatin1(receiver->metaObject()->className())).arg(event->type());
        const qint64 before = threadCpuNs();
        const bool handled = QApplication::notify(receiver, event); // may delete receiver
        auto &[seconds, count] = m_tally[key];
        seconds += double(threadCpuNs() - before) / 1e9;
        ++count;
        --m_depth;
        return handled;
    }
    /// Records only when a breakdown was asked for.
    void record(bool on) { m_recording = on && m_breakdown; }
    bool breakdown() const { return m_breakdown; }
    /// The @p top receivers by CPU, per run.
    QStringList busiest(int top, int runs) const
    {
        QList<std::pair<double, QString>> parts;
        for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it)
            parts.append({it.value().first, QStringLiteral("%1 ×%2: %3 ms")
                                                .arg(it.key())
                                                .arg(double(it.value().second) / runs, 0, 'f', 1)
                                                .arg(it.value().first * 1000 / runs, 0, 'f', 2)});
        std::sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList lines;
        for (const auto &part : parts.mid(0, top))
            lines.append(part.second);
        return lines;
    }

    /// The widgets painted, by class, per run: what each repaint covered.
    QString painted(int runs) const
    {
        QList<std::pair<int, QString>> parts;
        for (auto it = m_painted.cbegin(); it != m_painted.cend(); ++it)
            parts.append({it.value(), it.key()});
        std::sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList words;
        for (const auto &[count, name] : parts.mid(0, m_detail ? 60 : 12))
            words.append(QStringLiteral("%1 ×%2").arg(name).arg(double(count) / runs, 0, 'f', 1));
        return words.join(QStringLiteral(", "));
    }

private:
    /// The class; with BENCH_PAINT_DETAIL=1 also the object name and the size painted ("QLabel#costLabel 390x14"):
    /// a repaint far larger than what changed shows there.
    QString paintedName(const QObject *receiver, const QRect &rect) const
    {
        const QString name = QString::fromLatin1(receiver->metaObject()->className());
        if (!m_detail)
            return name;
        return QStringLiteral("%1#%2 %3x%4").arg(name, receiver->objectName()).arg(rect.width()).arg(rect.height());
    }

    const bool m_detail = qEnvironmentVariableIntValue("BENCH_PAINT_DETAIL") == 1;
    const bool m_breakdown = m_detail || qEnvironmentVariableIntValue("BENCH_BREAKDOWN") == 1;
    QHash<QString, int> m_painted;
    QHash<QString, std::pair<double, int>> m_tally;
    int m_depth = 0;
    bool m_recording = false;
};

/// CPU seconds per run through RunManager alone.
double coreAlone(const QUrl &server, int count)
{
    QTemporaryDir dir;
    std::unique_ptr<Services> services = test::makeQueueServices(dir.path(), server, SandboxServer::demoApiKey(), 1);
    RunManager *runs = services->runs();
    runs->setPolicy(benchPolicy());
    int ended = 0;
    QObject::connect(runs, &RunManager::runEnded, runs, [&ended] { ++ended; });
    runs->start(test::textRequest(QStringLiteral("warm-up")), QStringLiteral("bench"));
    if (!waitForRuns(runs, ended, 1))
        return -1;
    const double before = processCpuSeconds();
    for (int i = 1; i <= count; ++i) {
        runs->start(test::textRequest(QStringLiteral("core %1").arg(i)), QStringLiteral("bench"));
        if (!waitForRuns(runs, ended, i + 1))
            return -1;
    }
    return (processCpuSeconds() - before) / count;
}

/// CPU seconds per run through the window: Run clicked, the run followed to its results.
double throughWindow(const QUrl &server, int count)
{
    test::WindowFixture f;
    f.server = server;
    AppSettings(f.settingsPath()).setOutputFolder(f.dir.filePath(QStringLiteral("results")));
    f.restart(false);
    f.services->runs()->setPolicy(benchPolicy());
    f.services->connection()->setApiKey(SandboxServer::demoApiKey());
    f.window->resize(1280, 800);
    f.window->show();
    f.find<QLineEdit>("webappIdLineEdit")->setText(test::textAppId);
    f.find<QPushButton>("loadAppButton")->click();
    const RequestForm *form = f.window->findChild<RequestForm *>();
    if (!waitFor([&] { return form->appInfo().webappId == test::textAppId && !form->appInfo().nodes.isEmpty(); }))
        return -1;
    RunManager *runs = f.services->runs();
    int ended = 0;
    QObject::connect(runs, &RunManager::runEnded, runs, [&ended] { ++ended; });
    auto *submit = f.find<QPushButton>("submitButton");
    double before = 0;
    for (int i = 0; i <= count; ++i) { // run 0 warms up (fonts, thumbnails, the first database writes)
        if (i == 1) {
            before = processCpuSeconds();
            static_cast<TalliedApplication *>(QCoreApplication::instance())->record(true);
        }
        if (!waitFor([&] { return submit->isEnabled(); }, 120000, RarePollMs))
            return -1;
        submit->click();
        if (!waitForRuns(runs, ended, i + 1))
            return -1;
        if (i == count) {
            static_cast<TalliedApplication *>(QCoreApplication::instance())->record(false);
            return (processCpuSeconds() - before) / count;
        }
    }
    return -1;
}

/// CPU seconds per run of the Python reference client (its own measurement, after a warm-up run); -1 when it could
/// not run.
double pythonReference(const QUrl &server, int count)
{
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral(RHDESK_REFERENCE_CLIENT), server.toString(),
                                             SandboxServer::demoApiKey(), test::textAppId, QString::number(count)});
    if (!python.waitForFinished(600000) || python.exitCode() != 0)
        return -1;
    for (const QByteArray &line : python.readAllStandardOutput().split('\n')) {
        if (line.startsWith("CPU_PER_RUN "))
            return line.mid(12).toDouble();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    // An operator's screen: on the offscreen default (800x600) the window is cramped and relays itself out.
    QTemporaryDir screenDir;
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !test::useOffscreenScreen(screenDir, QSize(1280, 800)))
        return 1;
    TalliedApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 6;
    const int runningMs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 4000;
    SandboxProcess sandbox(500, runningMs);
    if (sandbox.url().isEmpty()) {
        out << "the sandbox process did not start" << Qt::endl;
        return 1;
    }
    const double core = coreAlone(sandbox.url(), count);
    const double window = throughWindow(sandbox.url(), count);
    if (core < 0 || window < 0) {
        out << "a run did not end (core " << core << ", window " << window << ")" << Qt::endl;
        return 1;
    }
    out << count << " runs each, 0.5 s queued + " << runningMs / 1000.0
        << " s running, polling every 1 s, live progress on" << Qt::endl;
    out << "core alone (RunManager): " << QString::number(core * 1000, 'f', 1) << " ms CPU per run" << Qt::endl;
    out << "through the window:      " << QString::number(window * 1000, 'f', 1) << " ms CPU per run" << Qt::endl;
    if (app.breakdown()) {
        out << "with the breakdown's own bookkeeping counted in the window's CPU above;" << Qt::endl;
        out << "the window's GUI thread per run, busiest receivers (class/event type ×events: CPU):" << Qt::endl;
        for (const QString &line : app.busiest(12, count))
            out << "  " << line << Qt::endl;
        out << "widgets painted per run: " << app.painted(count) << Qt::endl;
    } else {
        out << "(BENCH_BREAKDOWN=1: where the window's GUI thread spends it, and what it paints)" << Qt::endl;
    }
    out << "ROW\tCPU per finished run (" << count << " runs, " << (runningMs + 500) / 1000.0 << " s each)\t"
        << QString::number(window * 1000, 'f', 1) << " ms (window)\tcore alone " << QString::number(core * 1000, 'f', 1)
        << " ms\t" << QString::number(window / core, 'f', 2) << "×\t≤ 2×" << Qt::endl;
    const double python = pythonReference(sandbox.url(), count);
    if (python < 0) {
        out << "Python reference client: not run (python3 with requests is needed)" << Qt::endl;
        return 0;
    }
    out << "Python requests client:  " << QString::number(python * 1000, 'f', 1) << " ms CPU per run" << Qt::endl;
    out << "ROW\tCPU per finished run, core alone\t" << QString::number(core * 1000, 'f', 1) << " ms\tPython requests "
        << QString::number(python * 1000, 'f', 1) << " ms\t" << QString::number(core / python, 'f', 2) << "×\t—"
        << Qt::endl;
    return 0;
}
