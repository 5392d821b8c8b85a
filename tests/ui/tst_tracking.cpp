// "Follow a task to its results" through the real window: states, files on disk, failures, cancel, give-ups,
// restarts and the promise that one Run click sends one run request.
#include "errortext.h"
#include "form/nodetablemodel.h"
#include "form/requestform.h"
#include "formdriver.h"
#include "history/historymodel.h"
#include "history/historyview.h"
#include "task/resultsview.h"
#include "task/runcontroller.h"
#include "testenv.h"
#include "windowfixture.h"

#include "api/apiclient.h"
#include "session/services.h"
#include "store/appsettings.h"
#include "store/historystore.h"
#include "task/runmanager.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
const QString outputsPath = QStringLiteral("/task/openapi/outputs");
const QString cancelPath = QStringLiteral("/task/openapi/cancel");
constexpr int Long = 60000; // sandbox phase length when the test steps the clock itself

QString statusText(const test::WindowFixture &f)
{
    return f.find<QLabel>("taskStatusLabel")->text();
}

QString stateName(TaskState state)
{
    return ErrorText::stateName(state);
}

int rowOf(const NodeTableModel *model, const QString &fieldName)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->field(row).fieldName == fieldName)
            return row;
    }
    return -1;
}

} // namespace

class TestTracking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void queuedRunningSuccessFilesOnDisk();
    void failureNamesTheNode();
    void cancelRunningTask();
    void resumedUnknownTaskIsNotFound();
    void deadlineGiveUpKeepsTaskId();
    void pollsFailTwiceThenRecover();
    void restartResumesUnfinished();
    void oneClickOneRequest_data();
    void oneClickOneRequest();
    void lostRunAnswerIsNeverResent();
    void historyFillTheFormAndRunAgain();
    void accessibleNames();
    void progressBarFollowsTheSandbox();

private:
    /// Opens the window on the sandbox and loads the text-to-image demo app.
    static void openWithApp(test::WindowFixture &f, int queuedMs = 0, int runningMs = 0);
    /// Closes the window and opens a new one on the same settings and database, as after a quit and start.
    static void restart(test::WindowFixture &f);
    /// Every output on the results view is saved in the results folder with the sandbox's bytes.
    static void verifyFilesOnDisk(test::WindowFixture &f, const QList<TaskOutput> &outputs);
};

void TestTracking::openWithApp(test::WindowFixture &f, int queuedMs, int runningMs)
{
    QVERIFY(f.open(queuedMs, runningMs));
    test::typeAppId(f, textApp);
}

void TestTracking::restart(test::WindowFixture &f)
{
    f.restart();
    // Keys were kept in memory only: the user types the key again, and the unfinished runs resume then.
    auto *key = f.find<QLineEdit>("apiKeyLineEdit");
    QTest::keyClicks(key, SandboxServer::demoApiKey());
    QTest::keyClick(key, Qt::Key_Return);
}

void TestTracking::verifyFilesOnDisk(test::WindowFixture &f, const QList<TaskOutput> &outputs)
{
    QVERIFY(!outputs.isEmpty());
    const QString folder = QFileInfo(f.dir.filePath(QStringLiteral("results"))).absoluteFilePath();
    for (const TaskOutput &output : outputs) {
        QVERIFY2(!output.localPath.isEmpty(), qPrintable(output.fileUrl));
        QCOMPARE(QFileInfo(output.localPath).absolutePath(), folder);
        QFile file(output.localPath);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(output.localPath));
        const QByteArray expected = f.sandbox.fileBytes(QUrl(output.fileUrl));
        QVERIFY(!expected.isEmpty());
        QVERIFY2(file.readAll() == expected, qPrintable(output.localPath));
    }
}

