// Batches without a file dialog: cells pasted from a spreadsheet (the Run menu's "Paste batch from clipboard" and
// the dialog's "Paste cells", through the real QClipboard) and a batch saved as a preset, rerun after a restart
// with the same mapping and rows; a changed sheet and a missing one each get their sentence.
#include "formdriver.h"
#include "testenv.h"
#include "windowfixture.h"

#include "batch/batchcontroller.h"
#include "batch/batchdialog.h"
#include "form/requestform.h"
#include "presets/presetpanel.h"
#include "presets/presetprompts.h"

#include "model/draft.h"
#include "store/presetstore.h"
#include "task/runqueue.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");

PresetPanel *panelOf(test::WindowFixture &f)
{
    return f.window->findChild<PresetPanel *>();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString valueOf(const BatchRun &run, const QString &nodeId, const QString &fieldName)
{
    for (const NodeField &node : run.request.nodes) {
        if (node.nodeId == nodeId && node.fieldName == fieldName)
            return node.fieldValue;
    }
    return QStringLiteral("<missing>");
}

/// The prompts (6:text) and steps (3:steps) of the plan's runs, as "prompt/steps".
QStringList promptsAndSteps(const BatchPlan &plan)
{
    QStringList out;
    for (const BatchRun &run : plan.runs)
        out.append(valueOf(run, QStringLiteral("6"), QStringLiteral("text")) + u'/' +
                   valueOf(run, QStringLiteral("3"), QStringLiteral("steps")));
    return out;
}

/// Points the mapping combo of @p header at the input named "…(nodeKey)" as a user does.
bool mapColumn(BatchDialog *dialog, const QString &header, const QString &nodeKey)
{
    for (auto *combo : dialog->findChildren<QComboBox *>(QStringLiteral("batchColumnComboBox"))) {
        if (combo->accessibleName() != QStringLiteral("Column %1").arg(header))
            continue;
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).endsWith(QStringLiteral("(%1)").arg(nodeKey))) {
                combo->setCurrentIndex(i);
                Q_EMIT combo->activated(i);
                return true;
            }
        }
    }
    return false;
}

} // namespace

class TestBatchRerun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void pastedCellsFromTheRunMenu();
    void pasteCellsInsideTheDialog();
    void batchSavedAsPresetRerunsAfterRestart();
};

void TestBatchRerun::pastedCellsFromTheRunMenu()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    auto *action = f.find<QAction>("pasteBatchAction");
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("&Paste batch from clipboard"));
    QVERIFY(f.find<QMenu>("runMenu")->actions().contains(action));

    // Nothing on the clipboard: a sentence, no dialog.
    QGuiApplication::clipboard()->clear();
    action->trigger();
    QVERIFY(!f.window->batchController()->dialog());
    QCOMPARE(f.window->statusBar()->currentMessage(),
             QStringLiteral("The clipboard holds no cells: copy them in the spreadsheet first."));

    // As a spreadsheet copies: tabs between cells, a quoted cell holding a line break, CRLF rows.
    QGuiApplication::clipboard()->setText(
        QStringLiteral("prompt\tsteps\r\na fox\t12\r\n\"a bee,\nin rain\"\t14\r\nan owl\tmany\r\n"));
    action->trigger();
    BatchDialog *dialog = f.window->batchController()->dialog();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->plan().runs.size(), 3);
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(
        promptsAndSteps(dialog->plan()),
        (QStringList{QStringLiteral("a fox/12"), QStringLiteral("a bee,\nin rain/14"), QStringLiteral("an owl/many")}));
    QCOMPARE(dialog->plan().problems.size(), 1);
    QCOMPARE(dialog->plan().problems.first().text, QStringLiteral("row 4, column 'steps': 'many' is not a number"));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("batchFileLabel"))->text(),
             QStringLiteral("Cells pasted from the clipboard"));
    QVERIFY(dialog->windowTitle().endsWith(QStringLiteral("pasted cells")));
    // No file to read again: nothing to keep as a preset.
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveBatchPresetButton"));
    QVERIFY(save);
    QVERIFY(!save->isEnabled());
    QVERIFY(dialog->presetBatch().isEmpty());

    QSignalSpy queued(f.window->batchController(), &BatchController::batchQueued);
    auto *queueButton = dialog->findChild<QPushButton *>(QStringLiteral("queueBatchButton"));
    QCOMPARE(queueButton->text(), QStringLiteral("Queue 2 runs"));
    QTest::mouseClick(queueButton, Qt::LeftButton);
    QCOMPARE(queued.count(), 1);
    const qint64 batchId = queued.first().at(0).toLongLong();
    QCOMPARE(f.services->queue()->counts(batchId).total, 2);
    QVERIFY(f.services->queue()->batch(batchId)->name.startsWith(QStringLiteral("Pasted cells ")));
}

