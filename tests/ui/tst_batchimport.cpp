// Import batch… in the real window on a real sandbox: a 12-row sheet with 2 bad rows (made by python3-xlsxwriter,
// see tests/data/sheets/make-sheets.sh) → 2 problems listed, 10 runs queued, the sandbox receives exactly the 10
// expected request bodies, and the manifest has 12 lines (2 skipped, 10 with task ids and files). Also: names,
// buddies and size of the dialog, nothing sent before "Queue", and a dropped CSV opening the dialog.
#include "formdriver.h"
#include "testenv.h"
#include "windowfixture.h"

#include "batch/batchcontroller.h"
#include "batch/batchdialog.h"

#include "batch/csvreader.h"
#include "batch/manifestrecorder.h"
#include "queue/costconfirm.h"
#include "sandbox/sandboxserver.h"
#include "store/appsettings.h"
#include "task/runqueue.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QtTest>

#include <quazip.h>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString imageApp = QStringLiteral("1894010498277093377");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
constexpr int Long = 60000;

/// The nodeInfoList a body sent, as "nodeId:fieldName=fieldValue" lines in the order sent.
QStringList sentInputs(const QJsonObject &body)
{
    QStringList inputs;
    for (const QJsonValue &node : body.value(QLatin1String("nodeInfoList")).toArray()) {
        const QJsonObject o = node.toObject();
        inputs.append(QStringLiteral("%1:%2=%3")
                          .arg(o.value(QLatin1String("nodeId")).toString(),
                               o.value(QLatin1String("fieldName")).toString(),
                               o.value(QLatin1String("fieldValue")).toString()));
    }
    return inputs;
}

/// What the sheet's take n must send: its prompt, steps and model; cfg and batch_size keep the form's values.
QStringList expectedInputs(int n)
{
    const QString model =
        QStringList{QStringLiteral("flux-pro"), QStringLiteral("flux-dev"), QStringLiteral("flux-schnell")}.at(n % 3);
    return {QStringLiteral("6:text=a lighthouse at dawn, take %1").arg(n), QStringLiteral("3:steps=%1").arg(10 + n),
            QStringLiteral("3:cfg=7.5"), QStringLiteral("30:model=") + model, QStringLiteral("5:batch_size=1")};
}

bool hasBuddyLabel(const QWidget *root, const QWidget *widget)
{
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() == widget)
            return true;
    }
    return false;
}

} // namespace

class TestBatchImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void sheetWithTwoBadRowsQueuesTen();
    void droppedCsvOpensTheDialog();
    void folderOfImagesOneRunEach();

private:
    BatchDialog *importThroughTheMenu(test::WindowFixture &f, const QString &path);
};

BatchDialog *TestBatchImport::importThroughTheMenu(test::WindowFixture &f, const QString &path)
{
    BatchController *controller = f.window->batchController();
    controller->setFileChooser([path](QWidget *) { return path; });
    auto *action = f.find<QAction>("importBatchAction");
    if (!action || action->text() != QStringLiteral("Import &batch…"))
        return nullptr;
    action->trigger();
    return controller->dialog();
}

