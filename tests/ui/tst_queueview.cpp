// The Queue tab in the real window on a real sandbox: names for tools and screen readers, Add to queue ×N from the
// form (Ctrl+Shift+Enter), pause/resume, cancel, move (buttons, keys, drop), retry, the "outcome unknown" choice,
// the busy and hold notices, the title's percentage, the batch's notification and the sleep inhibitor.
#include "fakedesktop.h"
#include "formdriver.h"
#include "testenv.h"
#include "windowfixture.h"

#include "form/requestform.h"
#include "history/historyview.h"
#include "queue/queuecontroller.h"
#include "queue/queuemodel.h"
#include "queue/queueview.h"
#include "settingsdialog.h"
#include "task/runcontroller.h"

#include "sandbox/sandboxserver.h"
#include "store/appsettings.h"
#include "store/historystore.h"
#include "task/filerevealer.h"
#include "task/runqueue.h"
#include "task/sleepinhibitor.h"

#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
constexpr int Long = 60000;
constexpr int Wait = 20000;

RunQueue *queueOf(test::WindowFixture &f)
{
    return f.services->queue();
}

QString progressText(test::WindowFixture &f)
{
    return f.find<QLabel>("queueProgressLabel")->text();
}

QList<qint64> order(RunQueue *queue)
{
    QList<qint64> ids;
    for (const Job &job : queue->jobs())
        ids.append(job.id);
    return ids;
}

} // namespace

class TestQueueView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void namedControlsThatFit();
    void addTheFormsRequestNTimes();
    void openFolderSelectsTheBatchsLastFile();
    void percentageInTheTitleWhileABatchRuns();
    void pauseResumeAndTheSleepInhibitor();
    void cancelWithTheKeyboard();
    void moveWithButtonsKeysAndDrop();
    void retryFailedMakesANewAttempt();
    void failureKeepsTheServersCode();
    void outcomeUnknownAsksBeforeRunningAgain();
    void busyAndHoldNotices();
    void settingsHoldTheQueueSlots();
    void batchCostSoFar();

private:
    /// The window with the text app loaded and the Queue tab shown.
    void openWithApp(test::WindowFixture &f, int queuedMs = 0, int runningMs = 0);
    void addJobs(test::WindowFixture &f, int times);
};

void TestQueueView::openWithApp(test::WindowFixture &f, int queuedMs, int runningMs)
{
    QVERIFY(f.open(queuedMs, runningMs));
    test::pasteAppLink(f, textApp);
    auto *tabs = f.find<QTabWidget>("rightTabWidget");
    tabs->setCurrentIndex(RightPanel::QueueTab);
}

void TestQueueView::addJobs(test::WindowFixture &f, int times)
{
    f.find<QSpinBox>("runTimesSpinBox")->setValue(times);
    QTest::mouseClick(f.find<QPushButton>("addToQueueButton"), Qt::LeftButton);
}

void TestQueueView::namedControlsThatFit()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    auto *table = f.find<QTableView>("queueTableView");
    QVERIFY(table);
    QCOMPARE(table->accessibleName(), QStringLiteral("Run queue"));
    QCOMPARE(table->model()->columnCount(), int(QueueModel::ColumnCount));
    QCOMPARE(f.find<QPushButton>("addToQueueButton")->accessibleName(), QStringLiteral("Add to queue"));
    auto *times = f.find<QSpinBox>("runTimesSpinBox");
    QCOMPARE(times->accessibleName(), QStringLiteral("Run times"));
    QCOMPARE(times->minimum(), 1);
    QCOMPARE(times->maximum(), 100);
    bool labelled = false;
    for (const QLabel *label : f.window->findChildren<QLabel *>())
        labelled = labelled || label->buddy() == times;
    QVERIFY(labelled);
    QCOMPARE(f.find<QPushButton>("pauseQueueButton")->accessibleName(), QStringLiteral("Pause queue"));
    QCOMPARE(f.find<QPushButton>("retryFailedButton")->accessibleName(), QStringLiteral("Retry failed"));
    QCOMPARE(f.find<QPushButton>("cancelJobsButton")->accessibleName(), QStringLiteral("Cancel selected"));
    auto *progress = f.find<QLabel>("queueProgressLabel");
    QCOMPARE(progress->accessibleDescription(), QStringLiteral("Queue progress"));
    QCOMPARE(progress->accessibleName(), progress->text());
    // The window with its new tab still fits a 1280×800 screen.
    QVERIFY(f.window->minimumSizeHint().width() <= 1280);
    QVERIFY(f.window->minimumSizeHint().height() <= 800);
    f.window->resize(1280, 800);
    auto *tabs = f.find<QTabWidget>("rightTabWidget");
    tabs->setCurrentIndex(RightPanel::QueueTab);
    QTRY_VERIFY(f.find<QPushButton>("cancelJobsButton")->isVisible());
    QVERIFY(f.window->width() <= 1280 && f.window->height() <= 800);
}