void TestBatchRerun::pasteCellsInsideTheDialog()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    const QString path = f.dir.filePath(QStringLiteral("prompts.csv"));
    QVERIFY(writeFile(path, "prompt,steps\r\na fox,12\r\n"));
    QVERIFY(f.window->batchController()->openSheet(path));
    BatchDialog *dialog = f.window->batchController()->dialog();
    QTRY_COMPARE(dialog->plan().runs.size(), 1);
    auto *paste = dialog->findChild<QPushButton *>(QStringLiteral("pasteCellsButton"));
    QVERIFY(paste);
    QCOMPARE(paste->text(), QStringLiteral("P&aste cells"));

    QGuiApplication::clipboard()->setText(QStringLiteral("steps\tprompt\n20\tred\n21\tgreen\n22\tblue\n"));
    QSignalSpy planned(dialog, &BatchDialog::planChanged);
    QTest::mouseClick(paste, Qt::LeftButton);
    QVERIFY(planned.wait());
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(promptsAndSteps(dialog->plan()),
             (QStringList{QStringLiteral("red/20"), QStringLiteral("green/21"), QStringLiteral("blue/22")}));
    QCOMPARE(dialog->runCount(), 3);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("batchFileLabel"))->text(),
             QStringLiteral("Cells pasted from the clipboard"));
    dialog->reject();
    QCOMPARE(f.sandbox.requestCount(runPath), 0);
}