void TestBatchImport::sheetWithTwoBadRowsQueuesTen()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    QList<QJsonObject> bodies;
    connect(&f.sandbox, &SandboxServer::requestServed, this, [&](const QString &path) {
        if (path == runPath)
            bodies.append(QJsonDocument::fromJson(f.sandbox.lastRequestBody(runPath)).object());
    });

    BatchDialog *dialog = importThroughTheMenu(f, test::dataPath(QStringLiteral("sheets/batch-text-to-image.xlsx")));
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->plan().runs.size(), 12);
    QTRY_VERIFY(!dialog->isBusy());

    auto *problems = dialog->findChild<QListView *>(QStringLiteral("batchProblemsListView"));
    QVERIFY(problems);
    QCOMPARE(problems->accessibleName(), QStringLiteral("Batch problems"));
    QCOMPARE(problems->model()->rowCount(), 2);
    QCOMPARE(problems->model()->index(0, 0).data().toString(),
             QStringLiteral("row 5, column 'Model': 'flux-ultra' is not one of: flux-pro, flux-dev, flux-schnell"));
    QCOMPARE(problems->model()->index(1, 0).data().toString(),
             QStringLiteral("row 9, column '采样步数': 0 is below the minimum 1"));
    auto *preview = dialog->findChild<QTableView *>(QStringLiteral("batchPreviewTableView"));
    QVERIFY(preview);
    QCOMPARE(preview->accessibleName(), QStringLiteral("Batch preview"));
    QCOMPARE(preview->model()->rowCount(), 12);
    auto *estimate = dialog->findChild<QLabel *>(QStringLiteral("batchEstimateLabel"));
    QVERIFY(estimate);
    QCOMPARE(estimate->accessibleDescription(), QStringLiteral("Batch estimate"));
    QCOMPARE(estimate->text(), QStringLiteral("no estimate: this app has no finished runs yet"));
    auto *queueButton = dialog->findChild<QPushButton *>(QStringLiteral("queueBatchButton"));
    QVERIFY(queueButton);
    QCOMPARE(queueButton->accessibleName(), QStringLiteral("Queue runs"));
    QCOMPARE(queueButton->text(), QStringLiteral("Queue 10 runs"));

    // Every field is labelled through its buddy, and the dialog fits a 1280×800 screen.
    for (QWidget *field : dialog->findChildren<QComboBox *>())
        QVERIFY2(hasBuddyLabel(dialog, field), qPrintable(field->accessibleName()));
    QVERIFY(hasBuddyLabel(dialog, preview));
    QVERIFY(hasBuddyLabel(dialog, problems));
    QVERIFY(dialog->width() <= 1280 && dialog->height() <= 800);
    QVERIFY(dialog->minimumSizeHint().width() <= 1280 && dialog->minimumSizeHint().height() <= 760);

    // Unticking "skip" blocks the batch; nothing has been sent so far.
    auto *skip = dialog->findChild<QCheckBox *>(QStringLiteral("skipProblemRowsCheckBox"));
    QVERIFY(skip);
    skip->setChecked(false);
    QVERIFY(!queueButton->isEnabled());
    skip->setChecked(true);
    QVERIFY(queueButton->isEnabled());
    QCOMPARE(f.sandbox.requestCount(runPath), 0);

    RunQueue *queue = f.services->queue();
    QSignalSpy queued(f.window->batchController(), &BatchController::batchQueued);
    QSignalSpy lines(f.services->manifests(), &ManifestRecorder::lineWritten);
    QSignalSpy finished(queue, &RunQueue::batchFinished);
    QTest::mouseClick(queueButton, Qt::LeftButton);
    QCOMPARE(queued.count(), 1);
    const qint64 batchId = queued.first().at(0).toLongLong();
    QCOMPARE(queued.first().at(1).toInt(), 10);
    QCOMPARE(queue->counts(batchId).total, 10);
    QCOMPARE(lines.count(), 2); // the skipped rows, at once

    QVERIFY(finished.wait(Long) || finished.count() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(lines.count(), 12, Long);

    // Exactly the 10 expected bodies reached the sandbox.
    QCOMPARE(bodies.size(), 10);
    QMap<QString, QStringList> byPrompt;
    for (const QJsonObject &body : std::as_const(bodies)) {
        QCOMPARE(body.value(QLatin1String("webappId")).toInteger(), textApp.toLongLong());
        QCOMPARE(body.value(QLatin1String("apiKey")).toString(), SandboxServer::demoApiKey());
        const QStringList inputs = sentInputs(body);
        byPrompt.insert(inputs.value(0), inputs);
    }
    QCOMPARE(byPrompt.size(), 10);
    for (int n = 1; n <= 12; ++n) {
        if (n == 4 || n == 8)
            continue;
        const QStringList expected = expectedInputs(n);
        QCOMPARE(byPrompt.value(expected.first()), expected);
    }

    // The manifest: 12 lines after the header, 2 skipped, 10 with task ids and files that exist.
    const QString path = f.services->manifests()->pathOf(*queue->batch(batchId));
    QVERIFY(path.startsWith(f.services->settings().outputFolder()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const SheetReadResult manifest = readCsv(file.readAll());
    QVERIFY(manifest.ok());
    QCOMPARE(manifest.table.header.first(), QStringLiteral("row"));
    const int state = int(manifest.table.header.indexOf(QStringLiteral("state")));
    const int taskId = int(manifest.table.header.indexOf(QStringLiteral("taskId")));
    const int files = int(manifest.table.header.indexOf(QStringLiteral("files")));
    QCOMPARE(manifest.table.rows.size(), 12);
    QStringList skippedRows;
    int done = 0;
    for (const SheetRow &row : manifest.table.rows) {
        if (row.cells.at(state) == QStringLiteral("skipped")) {
            skippedRows.append(row.cells.first());
            continue;
        }
        QCOMPARE(row.cells.at(state), QStringLiteral("success"));
        QVERIFY(!row.cells.at(taskId).isEmpty());
        const QStringList saved = row.cells.at(files).split(QStringLiteral("; "), Qt::SkipEmptyParts);
        QVERIFY(!saved.isEmpty());
        for (const QString &name : saved)
            QVERIFY2(QFileInfo(QFileInfo(path).dir(), name).isFile(), qPrintable(name));
        ++done;
    }
    QCOMPARE(skippedRows, (QStringList{QStringLiteral("5"), QStringLiteral("9")}));
    QCOMPARE(done, 10);

    // The app has finished runs now: the next import estimates its cost from them.
    dialog = importThroughTheMenu(f, test::dataPath(QStringLiteral("sheets/batch-text-to-image.xlsx")));
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->plan().runs.size(), 12);
    estimate = dialog->findChild<QLabel *>(QStringLiteral("batchEstimateLabel"));
    QVERIFY2(estimate->text().startsWith(QStringLiteral("About ")), qPrintable(estimate->text()));
    QVERIFY2(estimate->text().contains(QStringLiteral("(10 runs × ")), qPrintable(estimate->text()));
    QCOMPARE(estimate->accessibleName(), estimate->text());
    // Above the "ask before queueing" threshold the batch is queued only after a yes: a no queues nothing.
    f.services->settings().setCoinsLimit(AppSettings::Key::ConfirmAboveCoins, 1);
    const int asked = CostConfirm::askedCount();
    const int jobs = int(f.services->queue()->jobs().size());
    CostConfirm::setNextAnswer(false);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("queueBatchButton")), Qt::LeftButton);
    QCOMPARE(CostConfirm::askedCount(), asked + 1);
    QCOMPARE(int(f.services->queue()->jobs().size()), jobs);
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestBatchImport::droppedCsvOpensTheDialog()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    const QString path = f.dir.filePath(QStringLiteral("prompts.csv"));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("prompt,steps\r\na fox,12\r\na bee,many\r\n");
    csv.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint where = f.window->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(where), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &drop);
    BatchDialog *dialog = f.window->batchController()->dialog();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->plan().runs.size(), 2);
    QCOMPARE(dialog->plan().problems.size(), 1);
    QCOMPARE(dialog->plan().problems.first().text, QStringLiteral("row 3, column 'steps': 'many' is not a number"));
    QCOMPARE(dialog->runCount(), 1);
    dialog->reject();
    QCOMPARE(f.sandbox.requestCount(runPath), 0);
}

