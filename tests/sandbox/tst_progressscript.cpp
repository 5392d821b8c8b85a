// The sandbox's progress story (progressMessages): which ComfyUI messages a listener gets, tick by tick.
#include "sandbox/demoapps.h"
#include "sandbox/progressscript.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rh::sandbox;

namespace {

/// One message in short: "progress(5/20)", "executing(3)", "executing(null)", "status(1)", "execution_error(3)"…
QString summary(const QByteArray &text)
{
    const QJsonObject root = QJsonDocument::fromJson(text).object();
    const QString type = root.value(QStringLiteral("type")).toString();
    const QJsonObject data = root.value(QStringLiteral("data")).toObject();
    if (type == QLatin1String("progress")) {
        return QStringLiteral("progress(%1/%2@%3)")
            .arg(data.value(QStringLiteral("value")).toInt())
            .arg(data.value(QStringLiteral("max")).toInt())
            .arg(data.value(QStringLiteral("node")).toString());
    }
    if (type == QLatin1String("executing")) {
        const QJsonValue node = data.value(QStringLiteral("node"));
        return QStringLiteral("executing(%1)").arg(node.isNull() ? QStringLiteral("null") : node.toString());
    }
    if (type == QLatin1String("status")) {
        const QJsonObject info =
            data.value(QStringLiteral("status")).toObject().value(QStringLiteral("exec_info")).toObject();
        return QStringLiteral("status(%1)").arg(info.value(QStringLiteral("queue_remaining")).toInt());
    }
    if (type == QLatin1String("execution_error") || type == QLatin1String("execution_interrupted"))
        return QStringLiteral("%1(%2)").arg(type, data.value(QStringLiteral("node_id")).toString());
    return type;
}

SandboxTask task(int queuedMs, int runningMs)
{
    SandboxTask t;
    t.taskId = QStringLiteral("1907035719658053633");
    t.webappId = QStringLiteral("1877265245566922753"); // text to image: its sampler is node 3
    t.queuedMs = queuedMs;
    t.runningMs = runningMs;
    t.steps = 20;
    return t;
}

} // namespace

Q_DECLARE_METATYPE(rh::sandbox::SandboxTask)

class TestProgressScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void story_data()
    {
        QTest::addColumn<SandboxTask>("task");
        QTest::addColumn<qint64>(
            "cancelAtMs"); ///< -1: never; else the cancel arrives before the first tick at or after it
        QTest::addColumn<bool>("withApp");
        QTest::addColumn<QList<qint64>>("ticks");
        QTest::addColumn<QStringList>("expected"); ///< per tick, the messages joined by spaces

        const QString start = QStringLiteral("status(0) execution_start executing(3) progress(0/20@3)");
        const QString success = QStringLiteral("progress(20/20@3) executing(null) execution_success");
        QTest::newRow("queued, then runs to success")
            << task(1000, 2000) << qint64(-1) << true << QList<qint64>{0, 999, 1000, 1500, 3000, 4000}
            << QStringList{QStringLiteral("status(1)"),
                           QString(),
                           QStringLiteral("execution_start executing(3) progress(0/20@3)"),
                           QStringLiteral("progress(5/20@3)"),
                           success,
                           QString()};
        QTest::newRow("a step is told once")
            << task(0, 2000) << qint64(-1) << true << QList<qint64>{0, 50, 99, 100}
            << QStringList{start, QString(), QString(), QStringLiteral("progress(1/20@3)")};
        QTest::newRow("skipped steps: only the latest") << task(0, 2000) << qint64(-1) << true << QList<qint64>{0, 1900}
                                                        << QStringList{start, QStringLiteral("progress(19/20@3)")};
        QTest::newRow("listener comes after the end")
            << task(0, 1000) << qint64(-1) << true << QList<qint64>{5000}
            << QStringList{QStringLiteral("status(0) execution_start executing(3) ") + success};
        QTest::newRow("no running time") << task(0, 0) << qint64(-1) << true << QList<qint64>{0}
                                         << QStringList{QStringLiteral("status(0) execution_start executing(3) ") +
                                                        success};
        SandboxTask failing = task(0, 1000);
        failing.fails = true;
        QTest::newRow("a failing task stalls halfway, then errs")
            << failing << qint64(-1) << true << QList<qint64>{0, 900, 1000, 1100}
            << QStringList{start, QStringLiteral("progress(10/20@3)"), QStringLiteral("execution_error(3)"), QString()};
        QTest::newRow("cancelled while running")
            << task(0, 1000) << qint64(400) << true << QList<qint64>{0, 400, 500}
            << QStringList{start, QStringLiteral("progress(8/20@3) execution_interrupted(3)"), QString()};
        QTest::newRow("cancelled in the queue: never ran, nothing to tell")
            << task(1000, 1000) << qint64(500) << true << QList<qint64>{0, 500, 2500}
            << QStringList{QStringLiteral("status(1)"), QString(), QString()};
        SandboxTask rejected = task(0, 1000);
        rejected.rejected = true;
        QTest::newRow("rejected by validation: never runs") << rejected << qint64(-1) << true << QList<qint64>{0, 2000}
                                                            << QStringList{QStringLiteral("status(0)"), QString()};
        QTest::newRow("app gone: no node ids")
            << task(0, 0) << qint64(-1) << false << QList<qint64>{0}
            << QStringList{QStringLiteral(
                   "status(0) execution_start executing() progress(20/20@) executing(null) execution_success")};
    }

    void story()
    {
        QFETCH(SandboxTask, task);
        QFETCH(qint64, cancelAtMs);
        QFETCH(bool, withApp);
        QFETCH(QList<qint64>, ticks);
        QFETCH(QStringList, expected);
        const QList<DemoApp> apps = demoApps();
        const DemoApp *app = withApp ? &apps.constFirst() : nullptr;
        QCOMPARE(apps.constFirst().webappId, task.webappId);

        ProgressTold told;
        QStringList got;
        for (const qint64 at : std::as_const(ticks)) {
            if (cancelAtMs >= 0 && at >= cancelAtMs && task.cancelledMs < 0)
                task.cancelledMs = cancelAtMs;
            QStringList messages;
            for (const QByteArray &text : progressMessages(task, app, at, told))
                messages.append(summary(text));
            got.append(messages.join(QLatin1Char(' ')));
        }
        QCOMPARE(got, expected);
        QVERIFY(told.ended || task.phase(ticks.constLast()) == TaskPhase::Running ||
                task.phase(ticks.constLast()) == TaskPhase::Queued);
    }

    // What the client's parser reads: type and data, numbers as numbers, node ids as strings, the task as prompt_id.
    void progressMessageShape()
    {
        SandboxTask t = task(0, 2000);
        ProgressTold told;
        told.greeted = told.started = true;
        const QByteArrayList messages = progressMessages(t, &demoApps().constFirst(), 1000, told);
        QCOMPARE(messages.size(), 1);
        const QJsonObject root = QJsonDocument::fromJson(messages.constFirst()).object();
        QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("progress"));
        const QJsonObject data = root.value(QStringLiteral("data")).toObject();
        QVERIFY(data.value(QStringLiteral("value")).isDouble());
        QCOMPARE(data.value(QStringLiteral("value")).toInt(), 10);
        QCOMPARE(data.value(QStringLiteral("max")).toInt(), 20);
        QCOMPARE(data.value(QStringLiteral("node")).toString(), QStringLiteral("3"));
        QCOMPARE(data.value(QStringLiteral("prompt_id")).toString(), t.taskId);
    }

    void step_data()
    {
        QTest::addColumn<int>("runningMs");
        QTest::addColumn<bool>("fails");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<int>("step");
        QTest::newRow("queued") << 1000 << false << qint64(500) << 0;
        QTest::newRow("start") << 1000 << false << qint64(1000) << 0;
        QTest::newRow("midway") << 1000 << false << qint64(1500) << 10;
        QTest::newRow("just before the end") << 1000 << false << qint64(1999) << 19;
        QTest::newRow("end") << 1000 << false << qint64(2000) << 20;
        QTest::newRow("long after") << 1000 << false << qint64(900000) << 20;
        QTest::newRow("no running time") << 0 << false << qint64(1000) << 20;
        QTest::newRow("failing, late") << 1000 << true << qint64(1900) << 10;
        QTest::newRow("failing, early") << 1000 << true << qint64(1200) << 4;
    }
    void step()
    {
        QFETCH(int, runningMs);
        QFETCH(bool, fails);
        QFETCH(qint64, at);
        QFETCH(int, step);
        SandboxTask t = task(1000, runningMs);
        t.fails = fails;
        QCOMPARE(progressStep(t, at), step);
    }
};

QTEST_APPLESS_MAIN(TestProgressScript)
#include "tst_progressscript.moc"