void TestQueueView::addTheFormsRequestNTimes()
{
    test::FakeNotifications notifications(test::fakeServiceName("Notifications"));
    test::WindowFixture f;
    openWithApp(f);
    f.find<QSpinBox>("runTimesSpinBox")->setValue(5);
    auto *form = f.window->findChild<RequestForm *>();
    form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(form, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(queueOf(f)->jobs().size(), 5);
    QCOMPARE(queueOf(f)->batches().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(queueOf(f)->counts().succeeded, 5, Wait);
    QCOMPARE(f.sandbox.requestCount(runPath), 5);
    QCOMPARE(test::sentValue(f.sandbox.lastRequestBody(runPath), QStringLiteral("3"), QStringLiteral("steps")),
             QStringLiteral("20"));
    QTRY_VERIFY(progressText(f).startsWith(QStringLiteral("5 of 5 done")));
    QCOMPARE(f.find<QLabel>("queueProgressLabel")->accessibleName(), progressText(f));
    // One notification for the batch, not one per run, with a way to the results.
    if (notifications.registered()) {
        QTRY_COMPARE(notifications.shown().size(), 1);
        QVERIFY(notifications.shown().first().summary.contains(QStringLiteral("×5")));
        QVERIFY(notifications.shown().first().actions.contains(QStringLiteral("Open folder")));
    }
    // The Task panel stays with the form's own runs.
    QCOMPARE(f.window->runController()->currentRunId(), qint64(0));
}

void TestQueueView::openFolderSelectsTheBatchsLastFile()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no session bus: run through tests/run-all.sh (dbus-run-session)");
    test::FakeNotifications notifications(test::fakeServiceName("Notifications"));
    test::FakeFileManager fileManager(test::fakeServiceName("FileManager1"));
    QVERIFY(notifications.registered() && fileManager.registered());
    test::WindowFixture f;
    openWithApp(f);
    QueueController *controller = f.window->queueController();
    controller->fileRevealer()->setService(test::fakeServiceName("FileManager1"));
    QList<QUrl> opened;
    controller->setFolderOpener([&opened](const QUrl &url) {
        opened.append(url);
        return false;
    });
    addJobs(f, 2);
    QTRY_COMPARE_WITH_TIMEOUT(queueOf(f)->counts().succeeded, 2, Wait);
    QTRY_COMPARE(notifications.shown().size(), 1);
    const Job &last = queueOf(f)->jobs().constLast();
    QTRY_VERIFY(!f.services->history()->run(last.runId)->outputs.constLast().localPath.isEmpty());
    const QString file = f.services->history()->run(last.runId)->outputs.constLast().localPath;

    // The notification's button: the file manager shows the batch's last file selected, nothing else opens.
    QSignalSpy revealed(controller->fileRevealer(), &FileRevealer::revealed);
    notifications.invoke(notifications.shown().first().id, QStringLiteral("open-folder"));
    QVERIFY(revealed.wait());
    QCOMPARE(fileManager.shown(), QList<QStringList>{{QUrl::fromLocalFile(file).toString()}});
    QVERIFY(opened.isEmpty());

    // No file manager, and the folder does not open either: the status bar says where the results are.
    controller->fileRevealer()->setService(test::fakeServiceName("NoFileManager"));
    QSignalSpy said(controller, &QueueController::statusMessage);
    notifications.invoke(notifications.shown().first().id, QStringLiteral("open-folder"));
    QTRY_COMPARE(said.size(), 1);
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(file).absolutePath())});
    const QString sentence = said.first().first().toString();
    QVERIFY2(sentence.contains(QDir::toNativeSeparators(file)), qPrintable(sentence));
}