void TestBatchImport::folderOfImagesOneRunEach()
{
    test::WindowFixture f;
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    QList<QJsonObject> bodies;
    connect(&f.sandbox, &SandboxServer::requestServed, this, [&](const QString &path) {
        if (path == runPath)
            bodies.append(QJsonDocument::fromJson(f.sandbox.lastRequestBody(runPath)).object());
    });
    const QString folder = f.dir.filePath(QStringLiteral("pictures"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(!test::writeImage(folder + QStringLiteral("/red.png"), Qt::red).isEmpty());
    QVERIFY(!test::writeImage(folder + QStringLiteral("/green.png"), Qt::green).isEmpty());
    QVERIFY(!test::writeImage(folder + QStringLiteral("/blue.png"), Qt::blue).isEmpty());
    BatchController *controller = f.window->batchController();
    controller->setFolderChooser([folder](QWidget *) { return folder; });
    auto *action = f.find<QAction>("importFolderAction");
    QVERIFY(action);
    action->trigger();
    BatchDialog *dialog = controller->dialog();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->runCount(), 3);
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(dialog->plan().runs.first().label, QStringLiteral("blue"));
    QSignalSpy finished(f.services->queue(), &RunQueue::batchFinished);
    QSignalSpy lines(f.services->manifests(), &ManifestRecorder::lineWritten);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("queueBatchButton")), Qt::LeftButton);
    QVERIFY(finished.wait(Long) || finished.count() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(lines.count(), 3, Long);
    // Each picture was uploaded and sent in its own run.
    QCOMPARE(bodies.size(), 3);
    QSet<QString> sent;
    for (const QJsonObject &body : std::as_const(bodies)) {
        const QString image =
            test::sentValue(QJsonDocument(body).toJson(), QStringLiteral("12"), QStringLiteral("image"));
        QVERIFY2(image.startsWith(QStringLiteral("api/")), qPrintable(image));
        sent.insert(image);
    }
    QCOMPARE(sent.size(), 3);

    // Export batch…: the manifest and the three results in one ZIP.
    const QString zipPath = f.dir.filePath(QStringLiteral("pictures.zip"));
    controller->setExportChooser([&](QWidget *, const QList<BatchRecord> &batches) {
        return batches.size() == 1 ? std::optional(std::pair{batches.first(), zipPath}) : std::nullopt;
    });
    QSignalSpy exported(controller, &BatchController::exported);
    f.find<QAction>("exportBatchAction")->trigger();
    QVERIFY(exported.wait(Long));
    QCOMPARE(exported.first().at(1).toBool(), true);
    QuaZip zip(zipPath);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QCOMPARE(zip.getEntriesCount(), 4);
    QVERIFY(zip.getFileNameList().contains(QStringLiteral("manifest.csv")));
}

QTEST_MAIN(TestBatchImport)
#include "tst_batchimport.moc"
