#pragma once

// Shared by the side-by-side benchmarks: child processes timed with wait4() (their own CPU and peak RSS), this
// process's CPU, medians, and the sandbox in a process of its own, so that its work is never counted as the client's.
#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVector>

#include <algorithm>
#include <functional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace rh::bench {

/// CPU (user + system) of this process so far, in seconds.
inline double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// Resident set of this process now, in MiB (/proc/self/status VmRSS).
inline double residentMiB(qint64 pid = 0)
{
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

inline double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

/// One child process run to its end: its exit status, wall time, CPU (user + system) and peak RSS.
struct ChildRun
{
    int exitCode = -1;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    double maxRssMiB = 0;
};

/// Runs @p program with @p args and extra @p env entries ("NAME=value") added to this process's environment.
inline ChildRun runChild(const QString &program, const QStringList &args, const QStringList &env = {})
{
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString &arg : args)
        storage.push_back(arg.toLocal8Bit());
    const size_t argCount = storage.size();
    for (const QString &entry : env)
        storage.push_back(entry.toLocal8Bit());
    std::vector<char *> argv, envp;
    for (size_t i = 0; i < argCount; ++i)
        argv.push_back(storage[i].data());
    argv.push_back(nullptr);
    for (char **e = environ; *e; ++e)
        envp.push_back(*e);
    for (size_t i = argCount; i < storage.size(); ++i)
        envp.push_back(storage[i].data());
    envp.push_back(nullptr);

    ChildRun run;
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), envp.data()) != 0)
        return run;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                     double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.maxRssMiB = double(usage.ru_maxrss) / 1024.0;
    return run;
}

/// Runs the event loop until @p condition holds (checked every @p pollMs) or @p ms pass. The check's own wake-ups
/// cost CPU: benchmarks of CPU time pass a long @p pollMs (each 5 ms wake-up cost ~50 µs: 45 ms in a 4.5 s run).
inline bool waitFor(const std::function<bool()> &condition, int ms = 120000, int pollMs = 5)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(pollMs);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition() || clock.elapsed() > ms)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return condition();
}

/// The sandbox in a process of its own (tests/support/sandbox_main.cpp); killed when this object goes.
class SandboxProcess
{
public:
    SandboxProcess(int queuedMs, int runningMs, int concurrency = 100)
    {
        m_process.start(QStringLiteral(RHDESK_SANDBOX_PROCESS),
                        {QString::number(queuedMs), QString::number(runningMs), QString::number(concurrency)});
        if (!m_process.waitForStarted(10000))
            return;
        while (!m_process.canReadLine() && m_process.waitForReadyRead(10000)) {
        }
        const QList<QByteArray> words = m_process.readLine().trimmed().split(' ');
        if (words.value(0) == "READY")
            m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(words.value(1))));
    }
    ~SandboxProcess()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    /// Empty when the sandbox did not start.
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
};

} // namespace rh::bench
