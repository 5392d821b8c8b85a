// Media inputs as file cells in the form: a typed or pasted path on this computer is a file to upload (or refused,
// saying to use Choose…), never text for the server; a preset brings back the user's file name and preview.
#include "form/inputrow.h"
#include "form/inputsheet.h"
#include "form/mediafield.h"
#include "form/nodetableeditor.h"
#include "form/nodetablemodel.h"
#include "form/requestform.h"
#include "formdriver.h"
#include "presets/presetpanel.h"
#include "testenv.h"
#include "windowfixture.h"

#include "model/draft.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString imageApp = QStringLiteral("1894010498277093377");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
const QString uploadPath = QStringLiteral("/task/openapi/upload");

RequestForm *formOf(test::WindowFixture &f)
{
    return f.window->findChild<RequestForm *>();
}

MediaField *imageField(test::WindowFixture &f)
{
    RequestForm *form = formOf(f);
    const int row = test::rowOf(form->model(), QStringLiteral("image"));
    return row < 0 ? nullptr : qobject_cast<MediaField *>(form->inputSheet()->row(row)->editor()->parentWidget());
}

void typeInto(QLineEdit *edit, const QString &text)
{
    // As typed (CJK through setText: QTest::keyClicks cannot type it), then Enter.
    edit->setFocus();
    edit->setText(text);
    edit->setModified(true);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestMediaField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void cleanup() { NodeTableEditor::setFileChooser({}); }
    void showsTheSampleAsAServerFile();
    void typedLocalPathIsUploaded();
    void pastedPathIsUploaded();
    void missingPathIsRefusedNeverSent();
    void presetBringsBackNameAndPreview();
};

void TestMediaField::showsTheSampleAsAServerFile()
{
    test::WindowFixture f;
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    MediaField *field = imageField(f);
    QVERIFY(field);
    QCOMPARE(field->nameEdit()->text(), QStringLiteral("sandbox-sample-cat.png"));
    QCOMPARE(field->statusText(), QStringLiteral("The app's sample file on RunningHub"));
    QCOMPARE(field->chooseButton()->accessibleName(), QStringLiteral("Choose a file for Source image"));
}

void TestMediaField::typedLocalPathIsUploaded()
{
    test::WindowFixture f;
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    const QString path = test::writeImage(f.dir.filePath(QStringLiteral("产品图 杯子.png")), Qt::yellow);
    MediaField *field = imageField(f);
    typeInto(field->nameEdit(), path);
    NodeTableModel *model = formOf(f)->model();
    const int row = test::rowOf(model, QStringLiteral("image"));
    QTRY_COMPARE(model->uploadState(row), NodeTableModel::Upload::Done);
    const QString fileName = model->field(row).fieldValue;
    QVERIFY2(fileName.startsWith(QLatin1String("api/")), qPrintable(fileName));
    QCOMPARE(field->nameEdit()->text(), QStringLiteral("产品图 杯子.png"));
    QVERIFY(field->statusText().contains(fileName));
    test::clickRun(f);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
    QCOMPARE(test::sentValue(f.sandbox.lastRequestBody(runPath), QStringLiteral("12"), QStringLiteral("image")),
             fileName);
    QVERIFY(!f.sandbox.lastRequestBody(runPath).contains(f.dir.path().toUtf8()));
}

void TestMediaField::pastedPathIsUploaded()
{
    test::WindowFixture f;
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    const QString path = test::writeImage(f.dir.filePath(QStringLiteral("pasted.png")), Qt::blue);
    MediaField *field = imageField(f);
    QApplication::clipboard()->setText(QStringLiteral("'%1'").arg(path)); // quoted, as a file manager copies it
    field->nameEdit()->setFocus();
    QTest::keySequence(field->nameEdit(), QKeySequence::Paste);
    NodeTableModel *model = formOf(f)->model();
    const int row = test::rowOf(model, QStringLiteral("image"));
    QTRY_COMPARE(model->uploadState(row), NodeTableModel::Upload::Done);
    QCOMPARE(model->mediaPath(row), path);
    QCOMPARE(f.sandbox.requestCount(uploadPath), 1);
}

void TestMediaField::missingPathIsRefusedNeverSent()
{
    test::WindowFixture f;
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    MediaField *field = imageField(f);
    const QString windowsPath = QStringLiteral("D:\\产品图\\杯子.jpg");
    typeInto(field->nameEdit(), windowsPath);
    QVERIFY2(field->statusText().contains(QStringLiteral("Press Choose…")), qPrintable(field->statusText()));
    QVERIFY(field->statusText().contains(windowsPath));
    NodeTableModel *model = formOf(f)->model();
    const int row = test::rowOf(model, QStringLiteral("image"));
    QCOMPARE(model->field(row).fieldValue, QStringLiteral("sandbox-sample-cat.png")); // unchanged
    QCOMPARE(field->nameEdit()->text(), QStringLiteral("sandbox-sample-cat.png"));
    test::clickRun(f);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
    QVERIFY(!QString::fromUtf8(f.sandbox.lastRequestBody(runPath)).contains(QStringLiteral("杯子")));
    QCOMPARE(f.sandbox.requestCount(uploadPath), 0);

    // A fileName the server has, typed by hand, is taken as it is.
    typeInto(field->nameEdit(), QStringLiteral("sandbox-sample-street.jpg"));
    QCOMPARE(model->field(row).fieldValue, QStringLiteral("sandbox-sample-street.jpg"));
}

void TestMediaField::presetBringsBackNameAndPreview()
{
    test::WindowFixture f;
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    const QString path = test::writeImage(f.dir.filePath(QStringLiteral("meadow.png")), Qt::green);
    NodeTableEditor::setFileChooser([path](QWidget *, const QString &) { return path; });
    QTest::mouseClick(imageField(f)->chooseButton(), Qt::LeftButton);
    NodeTableModel *model = formOf(f)->model();
    const int row = test::rowOf(model, QStringLiteral("image"));
    QTRY_COMPARE(model->uploadState(row), NodeTableModel::Upload::Done);
    PresetPrompts prompts;
    prompts.askName = [](QWidget *, const QString &, const QString &, const QString &) {
        return std::optional<QString>(QStringLiteral("Meadow"));
    };
    auto *panel = f.window->findChild<PresetPanel *>();
    panel->setPrompts(prompts);
    f.find<QAction>("savePresetMenuAction")->trigger();
    QTRY_VERIFY(panel->currentPresetId() != 0);
    const qint64 presetId = panel->currentPresetId();

    test::pasteAppLink(f, textApp); // another app in between
    f.restart();                    // and a restart: the preview is decoded anew
    f.find<QLineEdit>("apiKeyLineEdit")->setText(SandboxServer::demoApiKey());
    panel = f.window->findChild<PresetPanel *>();
    panel->selectPreset(presetId);
    QTest::mouseClick(f.find<QPushButton>("loadPresetButton"), Qt::LeftButton);
    QTRY_VERIFY(imageField(f) && imageField(f)->nameEdit()->text() == QStringLiteral("meadow.png"));
    QTRY_VERIFY(!imageField(f)->findChild<QLabel *>(QStringLiteral("mediaThumbnailLabel"))->pixmap().isNull());
    QVERIFY(imageField(f)->statusText().startsWith(QStringLiteral("Uploaded as api/")));
}

QTEST_MAIN(TestMediaField)
#include "tst_mediafield.moc"
