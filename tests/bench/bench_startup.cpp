// Start to a shown window: a bare Qt Widgets window (barewindow_main.cpp), `rhdesk --sandbox` and plain `rhdesk` (a
// first start without a key: what real use costs without the simulator's server and banner), all with
// RHDESK_QUIT_AFTER_SHOWN=1, alternated N times; medians of each child's own CPU and wall time, and the ratios.
// Then each of the three kept open for 3 s to read its idle resident memory. rhdesk's files go to a temp HOME.
// Platform: QT_QPA_PLATFORM if set (e.g. xcb under xvfb-run), else offscreen.
//   ./bench_startup [runs]
#include "benchsupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <csignal>

using namespace rh::bench;

namespace {

QTextStream out(stdout);

QStringList childEnvironment(const QTemporaryDir &home)
{
    const QString platform = qEnvironmentVariableIsSet("QT_QPA_PLATFORM") ? qEnvironmentVariable("QT_QPA_PLATFORM")
                                                                          : QStringLiteral("offscreen");
    return {QStringLiteral("HOME=%1").arg(home.path()), QStringLiteral("XDG_CONFIG_HOME=%1/config").arg(home.path()),
            QStringLiteral("XDG_DATA_HOME=%1/data").arg(home.path()),
            QStringLiteral("XDG_CACHE_HOME=%1/cache").arg(home.path()),
            QStringLiteral("QT_QPA_PLATFORM=%1").arg(platform)};
}

/// Starts @p program, lets it settle for 3 s, reads its resident set and ends it.
double idleResidentMiB(const QString &program, const QStringList &args, const QStringList &env)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : env)
        environment.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(environment);
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return -1;
    QThread::sleep(3);
    const double rss = residentMiB(process.processId());
    process.terminate();
    if (!process.waitForFinished(5000))
        process.kill();
    process.waitForFinished(5000);
    return rss;
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10;
    QTemporaryDir home;
    const QStringList env = childEnvironment(home);
    const QStringList quitEnv = env + QStringList{QStringLiteral("RHDESK_QUIT_AFTER_SHOWN=1")};
    const QString bare = QStringLiteral(RHDESK_BARE_WINDOW), rhdesk = QStringLiteral(RHDESK_APP);
    const QStringList rhdeskArgs{QStringLiteral("--sandbox")};

    // Warm-up (unmeasured): disk cache, fonts, and rhdesk's first start that creates its sandbox files.
    runChild(bare, {}, quitEnv);
    if (runChild(rhdesk, rhdeskArgs, quitEnv).exitCode != 0) {
        out << "rhdesk --sandbox did not quit with status 0 after being shown" << Qt::endl;
        return 1;
    }
    QVector<double> bareCpu, bareWall, appCpu, appWall, realCpu;
    for (int i = 0; i < runs; ++i) {
        const ChildRun b = runChild(bare, {}, quitEnv);
        const ChildRun a = runChild(rhdesk, rhdeskArgs, quitEnv);
        const ChildRun r = runChild(rhdesk, {}, quitEnv);
        if (b.exitCode != 0 || a.exitCode != 0 || r.exitCode != 0) {
            out << "a run failed: bare " << b.exitCode << ", rhdesk --sandbox " << a.exitCode << ", rhdesk "
                << r.exitCode << Qt::endl;
            return 1;
        }
        bareCpu << b.cpuSeconds, bareWall << b.wallSeconds, appCpu << a.cpuSeconds, appWall << a.wallSeconds;
        realCpu << r.cpuSeconds;
    }
    const double bareRss = idleResidentMiB(bare, {}, env);
    const double appRss = idleResidentMiB(rhdesk, rhdeskArgs, env);
    const double realRss = idleResidentMiB(rhdesk, {}, env);

    const double cpuRatio = median(appCpu) / median(bareCpu);
    out << "runs " << runs << " each, alternated" << Qt::endl;
    out << "bare window: CPU median " << fixed(median(bareCpu) * 1000, 1) << " ms, wall median "
        << fixed(median(bareWall) * 1000, 1) << " ms, idle RSS " << fixed(bareRss, 1) << " MiB" << Qt::endl;
    out << "rhdesk:      CPU median " << fixed(median(appCpu) * 1000, 1) << " ms, wall median "
        << fixed(median(appWall) * 1000, 1) << " ms, idle RSS " << fixed(appRss, 1) << " MiB" << Qt::endl;
    // ROW <tab> figure <tab> rhdesk <tab> reference <tab> ratio <tab> goal: collected by tests/bench/run-all.sh
    out << "ROW\tstart to shown window with --sandbox, CPU (median of " << runs << ")\t"
        << fixed(median(appCpu) * 1000, 0) << " ms\tbare Qt window " << fixed(median(bareCpu) * 1000, 0) << " ms\t"
        << fixed(cpuRatio, 2) << "×\t≤ 1.5×" << Qt::endl;
    out << "ROW\tstart to shown window without --sandbox, CPU\t" << fixed(median(realCpu) * 1000, 0)
        << " ms\tbare Qt window " << fixed(median(bareCpu) * 1000, 0) << " ms\t"
        << fixed(median(realCpu) / median(bareCpu), 2) << "×\t≤ 1.5×" << Qt::endl;
    out << "ROW\tstart to shown window, wall (median)\t" << fixed(median(appWall) * 1000, 0) << " ms\tbare Qt window "
        << fixed(median(bareWall) * 1000, 0) << " ms\t" << fixed(median(appWall) / median(bareWall), 2) << "×\t—"
        << Qt::endl;
    out << "ROW\tidle RSS after 3 s\t" << fixed(appRss, 1) << " MiB\tbare Qt window " << fixed(bareRss, 1) << " MiB\t"
        << fixed(appRss / bareRss, 2) << "×\t≤ 50 MiB" << Qt::endl;
    // Without the simulator's server in the process: no HTTP server (whose TLS set-up loads OpenSSL) and no demo app
    // names in Chinese (a CJK font). A first start without a key, as the CPU row above.
    out << "ROW\tidle RSS after 3 s without --sandbox\t" << fixed(realRss, 1) << " MiB\tbare Qt window "
        << fixed(bareRss, 1) << " MiB\t" << fixed(realRss / bareRss, 2) << "×\t≤ 50 MiB" << Qt::endl;
    return 0;
}