void TestTracking::queuedRunningSuccessFilesOnDisk()
{
    test::WindowFixture f;
    openWithApp(f, Long, Long);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = f.window->findChild<RequestForm *>()->model();
    model->setFieldValue(rowOf(model, QStringLiteral("batch_size")), QStringLiteral("2"));
    // The file-name setting is read when the files are saved.
    f.services->settings().setOutputNamePattern(QStringLiteral("{taskId} {n}"));
    f.services->settings().setWebSafeNames(true);
    test::clickRun(f);
    QTRY_COMPARE(statusText(f), stateName(TaskState::Queued));
    const QString taskId = f.find<QLineEdit>("taskIdLineEdit")->text();
    QCOMPARE(taskId.size(), 19);
    f.sandbox.advanceClock(Long);
    QTRY_COMPARE(statusText(f), stateName(TaskState::Running));
    f.sandbox.advanceClock(Long);
    QTRY_COMPARE(statusText(f), stateName(TaskState::Success));

    auto *list = f.find<QListView>("resultsListView");
    auto *results = f.window->findChild<ResultsView *>();
    QTRY_COMPARE(list->model()->rowCount(), 2);
    QTRY_VERIFY(!results->outputs().constFirst().localPath.isEmpty() &&
                !results->outputs().constLast().localPath.isEmpty());
    for (int row = 0; row < 2; ++row)
        QTRY_VERIFY(list->model()->index(row, 0).data(ResultsView::ThumbnailReadyRole).toBool());
    verifyFilesOnDisk(f, results->outputs());
    QCOMPARE(QFileInfo(results->outputs().constFirst().localPath).fileName(), taskId + QStringLiteral("_1.png"));
    QCOMPARE(QFileInfo(results->outputs().constLast().localPath).fileName(), taskId + QStringLiteral("_2.png"));
    QVERIFY2(f.find<QLabel>("costLabel")->text().contains(QLatin1String("coins")),
             qPrintable(f.find<QLabel>("costLabel")->text()));
    QVERIFY(!f.find<QLabel>("resultsCostLabel")->text().isEmpty());
    QCOMPARE(f.sandbox.requestCount(runPath), 1);
}

void TestTracking::failureNamesTheNode()
{
    test::WindowFixture f;
    openWithApp(f);
    if (QTest::currentTestFailed())
        return;
    f.sandbox.setNextTaskFails(true);
    test::clickRun(f);
    QTRY_COMPARE(statusText(f), stateName(TaskState::Failed));
    auto *error = f.find<QLabel>("errorLabel");
    QCOMPARE(error->text(), QStringLiteral("Node KSampler (#3): Allocation on device 0 would exceed allowed memory. "
                                           "(out of memory) (code 805: APIKEY_TASK_STATUS_ERROR)"));
    QCOMPARE(error->accessibleName(), error->text());
    auto *details = f.find<QToolButton>("failureDetailsButton");
    auto *traceback = f.find<QPlainTextEdit>("failureDetailsTextEdit");
    QVERIFY(details->isVisible());
    QVERIFY(!traceback->isVisible());
    QTest::mouseClick(details, Qt::LeftButton);
    QVERIFY(traceback->isVisible());
    QVERIFY2(traceback->toPlainText().contains(QLatin1String("execution.py")), qPrintable(traceback->toPlainText()));
    QVERIFY(f.find<QPushButton>("submitButton")->isEnabled());
}

void TestTracking::cancelRunningTask()
{
    test::WindowFixture f;
    openWithApp(f, 0, Long);
    if (QTest::currentTestFailed())
        return;
    test::clickRun(f);
    QTRY_COMPARE(statusText(f), stateName(TaskState::Running));
    auto *cancel = f.find<QPushButton>("cancelButton");
    QTRY_VERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(statusText(f), stateName(TaskState::Cancelled));
    QCOMPARE(f.sandbox.requestCount(cancelPath), 1);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(f.find<QPushButton>("submitButton")->isEnabled());
    const std::optional<RunRecord> run =
        f.window->services()->history()->run(f.window->runController()->currentRunId());
    QVERIFY(run);
    QCOMPARE(run->state, TaskState::Cancelled);
}

void TestTracking::resumedUnknownTaskIsNotFound()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    HistoryStore *history = f.window->services()->history();
    RunRequest request;
    request.webappId = textApp;
    const qint64 runId = history->recordSubmit(f.services->connection()->server(), request, QStringLiteral("gone"));
    QVERIFY(runId > 0);
    QVERIFY(history->setTaskId(runId, QStringLiteral("1999999999999999999")));
    QVERIFY(history->recordState(runId, TaskState::Running));
    restart(f);
    QTRY_COMPARE(statusText(f), stateName(TaskState::NotFound));
    QCOMPARE(f.find<QLineEdit>("taskIdLineEdit")->text(), QStringLiteral("1999999999999999999"));
    QTRY_COMPARE(f.window->services()->history()->run(runId)->state, TaskState::NotFound);
    QCOMPARE(f.sandbox.requestCount(runPath), 0);
}