void TestQueueView::percentageInTheTitleWhileABatchRuns()
{
    test::WindowFixture f;
    openWithApp(f, 0, Long);
    const QString base = f.window->windowTitle();
    addJobs(f, 4);
    QTRY_COMPARE_WITH_TIMEOUT(queueOf(f)->counts().live, 1, Wait);
    QTRY_COMPARE(f.window->windowTitle(), QStringLiteral("0% · %1").arg(base));
    f.sandbox.setTimings(0, 0);
    f.sandbox.advanceClock(Long);
    QTRY_VERIFY_WITH_TIMEOUT(queueOf(f)->counts().succeeded >= 1, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(queueOf(f)->counts().succeeded, 4, Wait);
    QTRY_COMPARE(f.window->windowTitle(), base); // done: the title is the window's own again
}

void TestQueueView::pauseResumeAndTheSleepInhibitor()
{
    test::FakeScreenSaver saver(test::fakeServiceName("ScreenSaver"));
    test::WindowFixture f;
    openWithApp(f, 0, Long);
    addJobs(f, 2);
    QTRY_VERIFY(queueOf(f)->isBusy());
    QVERIFY(f.services->sleepInhibitor()->isWanted());
    if (saver.registered())
        QTRY_COMPARE(saver.active(), 1);
    auto *pause = f.find<QPushButton>("pauseQueueButton");
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(queueOf(f)->isPaused());
    QCOMPARE(pause->text(), QStringLiteral("Resume queue"));
    QCOMPARE(pause->accessibleName(), QStringLiteral("Resume queue"));
    QVERIFY(!f.services->sleepInhibitor()->isWanted()); // paused: the computer may sleep
    if (saver.registered())
        QTRY_COMPARE(saver.active(), 0);
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(!queueOf(f)->isPaused());
    QCOMPARE(pause->text(), QStringLiteral("Pause queue"));
    QVERIFY(f.services->sleepInhibitor()->isWanted());
}

void TestQueueView::cancelWithTheKeyboard()
{
    test::WindowFixture f;
    openWithApp(f, Long, Long);
    queueOf(f)->pause();
    addJobs(f, 3);
    auto *view = f.find<QueueView>("queueView");
    const QList<qint64> ids = order(queueOf(f));
    view->selectJob(ids.at(1));
    f.find<QTableView>("queueTableView")->setFocus();
    QTest::keyClick(f.find<QTableView>("queueTableView"), Qt::Key_Delete);
    QCOMPARE(order(queueOf(f)), (QList<qint64>{ids.at(0), ids.at(2)}));
    view->selectJob(ids.at(0));
    QTest::mouseClick(f.find<QPushButton>("cancelJobsButton"), Qt::LeftButton);
    QCOMPARE(order(queueOf(f)), (QList<qint64>{ids.at(2)}));
    QCOMPARE(f.sandbox.requestCount(runPath), 0);
}

void TestQueueView::moveWithButtonsKeysAndDrop()
{
    test::WindowFixture f;
    openWithApp(f);
    queueOf(f)->pause();
    addJobs(f, 4);
    auto *view = f.find<QueueView>("queueView");
    auto *table = f.find<QTableView>("queueTableView");
    const QList<qint64> ids = order(queueOf(f));
    view->selectJob(ids.at(3));
    QTest::mouseClick(f.find<QWidget>("moveJobUpButton"), Qt::LeftButton);
    QCOMPARE(order(queueOf(f)), (QList<qint64>{ids.at(0), ids.at(1), ids.at(3), ids.at(2)}));
    QCOMPARE(view->selectedIds(), QList<qint64>{ids.at(3)}); // the moved job stays selected
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(order(queueOf(f)), (QList<qint64>{ids.at(0), ids.at(3), ids.at(1), ids.at(2)}));
    // Dragged and dropped on the first row: the view hands the drop to the model like this.
    QueueModel *model = view->model();
    std::unique_ptr<QMimeData> dragged(model->mimeData({model->index(3, 0)}));
    model->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {});
    QCOMPARE(order(queueOf(f)), (QList<qint64>{ids.at(2), ids.at(0), ids.at(3), ids.at(1)}));
    // Live and finished jobs keep their place: only waiting ones can be dragged.
    QVERIFY(model->flags(model->index(0, 0)) & Qt::ItemIsDragEnabled);
    queueOf(f)->resume();
    QTRY_COMPARE_WITH_TIMEOUT(queueOf(f)->counts().succeeded, 4, Wait);
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsDragEnabled));
}

