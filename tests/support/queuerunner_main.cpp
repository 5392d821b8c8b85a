// The run queue without a window, for the crash test: the first start adds a batch of jobs ("job 1" … "job N"),
// every start runs the stored queue against a sandbox until every job ended and every output is saved, then prints
// "DONE" and exits 0. With --kill-at <point>:<n> it kills itself with SIGKILL (as `kill -9` does) at the n-th time
// it reaches the point, right after the database says so:
//   submitting  a job was committed as submitting (its run request not sent yet)
//   running     a job was committed with its task id (polling goes on)
//   downloading an output's download was under way (its file not saved yet)
//   rhdesk_queue_runner <folder> <sandbox url> <jobs> <slots> [--kill-at point:n]
#include "queuefixture.h"

#include "sandbox/sandboxserver.h"
#include "store/outputledger.h"
#include "task/runmanager.h"
#include "task/runqueue.h"

#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace rh;

namespace {

struct KillPoint
{
    QString point;
    int at = 0;
    int seen = 0;

    void reached(const QString &where)
    {
        if (where != point || ++seen < at)
            return;
        std::fprintf(stdout, "KILL %s %d\n", qPrintable(where), seen);
        std::fflush(stdout);
        ::kill(::getpid(), SIGKILL);
    }
};

KillPoint killPoint(const QStringList &args)
{
    KillPoint kill;
    const int i = int(args.indexOf(QStringLiteral("--kill-at")));
    if (i > 0 && i + 1 < args.size()) {
        const QStringList parts = args.at(i + 1).split(QLatin1Char(':'));
        kill.point = parts.value(0);
        kill.at = parts.value(1).toInt();
    }
    return kill;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: rhdesk_queue_runner <folder> <sandbox url> <jobs> <slots> [--kill-at p:n]\n");
        return 2;
    }
    const QString folder = args.at(1);
    std::unique_ptr<Services> services =
        test::makeQueueServices(folder, QUrl(args.at(2)), SandboxServer::demoApiKey(), args.at(4).toInt());
    RunQueue *queue = services->queue();
    KillPoint kill = killPoint(args);
    QObject::connect(queue, &RunQueue::jobChanged, &app, [&](qint64 id) {
        const Job *job = queue->job(id);
        if (job && job->state == JobState::Submitting)
            kill.reached(QStringLiteral("submitting"));
        else if (job && (job->state == JobState::Queued || job->state == JobState::Running))
            kill.reached(QStringLiteral("running"));
    });
    QObject::connect(services->runs(), &RunManager::downloadProgress, &app,
                     [&](qint64, int, qint64, qint64) { kill.reached(QStringLiteral("downloading")); });
    if (queue->jobs().isEmpty()) {
        QList<JobSpec> specs;
        for (int i = 1; i <= args.at(3).toInt(); ++i)
            specs.append(test::textJob(QStringLiteral("sandbox"), QStringLiteral("job %1").arg(i)));
        BatchRecord batch;
        batch.server = QStringLiteral("sandbox");
        batch.name = QStringLiteral("crash test");
        if (queue->addBatch(batch, specs) == 0)
            return 1;
    }
    services->runs()->setAutoResume(true);
    queue->start();
    OutputLedger ledger(services->database());
    QTimer done;
    QObject::connect(&done, &QTimer::timeout, &app, [&] {
        if (queue->counts().remaining() == 0 && services->runs()->downloadingCount() == 0 &&
            ledger.pending(QStringLiteral("sandbox")).isEmpty()) {
            std::fprintf(stdout, "DONE\n");
            std::fflush(stdout);
            app.quit();
        }
    });
    done.start(50);
    return app.exec();
}