void TestBatchRerun::batchSavedAsPresetRerunsAfterRestart()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    // "Wording" is not guessed: the user maps it by hand, and the preset must keep that choice.
    const QString path = f.dir.filePath(QStringLiteral("weekly.csv"));
    QVERIFY(writeFile(path, "Wording,采样步数,Notes\r\na fox,12,x\r\na bee,0,y\r\nan owl,20,z\r\n"));
    Draft *draft = f.window->form()->draft();
    draft->setValue(test::rowOf(f.window->form()->model(), QStringLiteral("cfg")), QStringLiteral("6.5"));
    QVERIFY(f.window->batchController()->openSheet(path));
    BatchDialog *dialog = f.window->batchController()->dialog();
    QTRY_COMPARE(dialog->plan().runs.size(), 3);
    QTRY_VERIFY(!dialog->isBusy());
    QSignalSpy planned(dialog, &BatchDialog::planChanged);
    QVERIFY(mapColumn(dialog, QStringLiteral("Wording"), QStringLiteral("6:text")));
    QVERIFY(planned.wait());
    QTRY_VERIFY(!dialog->isBusy());
    const QStringList rows = promptsAndSteps(dialog->plan());
    QCOMPARE(rows, (QStringList{QStringLiteral("a fox/12"), QStringLiteral("a bee/0"), QStringLiteral("an owl/20")}));
    QCOMPARE(dialog->plan().problems.size(), 1);
    dialog->findChild<QCheckBox *>(QStringLiteral("skipProblemRowsCheckBox"))->setChecked(false);

    PresetPrompts prompts;
    prompts.askName = [](QWidget *, const QString &, const QString &, const QString &suggestion) {
        return std::optional<QString>(suggestion == QStringLiteral("weekly") ? QStringLiteral("Weekly foxes")
                                                                             : QStringLiteral("wrong suggestion"));
    };
    panelOf(f)->setPrompts(prompts);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveBatchPresetButton"));
    QVERIFY(save->isEnabled());
    QCOMPARE(save->text(), QStringLiteral("Sa&ve as preset…"));
    QTest::mouseClick(save, Qt::LeftButton);
    const qint64 presetId = panelOf(f)->currentPresetId();
    QVERIFY(presetId != 0);
    const Preset saved = *f.services->presets()->get(presetId);
    QCOMPARE(saved.name, QStringLiteral("Weekly foxes"));
    QCOMPARE(saved.batch.sheetPath, QFileInfo(path).absoluteFilePath());
    QVERIFY(!saved.batch.skipProblems);
    dialog->reject();

    // A restart on the same files: load the preset → the sheet is read again with its mapping and checked.
    f.window->close();
    f.restart();
    draft = f.window->form()->draft();
    draft->setValue(test::rowOf(f.window->form()->model(), QStringLiteral("cfg")), QStringLiteral("9"));
    panelOf(f)->selectPreset(presetId);
    QTest::mouseClick(f.find<QPushButton>("loadPresetButton"), Qt::LeftButton);
    QTRY_VERIFY(f.window->batchController()->dialog());
    dialog = f.window->batchController()->dialog();
    QTRY_COMPARE(dialog->plan().runs.size(), 3);
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(promptsAndSteps(dialog->plan()), rows);
    QCOMPARE(dialog->presetBatch(), saved.batch);
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("skipProblemRowsCheckBox"))->isChecked());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("batchNoticeLabel"))->isVisible());
    QVERIFY(dialog->windowTitle().startsWith(QStringLiteral("Batch preset “Weekly foxes”")));
    // The form's other values came from the preset, not from the form before it was loaded.
    QCOMPARE(valueOf(dialog->plan().runs.first(), QStringLiteral("3"), QStringLiteral("cfg")), QStringLiteral("6.5"));
    dialog->reject();

    // Next week's sheet: a column gone, one new. The rows still come, and a sentence says what changed.
    QVERIFY(writeFile(path, "Wording,Seed\r\na cat,1\r\n"));
    QTRY_VERIFY(!f.window->batchController()->dialog());
    QTest::mouseClick(f.find<QPushButton>("loadPresetButton"), Qt::LeftButton);
    QTRY_VERIFY(f.window->batchController()->dialog());
    dialog = f.window->batchController()->dialog();
    QTRY_COMPARE(dialog->plan().runs.size(), 1);
    QCOMPARE(promptsAndSteps(dialog->plan()).first().section(u'/', 0, 0), QStringLiteral("a cat"));
    auto *notice = dialog->findChild<QLabel *>(QStringLiteral("batchNoticeLabel"));
    QTRY_VERIFY(notice->isVisible());
    QCOMPARE(notice->text(),
             QStringLiteral("The sheet's columns changed since the preset “Weekly foxes” was saved: new “Seed”; gone "
                            "“采样步数”, “Notes”. Check the columns before queueing."));
    dialog->reject();

    // The sheet is gone: a sentence, no dialog; the preset's values are in the form.
    QTRY_VERIFY(!f.window->batchController()->dialog());
    QVERIFY(QFile::remove(path));
    QTest::mouseClick(f.find<QPushButton>("loadPresetButton"), Qt::LeftButton);
    QTRY_VERIFY(f.window->statusBar()->currentMessage().startsWith(
        QStringLiteral("The sheet of the preset “Weekly foxes” is not at ")));
    QVERIFY(!f.window->batchController()->dialog());
    QCOMPARE(f.sandbox.requestCount(runPath), 0);
}

QTEST_MAIN(TestBatchRerun)
#include "tst_batchrerun.moc"