void TestTracking::deadlineGiveUpKeepsTaskId()
{
    test::WindowFixture f;
    openWithApp(f, Long, Long);
    if (QTest::currentTestFailed())
        return;
    f.services->settings().setOutputNamePattern(QStringLiteral("{app}_{taskId}_{n}"));
    RunManager *runs = f.window->services()->runs();
    TrackerPolicy policy = runs->policy();
    policy.deadlineMs = 300;
    runs->setPolicy(policy);
    test::clickRun(f);
    QTRY_COMPARE(statusText(f), stateName(TaskState::GaveUp));
    const QString taskId = f.find<QLineEdit>("taskIdLineEdit")->text();
    QCOMPARE(taskId, f.sandbox.lastTaskId());
    const QString sentence = f.find<QLabel>("taskSentenceLabel")->text();
    QVERIFY2(sentence.contains(QLatin1String("History")) && sentence.contains(QLatin1String("Look again")),
             qPrintable(sentence));
    QVERIFY(f.find<QPushButton>("submitButton")->isEnabled());
    const qint64 gaveUpRun = f.window->runController()->currentRunId();
    QCOMPARE(f.window->services()->history()->run(gaveUpRun)->state, TaskState::GaveUp);
    QCOMPARE(f.window->services()->history()->run(gaveUpRun)->taskId, taskId);

    // The task finishes on the server meanwhile; another run comes and goes.
    f.sandbox.advanceClock(2 * Long);
    f.sandbox.setTimings(0, 0);
    policy.deadlineMs = 20000;
    runs->setPolicy(policy);
    test::clickRun(f);
    QTRY_COMPARE(statusText(f), stateName(TaskState::Success));
    QVERIFY(f.find<QLineEdit>("taskIdLineEdit")->text() != taskId);

    // History → Look again on the first run: the panel follows it to its files.
    f.find<QTabWidget>("rightTabWidget")->setCurrentIndex(1);
    auto *history = f.window->rightPanel()->history();
    QTRY_VERIFY(history->selectRun(gaveUpRun));
    auto *lookAgain = f.find<QPushButton>("watchAgainButton");
    QVERIFY(lookAgain->isEnabled());
    QTest::mouseClick(lookAgain, Qt::LeftButton);
    QTRY_COMPARE(f.find<QLineEdit>("taskIdLineEdit")->text(), taskId);
    QTRY_COMPARE(statusText(f), stateName(TaskState::Success));
    auto *results = f.window->findChild<ResultsView *>();
    QTRY_VERIFY(results->outputsCount() > 0 && !results->outputs().constFirst().localPath.isEmpty());
    QVERIFY2(QFileInfo(results->outputs().constFirst().localPath).fileName().contains(taskId),
             qPrintable(results->outputs().constFirst().localPath));
    verifyFilesOnDisk(f, results->outputs());
    QCOMPARE(f.window->services()->history()->run(gaveUpRun)->state, TaskState::Success);
    QCOMPARE(f.sandbox.requestCount(runPath), 2);
}

void TestTracking::pollsFailTwiceThenRecover()
{
    test::WindowFixture f;
    openWithApp(f);
    if (QTest::currentTestFailed())
        return;
    f.sandbox.failNext(outputsPath, SandboxServer::Fault::Http502Html);
    f.sandbox.failNext(outputsPath, SandboxServer::Fault::CutBody);
    test::clickRun(f);
    QTRY_COMPARE(statusText(f), stateName(TaskState::Success));
    QCOMPARE(f.sandbox.requestCount(outputsPath), 3);
    QVERIFY(f.find<QLabel>("errorLabel")->text().isEmpty());
    auto *results = f.window->findChild<ResultsView *>();
    QTRY_VERIFY(results->outputsCount() > 0 && !results->outputs().constFirst().localPath.isEmpty());
    verifyFilesOnDisk(f, results->outputs());
}

