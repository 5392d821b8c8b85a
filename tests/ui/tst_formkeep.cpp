// Nothing lost: the form survives a restart, loading a preset over edits can be undone, the form says when it is
// edited, and quitting while tasks run asks first.
#include "form/inputrow.h"
#include "form/inputsheet.h"
#include "form/mediafield.h"
#include "form/nodetableeditor.h"
#include "form/nodetablemodel.h"
#include "form/requestform.h"
#include "formdriver.h"
#include "presets/presetpanel.h"
#include "presets/undonotice.h"
#include "quitguard.h"
#include "testenv.h"
#include "windowfixture.h"

#include "model/draft.h"
#include "session/services.h"
#include "task/runmanager.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString imageApp = QStringLiteral("1894010498277093377");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");

RequestForm *formOf(test::WindowFixture &f)
{
    return f.window->findChild<RequestForm *>();
}

PresetPanel *panelOf(test::WindowFixture &f)
{
    return f.window->findChild<PresetPanel *>();
}

void answerName(test::WindowFixture &f, const QString &name)
{
    PresetPrompts prompts;
    prompts.askName = [name](QWidget *, const QString &, const QString &, const QString &) {
        return std::optional<QString>(name);
    };
    panelOf(f)->setPrompts(prompts);
}

MediaField *mediaFieldOf(RequestForm *form, const QString &fieldName)
{
    for (int row = 0; row < form->draft()->rowCount(); ++row) {
        if (form->draft()->field(row).fieldName == fieldName)
            return qobject_cast<MediaField *>(form->inputSheet()->row(row)->editor()->parentWidget());
    }
    return nullptr;
}

QByteArray everyFileIn(const QString &folder)
{
    QByteArray bytes;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

class TestFormKeep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void cleanup()
    {
        QuitGuard::setAsker({});
        NodeTableEditor::setFileChooser({});
    }
    void formKeptAcrossRestartsWithoutTheKey();
    void presetLoadedOverEditsCanBeUndone();
    void modifiedMarkerFollowsTheEdits();
    void quittingWithLiveTasksAsksFirst();
};

void TestFormKeep::formKeptAcrossRestartsWithoutTheKey()
{
    test::WindowFixture f;
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    RequestForm *form = formOf(f);
    const QString picture = test::writeImage(f.dir.filePath(QStringLiteral("杯子.png")), Qt::darkRed);
    NodeTableEditor::setFileChooser([picture](QWidget *, const QString &) { return picture; });
    MediaField *image = mediaFieldOf(form, QStringLiteral("image"));
    QTest::mouseClick(image->chooseButton(), Qt::LeftButton);
    QTRY_COMPARE(form->model()->countUploads(MediaState::Upload::Done), 1);
    const int styleRow = test::rowOf(form->model(), QStringLiteral("text"));
    form->draft()->setValue(styleRow, QStringLiteral("ink wash, 水墨"));
    f.find<QComboBox>("instanceTypeComboBox")->setCurrentIndex(1);
    const RunRequest before = form->request();
    f.window->close(); // writes the form at once
    f.restart();
    form = formOf(f);
    QCOMPARE(form->request(), before);
    QVERIFY(form->draft()->hasApp());
    image = mediaFieldOf(form, QStringLiteral("image"));
    QVERIFY(image);
    QCOMPARE(image->nameEdit()->text(), QStringLiteral("杯子.png")); // the user's file, not the server's name
    QTRY_VERIFY(!image->findChild<QLabel *>(QStringLiteral("mediaThumbnailLabel"))->pixmap().isNull());
    QCOMPARE(form->draft()->media(FieldKey{QStringLiteral("12"), QStringLiteral("image")}).upload,
             MediaState::Upload::Done);
    // The key is in none of the files rhdesk writes.
    QVERIFY(!everyFileIn(f.dir.path()).contains(SandboxServer::demoApiKey().toLatin1()));
}

void TestFormKeep::presetLoadedOverEditsCanBeUndone()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    RequestForm *form = formOf(f);
    answerName(f, QStringLiteral("Defaults"));
    f.find<QAction>("savePresetMenuAction")->trigger();
    QTRY_VERIFY(panelOf(f)->currentPresetId() != 0);
    const qint64 presetId = panelOf(f)->currentPresetId();
    form->draft()->setValue(0, QStringLiteral("my careful prompt"));
    form->draft()->setValue(1, QStringLiteral("37"));

    panelOf(f)->selectPreset(presetId);
    QTest::mouseClick(f.find<QPushButton>("loadPresetButton"), Qt::LeftButton);
    QTRY_COMPARE(form->draft()->field(0).fieldValue,
                 QStringLiteral("a cat sitting on a windowsill at sunset, watercolor"));
    auto *notice = f.find<UndoNotice>("presetLoadUndoNotice");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Ctrl+Z")), qPrintable(notice->text()));

    f.window->activateWindow();
    QTRY_VERIFY(f.window->isActiveWindow());
    f.find<QPushButton>("submitButton")->setFocus(); // not in a text box, where Ctrl+Z undoes typing
    QTest::keyClick(f.find<QPushButton>("submitButton"), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(form->draft()->field(0).fieldValue, QStringLiteral("my careful prompt"));
    QCOMPARE(form->draft()->field(1).fieldValue, QStringLiteral("37"));
    QVERIFY(!notice->isVisible());
    QVERIFY(form->draft()->isModified());

    // A load over a form without edits has nothing to undo.
    form->draft()->markUnmodified();
    QTest::mouseClick(f.find<QPushButton>("loadPresetButton"), Qt::LeftButton);
    QVERIFY(!notice->isVisible());
}

void TestFormKeep::modifiedMarkerFollowsTheEdits()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    RequestForm *form = formOf(f);
    auto *marker = f.find<QLabel>("modifiedLabel");
    QVERIFY(!marker->isVisible());
    const QString original = form->draft()->field(1).fieldValue;
    form->draft()->setValue(1, QStringLiteral("44"));
    QVERIFY(marker->isVisible());
    form->draft()->setValue(1, original);
    QVERIFY(!marker->isVisible());
    form->draft()->setValue(1, QStringLiteral("45"));
    answerName(f, QStringLiteral("Forty-five steps"));
    f.find<QAction>("savePresetMenuAction")->trigger();
    QTRY_VERIFY(!marker->isVisible()); // saved as a preset: nothing unsaved
}

void TestFormKeep::quittingWithLiveTasksAsksFirst()
{
    test::WindowFixture f;
    QVERIFY(f.open(60000, 60000)); // the task stays queued
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    test::clickRun(f);
    QTRY_COMPARE(f.services->runs()->activeRuns().size(), 1);
    int asked = 0;
    int tasks = 0;
    QuitGuard::setAsker([&](QWidget *, int live) {
        ++asked;
        tasks = live;
        return false;
    });
    f.window->close();
    QCOMPARE(asked, 1);
    QCOMPARE(tasks, 1);
    QVERIFY(f.window->isVisible());
    QVERIFY(QuitGuard::question(1).contains(QStringLiteral("next time it starts")));
    QuitGuard::setAsker([&](QWidget *, int) {
        ++asked;
        return true;
    });
    f.window->close();
    QCOMPARE(asked, 2);
    QVERIFY(!f.window->isVisible());
}

QTEST_MAIN(TestFormKeep)
#include "tst_formkeep.moc"