void TestQueueView::retryFailedMakesANewAttempt()
{
    test::WindowFixture f;
    openWithApp(f);
    f.sandbox.setNextTaskFails(true);
    addJobs(f, 1);
    const qint64 id = queueOf(f)->jobs().first().id;
    QTRY_COMPARE_WITH_TIMEOUT(queueOf(f)->job(id)->state, JobState::Failed, Wait);
    auto *table = f.find<QTableView>("queueTableView");
    QTRY_COMPARE(table->model()->index(0, QueueModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    QTest::mouseClick(f.find<QPushButton>("retryFailedButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(queueOf(f)->job(id)->state, JobState::Succeeded, Wait);
    QCOMPARE(table->model()->index(0, QueueModel::AttemptsColumn).data().toInt(), 2);
    QCOMPARE(table->model()->index(0, QueueModel::StateColumn).data().toString(), QStringLiteral("Succeeded"));
    QVERIFY(!table->model()->index(0, QueueModel::CostColumn).data().toString().isEmpty());
    const QList<RunRecord> attempts = f.services->history()->runsOfJob(id);
    QCOMPARE(attempts.size(), 2);
    // History says which job and attempt a run was.
    auto *history = f.window->rightPanel()->history();
    QTRY_VERIFY(history->selectRun(attempts.at(1).id));
    QTRY_VERIFY(f.find<QLabel>("historySummaryLabel")->text().contains(QStringLiteral("attempt 2")));
}

void TestQueueView::failureKeepsTheServersCode()
{
    // An 805 in the queue keeps its code and msg beside the failed node, in the job's tooltip and in History.
    test::WindowFixture f;
    openWithApp(f);
    f.sandbox.setNextTaskFails(true);
    addJobs(f, 1);
    const qint64 id = queueOf(f)->jobs().first().id;
    QTRY_COMPARE_WITH_TIMEOUT(queueOf(f)->job(id)->state, JobState::Failed, Wait);
    const QString tip = f.find<QTableView>("queueTableView")
                            ->model()
                            ->index(0, QueueModel::StateColumn)
                            .data(Qt::ToolTipRole)
                            .toString();
    QVERIFY2(tip.startsWith(QLatin1String("APIKEY_TASK_STATUS_ERROR: ")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("(out of memory)")), qPrintable(tip));
    QVERIFY2(tip.endsWith(QLatin1String("(code 805)")), qPrintable(tip));
    const QList<RunRecord> runs = f.services->history()->runsOfJob(id);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().errorCode, QStringLiteral("805"));
    auto *history = f.window->rightPanel()->history();
    QTRY_VERIFY(history->selectRun(runs.first().id));
    QTRY_COMPARE(f.find<QLabel>("historyErrorLabel")->text(), tip); // the same words in both places
}

void TestQueueView::outcomeUnknownAsksBeforeRunningAgain()
{
    test::WindowFixture f;
    openWithApp(f);
    f.sandbox.failNext(runPath, SandboxServer::Fault::Reset);
    f.sandbox.failNext(runPath, SandboxServer::Fault::Reset);
    addJobs(f, 2);
    QTRY_COMPARE_WITH_TIMEOUT(queueOf(f)->counts().unknown, 2, Wait);
    auto *view = f.find<QueueView>("queueView");
    const QList<qint64> ids = order(queueOf(f));
    view->selectJob(ids.at(0));
    QTRY_VERIFY(f.find<QWidget>("unknownOutcomePanel")->isVisible());
    QCOMPARE(f.find<QLabel>("unknownOutcomeLabel")->text(),
             QStringLiteral("Outcome unknown — this run may have been charged"));
    QString asked;
    bool answer = false;
    view->setConfirm([&](QWidget *, const QString &question, const QString &) {
        asked = question;
        return answer;
    });
    QTest::mouseClick(f.find<QPushButton>("runAgainAnywayButton"), Qt::LeftButton);
    QVERIFY(asked.contains(QStringLiteral("twice")));
    QCOMPARE(queueOf(f)->job(ids.at(0))->state, JobState::Unknown); // said no: nothing sent
    answer = true;
    QTest::mouseClick(f.find<QPushButton>("runAgainAnywayButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(queueOf(f)->job(ids.at(0))->state, JobState::Succeeded, Wait);
    view->selectJob(ids.at(1));
    QTest::mouseClick(f.find<QPushButton>("forgetJobButton"), Qt::LeftButton);
    QVERIFY(!queueOf(f)->job(ids.at(1)));
    QCOMPARE(f.sandbox.requestCount(runPath), 3);
}

void TestQueueView::busyAndHoldNotices()
{
    test::WindowFixture f;
    openWithApp(f);
    f.sandbox.setInstancesBusy(true);
    addJobs(f, 1);
    auto *notice = f.find<QLabel>("queueNoticeLabel");
    QTRY_COMPARE_WITH_TIMEOUT(notice->text(), QStringLiteral("Waiting: your RunningHub account is busy (415)"), Wait);
    QCOMPARE(queueOf(f)->counts().failed, 0);
    f.sandbox.setInstancesBusy(false);
    QTRY_COMPARE_WITH_TIMEOUT(queueOf(f)->counts().succeeded, 1, Wait);
    f.sandbox.setKeyBalance(SandboxServer::demoApiKey(), 0);
    addJobs(f, 2);
    QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains(QStringLiteral("(416)")), Wait);
    QCOMPARE(notice->accessibleName(), notice->text());
    QCOMPARE(f.find<QPushButton>("pauseQueueButton")->text(), QStringLiteral("Resume queue"));
    QCOMPARE(queueOf(f)->counts().waiting, 2);
    f.sandbox.setKeyBalance(SandboxServer::demoApiKey(), 100000);
    QTest::mouseClick(f.find<QPushButton>("pauseQueueButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(queueOf(f)->counts().succeeded, 3, Wait);
    QVERIFY(notice->text().isEmpty());
}

void TestQueueView::settingsHoldTheQueueSlots()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    SettingsDialog dialog(&f.services->settings(), true, f.window.get());
    auto *slots = dialog.findChild<QSpinBox *>(QStringLiteral("queueSlotsSpinBox"));
    QVERIFY(slots);
    QCOMPARE(slots->value(), 1);
    QCOMPARE(slots->maximum(), 20);
    bool labelled = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        labelled = labelled || label->buddy() == slots;
    QVERIFY(labelled);
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("sleepUnavailableLabel"))->isVisibleTo(&dialog));
    dialog.setSleepUnavailable(true);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("sleepUnavailableLabel"))->isVisibleTo(&dialog));
    slots->setValue(4);
    dialog.accept();
    QCOMPARE(f.services->settings().queueSlots(), 4);
    QCOMPARE(f.services->queue()->slots(), 4);
}

void TestQueueView::batchCostSoFar()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    test::WindowFixture f;
    openWithApp(f);
    addJobs(f, 3);
    QTRY_COMPARE_WITH_TIMEOUT(queueOf(f)->counts().succeeded, 3, Wait);
    qint64 coins = 0;
    for (const Job &job : queueOf(f)->jobs())
        coins += job.coins.toLongLong();
    QVERIFY(coins > 0);
    auto *view = f.find<QueueView>("queueView");
    auto *label = f.find<QLabel>("batchCostLabel");
    QVERIFY(label);
    QVERIFY(!label->isVisible()); // no job chosen, no batch
    view->selectJob(queueOf(f)->jobs().first().id);
    QTRY_COMPARE(label->text(), QStringLiteral("Spent so far: %1 RH coins").arg(coins));
    QVERIFY(label->isVisible());
    QCOMPARE(label->accessibleName(), label->text()); // a value label keeps its value as its name
    QCOMPARE(label->accessibleDescription(), QStringLiteral("What the batch has spent"));

    // Another batch that sent nothing yet has its own figure.
    queueOf(f)->pause();
    addJobs(f, 2);
    QTRY_COMPARE(queueOf(f)->jobs().size(), 5);
    view->selectJob(queueOf(f)->jobs().last().id);
    QTRY_COMPARE(label->text(), QStringLiteral("Spent so far: no run of this batch has said its cost yet."));
    view->selectJob(queueOf(f)->jobs().first().id);
    QTRY_COMPARE(label->text(), QStringLiteral("Spent so far: %1 RH coins").arg(coins));
    // A job of no batch: no batch figure.
    addJobs(f, 1);
    QTRY_COMPARE(queueOf(f)->jobs().size(), 6);
    view->selectJob(queueOf(f)->jobs().last().id);
    QTRY_VERIFY(!label->isVisible());
}

QTEST_MAIN(TestQueueView)
#include "tst_queueview.moc"
