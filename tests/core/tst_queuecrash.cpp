// kill -9 at any moment loses nothing and doubles nothing. A queue of 40 jobs runs in a helper process
// (rhdesk_queue_runner) against a sandbox in another process (rhdesk_sandbox_process) that outlives it. The runner
// is killed with SIGKILL while submitting, while polling, while downloading, and while a run request is out with
// its answer held back by the sandbox, and restarted on the same database each time. Then: every job ended exactly
// once, the sandbox made exactly one task per job except those marked outcome unknown (at most one there), no
// output file exists twice, and SQLite's integrity check passes.
#include "testenv.h"

#include "store/database.h"
#include "store/historystore.h"
#include "store/queuestore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace rh;

namespace {

constexpr int Jobs = 40;
constexpr int Slots = 3;
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");

} // namespace

class TestQueueCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedAtEveryStepLosesAndDoublesNothing();

private:
    /// Runs the queue runner once; returns whether it ended the way @p crash says (killed, or "DONE" and 0).
    bool runRunner(const QStringList &extra, bool crash);
    QJsonObject stats();
    void post(const QString &pathAndQuery);
    void checkDatabase();
    void checkFiles(const QList<Job> &jobs);

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QUrl m_api;
    QUrl m_control;
    QNetworkAccessManager m_nam;
};

void TestQueueCrash::initTestCase()
{
    test::isolateEnvironment();
    QVERIFY(m_dir.isValid());
    m_sandbox.start(QStringLiteral(RHDESK_SANDBOX_PROCESS),
                    {QStringLiteral("0"), QStringLiteral("150"), QString::number(Slots)});
    QVERIFY(m_sandbox.waitForStarted());
    QVERIFY(m_sandbox.waitForReadyRead(10000));
    const QStringList ready = QString::fromLatin1(m_sandbox.readLine()).trimmed().split(QLatin1Char(' '));
    QCOMPARE(ready.value(0), QStringLiteral("READY"));
    m_api = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ready.value(1)));
    m_control = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ready.value(2)));
}

void TestQueueCrash::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

bool TestQueueCrash::runRunner(const QStringList &extra, bool crash)
{
    QProcess runner;
    runner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args{m_dir.path(), m_api.toString(), QString::number(Jobs), QString::number(Slots)};
    runner.start(QStringLiteral(RHDESK_QUEUE_RUNNER), args + extra);
    if (!runner.waitForStarted())
        return false;
    if (extra.isEmpty() && crash) {
        // Killed from outside while a run request is out and its answer held back: the task exists.
        QDeadlineTimer deadline(20000);
        while (stats().value(QStringLiteral("held")).toInt() == 0 && !deadline.hasExpired())
            QTest::qWait(20);
        runner.kill(); // SIGKILL
    }
    if (!runner.waitForFinished(60000)) {
        runner.kill();
        runner.waitForFinished();
        qWarning("the queue runner did not finish");
        return false;
    }
    const QByteArray out = runner.readAllStandardOutput();
    if (crash)
        return runner.exitStatus() == QProcess::CrashExit;
    return runner.exitStatus() == QProcess::NormalExit && runner.exitCode() == 0 && out.contains("DONE");
}

QJsonObject TestQueueCrash::stats()
{
    QUrl url = m_control;
    url.setPath(QStringLiteral("/stats"));
    QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000);
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return object;
}

void TestQueueCrash::post(const QString &pathAndQuery)
{
    QNetworkRequest request(m_control.resolved(QUrl(pathAndQuery)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.post(request, QByteArray());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
}

void TestQueueCrash::killedAtEveryStepLosesAndDoublesNothing()
{
    QVERIFY(runRunner({QStringLiteral("--kill-at"), QStringLiteral("submitting:5")}, true));
    QVERIFY(runRunner({QStringLiteral("--kill-at"), QStringLiteral("running:6")}, true));
    QVERIFY(runRunner({QStringLiteral("--kill-at"), QStringLiteral("downloading:4")}, true));
    QVERIFY(runRunner({QStringLiteral("--kill-at"), QStringLiteral("submitting:4")}, true));
    post(QStringLiteral("/fault?path=%1&fault=hold").arg(runPath));
    QVERIFY(runRunner({}, true));
    QVERIFY(runRunner({}, false));

    checkDatabase();
    Database db(m_dir.filePath(QStringLiteral("rhdesk.sqlite")));
    QVERIFY(db.open());
    const QList<Job> jobs = QueueStore(&db).jobs();
    QCOMPARE(jobs.size(), Jobs);
    HistoryStore history(&db);
    const QJsonObject byPrompt = stats().value(QStringLiteral("byPrompt")).toObject();
    int unknown = 0;
    int tasksOfJobs = 0;
    for (const Job &job : jobs) {
        const int tasks = byPrompt.value(job.label).toInt();
        tasksOfJobs += tasks;
        const QList<RunRecord> runs = history.runsOfJob(job.id);
        QVERIFY2(runs.size() == 1, qPrintable(job.label)); // one attempt, ended once
        if (job.state == JobState::Unknown) {
            ++unknown;
            QVERIFY2(tasks <= 1, qPrintable(job.label));
            QVERIFY(runs.first().unknownOutcome);
        } else {
            QVERIFY2(job.state == JobState::Succeeded,
                     qPrintable(job.label + QLatin1Char(' ') + jobStateKey(job.state)));
            QVERIFY2(tasks == 1, qPrintable(job.label));
            QCOMPARE(runs.first().state, TaskState::Success);
            QCOMPARE(runs.first().taskId, job.taskId);
        }
    }
    // Killed twice right after committing "submitting" (nothing sent) and once with the answer held (sent).
    QVERIFY(unknown >= 3);
    QCOMPARE(stats().value(QStringLiteral("tasks")).toInt(), tasksOfJobs); // no task of nobody's
    QVERIFY(byPrompt.size() <= Jobs);
    checkFiles(jobs);
}

void TestQueueCrash::checkDatabase()
{
    Database db(m_dir.filePath(QStringLiteral("rhdesk.sqlite")));
    QVERIFY(db.open());
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
}

void TestQueueCrash::checkFiles(const QList<Job> &jobs)
{
    const QDir results(m_dir.filePath(QStringLiteral("results")));
    const QStringList files = results.entryList(QDir::Files | QDir::Hidden);
    int succeeded = 0;
    for (const Job &job : jobs) {
        if (job.state != JobState::Succeeded)
            continue;
        ++succeeded;
        const QStringList mine = files.filter(job.taskId);
        QVERIFY2(mine.size() == 1, qPrintable(job.label + QLatin1Char(' ') + mine.join(QLatin1Char(','))));
        QVERIFY(QFileInfo(results.filePath(mine.first())).size() > 0);
    }
    QCOMPARE(files.size(), succeeded); // nothing else: no "(2)" copies, no half-written leftovers
}

QTEST_GUILESS_MAIN(TestQueueCrash)
#include "tst_queuecrash.moc"