void TestTracking::restartResumesUnfinished()
{
    test::WindowFixture f;
    openWithApp(f, Long, Long);
    if (QTest::currentTestFailed())
        return;
    test::clickRun(f);
    QTRY_COMPARE(statusText(f), stateName(TaskState::Queued));
    const qint64 runId = f.window->runController()->currentRunId();
    QVERIFY(runId > 0);
    QTRY_COMPARE(f.window->services()->history()->run(runId)->taskId, f.sandbox.lastTaskId());
    restart(f); // quit while the task is still queued
    QTRY_COMPARE(statusText(f), stateName(TaskState::Queued));
    f.sandbox.advanceClock(2 * Long);
    QTRY_COMPARE(statusText(f), stateName(TaskState::Success));
    QTRY_VERIFY(!f.window->services()->history()->run(runId)->outputs.isEmpty() &&
                !f.window->services()->history()->run(runId)->outputs.constFirst().localPath.isEmpty());
    const RunRecord run = *f.window->services()->history()->run(runId);
    QCOMPARE(run.state, TaskState::Success);
    verifyFilesOnDisk(f, run.outputs);
    QCOMPARE(f.sandbox.requestCount(runPath), 1);
}

void TestTracking::oneClickOneRequest_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("double click") << "double click";
    QTest::newRow("Ctrl+Enter twice") << "keys";
    QTest::newRow("click and Ctrl+Enter") << "mixed";
}

void TestTracking::oneClickOneRequest()
{
    QFETCH(QString, how);
    test::WindowFixture f;
    openWithApp(f);
    if (QTest::currentTestFailed())
        return;
    auto *run = f.find<QPushButton>("submitButton");
    if (how == QLatin1String("double click")) { // press, release, press (double click), release
        QTest::mouseClick(run, Qt::LeftButton);
        QTest::mouseDClick(run, Qt::LeftButton);
        QTest::mouseRelease(run, Qt::LeftButton);
    } else if (how == QLatin1String("keys")) {
        QTest::keyClick(f.window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(f.window.get(), Qt::Key_Return, Qt::ControlModifier);
    } else {
        QTest::mouseClick(run, Qt::LeftButton);
        QTest::keyClick(f.window.get(), Qt::Key_Enter, Qt::ControlModifier);
    }
    QTRY_COMPARE(statusText(f), stateName(TaskState::Success));
    QCOMPARE(f.sandbox.requestCount(runPath), 1);
}

void TestTracking::lostRunAnswerIsNeverResent()
{
    test::WindowFixture f;
    openWithApp(f);
    if (QTest::currentTestFailed())
        return;
    f.window->services()->api()->setTimeoutMs(400);
    f.sandbox.failNext(runPath, SandboxServer::Fault::NoAnswer);
    test::clickRun(f);
    QTRY_COMPARE(statusText(f), stateName(TaskState::Unknown));
    QVERIFY(f.find<QPushButton>("submitButton")->isEnabled());
    QCOMPARE(f.sandbox.requestCount(runPath), 1);
    const qint64 runId = f.window->runController()->currentRunId();
    std::optional<RunRecord> run = f.window->services()->history()->run(runId);
    QVERIFY(run);
    QVERIFY(run->unknownOutcome);
    QCOMPARE(run->state, TaskState::Unknown);
    auto *table = f.find<QTableView>("historyTableView");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, HistoryModel::StateColumn).data().toString(), stateName(TaskState::Unknown));

    restart(f);
    // A round trip to the sandbox after the start: any resend would have gone out before it.
    f.find<QLineEdit>("webappIdLineEdit")->setText(textApp);
    QTest::mouseClick(f.find<QPushButton>("loadAppButton"), Qt::LeftButton);
    QTRY_VERIFY(f.find<QTableView>("nodeTableView")->model()->rowCount() > 0);
    QCOMPARE(f.sandbox.requestCount(runPath), 1);
    QVERIFY(f.window->services()->runs()->activeRuns().isEmpty());
    run = f.window->services()->history()->run(runId);
    QVERIFY(run->unknownOutcome);
    QCOMPARE(run->state, TaskState::Unknown);
}

void TestTracking::historyFillTheFormAndRunAgain()
{
    test::WindowFixture f;
    openWithApp(f);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = f.window->findChild<RequestForm *>()->model();
    const int promptRow = rowOf(model, QStringLiteral("text"));
    QVERIFY(promptRow >= 0);
    const QString prompt = QStringLiteral("a lighthouse in fog, 木版画");
    model->setFieldValue(promptRow, prompt);
    test::clickRun(f);
    QTRY_COMPARE(statusText(f), stateName(TaskState::Success));

    model->setFieldValue(promptRow, QStringLiteral("something else"));
    f.find<QLineEdit>("webappIdLineEdit")->setText(SandboxServer::demoAppIds().at(1));
    f.find<QTabWidget>("rightTabWidget")->setCurrentIndex(1);
    auto *table = f.find<QTableView>("historyTableView");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, HistoryModel::StateColumn).data().toString(), stateName(TaskState::Success));
    table->selectRow(0);
    auto *fill = f.find<QPushButton>("fillFormButton");
    QVERIFY(fill->isEnabled());
    QTest::mouseClick(fill, Qt::LeftButton);
    QTRY_COMPARE(f.find<QLineEdit>("webappIdLineEdit")->text(), textApp);
    QTRY_COMPARE(model->field(rowOf(model, QStringLiteral("text"))).fieldValue, prompt);
    QVERIFY(f.window->statusBar()->currentMessage().contains(QStringLiteral("form")));
    QCOMPARE(f.sandbox.requestCount(QStringLiteral("/task/openapi/ai-app/run")), 1); // filling sends nothing

    // "Run again" sends the same inputs at once and leaves the form as it is.
    model->setFieldValue(rowOf(model, QStringLiteral("text")), QStringLiteral("work in progress"));
    table->selectRow(0);
    QTest::mouseClick(f.find<QPushButton>("runAgainButton"), Qt::LeftButton);
    QTRY_COMPARE(f.sandbox.requestCount(QStringLiteral("/task/openapi/ai-app/run")), 2);
    QVERIFY(QString::fromUtf8(f.sandbox.lastRequestBody(QStringLiteral("/task/openapi/ai-app/run"))).contains(prompt));
    QCOMPARE(model->field(rowOf(model, QStringLiteral("text"))).fieldValue, QStringLiteral("work in progress"));
    QTRY_COMPARE(statusText(f), stateName(TaskState::Success));
}

void TestTracking::accessibleNames()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    QCOMPARE(f.find<QPushButton>("cancelButton")->accessibleName(), QStringLiteral("Cancel task"));
    QCOMPARE(f.find<QProgressBar>("progressBar")->accessibleName(), QStringLiteral("Progress"));
    QCOMPARE(f.find<QListView>("resultsListView")->accessibleName(), QStringLiteral("Results"));
    QCOMPARE(f.find<QTableView>("historyTableView")->accessibleName(), QStringLiteral("History"));
    QCOMPARE(f.find<QPushButton>("runAgainButton")->accessibleName(), QStringLiteral("Run again"));
}

// The sandbox's own progress socket moves the bar, as in `rhdesk --sandbox`: the sampler's 20 steps, half of them
// when half of the running time has passed.
void TestTracking::progressBarFollowsTheSandbox()
{
    test::WindowFixture f;
    openWithApp(f, 0, Long);
    if (QTest::currentTestFailed())
        return;
    RunManager *runs = f.window->services()->runs();
    TrackerPolicy policy = runs->policy();
    policy.liveProgress = true; // the fixture turns it off for every other test
    runs->setPolicy(policy);
    test::clickRun(f);
    auto *bar = f.find<QProgressBar>("progressBar");
    QTRY_COMPARE(bar->maximum(), 20);
    QCOMPARE(bar->value(), 0);
    f.sandbox.advanceClock(Long / 2);
    QTRY_COMPARE(bar->value(), 10);
    QCOMPARE(bar->accessibleDescription(), QStringLiteral("10 of 20"));
    f.sandbox.advanceClock(Long);
    QTRY_COMPARE(statusText(f), stateName(TaskState::Success));
}

QTEST_MAIN(TestTracking)
#include "tst_tracking.moc"
