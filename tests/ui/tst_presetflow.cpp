// Presets through the real window: save with Ctrl+S, load with Enter, run in one action, the drift notice, and
// the key kept out of the database and exported files.
#include "form/nodetableeditor.h"
#include "form/nodetablemodel.h"
#include "form/requestform.h"
#include "formdriver.h"
#include "presets/driftnotice.h"
#include "presets/presetpanel.h"
#include "testenv.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
const QString demoPath = QStringLiteral("/api/webapp/apiCallDemo");

RequestForm *formOf(test::WindowFixture &f)
{
    return f.window->findChild<RequestForm *>();
}

PresetPanel *panelOf(test::WindowFixture &f)
{
    return f.window->findChild<PresetPanel *>();
}

QStringList sentNodeIds(const QByteArray &body)
{
    QStringList ids;
    const QJsonArray nodes = QJsonDocument::fromJson(body).object().value(QLatin1String("nodeInfoList")).toArray();
    for (const QJsonValue &node : nodes)
        ids.append(node.toObject().value(QLatin1String("nodeId")).toString());
    return ids;
}

/// Answers the name prompt with @p name and the export file prompt with @p exportPath.
void answerPrompts(test::WindowFixture &f, const QString &name, const QString &exportPath = {})
{
    PresetPrompts prompts;
    prompts.askName = [name](QWidget *, const QString &, const QString &, const QString &) {
        return std::optional<QString>(name);
    };
    prompts.saveFileName = [exportPath](QWidget *, const QString &, const QString &) { return exportPath; };
    prompts.confirm = [](QWidget *, const QString &, const QString &) { return true; };
    panelOf(f)->setPrompts(prompts);
}

void openWithApp(test::WindowFixture &f)
{
    QVERIFY(f.open());
    auto *id = f.find<QLineEdit>("webappIdLineEdit");
    id->clear();
    QTest::keyClicks(id, QStringLiteral("https://www.runninghub.cn/ai-detail/") + textApp);
    QTest::keyClick(id, Qt::Key_Return);
    QTRY_VERIFY(formOf(f)->model()->rowCount() > 0);
}

QByteArray databaseBytes(const test::WindowFixture &f)
{
    QByteArray bytes;
    const QDir dir(f.dir.path());
    for (const QString &name : dir.entryList({QStringLiteral("rhdesk.sqlite*")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

class TestPresetFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void accessibleNames();
    void saveChangeLoadRestoresExactly();
    void runPresetInOneAction();
    void driftNoticeBeforeAnythingIsSent();
    void driftFixWhileAnotherAppIsShown();
    void runImportedPresetOfUnseenApp();
    void failedPresetLoadNeverRunsLater();
    void mediaPresetReopensWithoutUpload();
    void keyNotInDatabaseNorExport();
};

void TestPresetFlow::accessibleNames()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    QCOMPARE(f.find<QPushButton>("loadAppButton")->accessibleName(), QStringLiteral("Load app"));
    QCOMPARE(f.find<QTreeView>("presetListView")->accessibleName(), QStringLiteral("Presets"));
    QCOMPARE(f.find<QLineEdit>("presetSearchLineEdit")->accessibleName(), QStringLiteral("Search presets"));
    QCOMPARE(f.find<QPushButton>("runPresetButton")->accessibleName(), QStringLiteral("Run preset"));
    auto *save = f.find<QAction>("savePresetMenuAction");
    QVERIFY(save);
    QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
}

void TestPresetFlow::saveChangeLoadRestoresExactly()
{
    test::WindowFixture f;
    openWithApp(f);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = formOf(f)->model();
    const int promptRow = test::rowOf(model, QStringLiteral("text"));
    const int stepsRow = test::rowOf(model, QStringLiteral("steps"));

    // A multi-line prompt with Chinese typed through an input method.
    auto *view = f.find<QTableView>("nodeTableView");
    const QModelIndex promptIndex = model->index(promptRow, NodeTableModel::ValueColumn);
    view->setCurrentIndex(promptIndex);
    view->edit(promptIndex);
    auto *prompt = qobject_cast<QPlainTextEdit *>(view->indexWidget(promptIndex));
    QVERIFY(prompt);
    prompt->setFocus();
    prompt->selectAll();
    QTest::keyClicks(prompt, QStringLiteral("first line"));
    QTest::keyClick(prompt, Qt::Key_Return);
    QInputMethodEvent composing(QStringLiteral("yizhi"), {});
    QApplication::sendEvent(prompt, &composing);
    QInputMethodEvent committed;
    committed.setCommitString(QStringLiteral("一只猫，水彩"));
    QApplication::sendEvent(prompt, &committed);
    QTest::keyClick(prompt, Qt::Key_Tab); // leaves the editor: the delegate commits
    const QString promptText = QStringLiteral("first line\n一只猫，水彩");
    QCOMPARE(model->field(promptRow).fieldValue, promptText);
    model->setFieldValue(stepsRow, QStringLiteral("42"));
    auto *instance = f.find<QComboBox>("instanceTypeComboBox");
    instance->setCurrentIndex(instance->count() - 1);
    QTest::keyClicks(f.find<QLineEdit>("webhookUrlLineEdit"), QStringLiteral("https://example.com/hook?id=1"));
    const RunRequest saved = formOf(f)->request();
    QCOMPARE(saved.webappId, textApp);

    answerPrompts(f, QStringLiteral("猫 watercolor"));
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keySequence(f.window.get(), QKeySequence::Save);
    PresetPanel *panel = panelOf(f);
    QTRY_VERIFY(panel->currentPresetId() != 0);
    const qint64 presetId = panel->currentPresetId();

    // Change everything, then load the preset back with Enter in the list.
    model->setFieldValue(promptRow, QStringLiteral("something else"));
    model->setFieldValue(stepsRow, QStringLiteral("7"));
    instance->setCurrentIndex(0);
    f.find<QLineEdit>("webhookUrlLineEdit")->clear();
    QVERIFY(formOf(f)->request().nodes != saved.nodes);
    auto *list = f.find<QTreeView>("presetListView");
    panel->selectPreset(presetId);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    const RunRequest restored = formOf(f)->request();
    QCOMPARE(restored.webappId, saved.webappId);
    QCOMPARE(restored.instanceType, saved.instanceType);
    QCOMPARE(restored.webhookUrl, saved.webhookUrl);
    QCOMPARE(restored.nodes.size(), saved.nodes.size());
    for (int row = 0; row < saved.nodes.size(); ++row) {
        QCOMPARE(restored.nodes.at(row).fieldValue, saved.nodes.at(row).fieldValue);
        QCOMPARE(restored.nodes.at(row).nodeId, saved.nodes.at(row).nodeId);
        QCOMPARE(restored.nodes.at(row).fieldName, saved.nodes.at(row).fieldName);
    }
    QCOMPARE(model->field(promptRow).fieldValue, promptText);
    // Still the app's inputs, with their labels and typed editors.
    QCOMPARE(model->index(stepsRow, NodeTableModel::LabelColumn).data().toString(), QStringLiteral("Sampling steps"));
    QCOMPARE(model->spec(stepsRow).kind, FieldSpec::Kind::Int);
    QVERIFY(formOf(f)->appInfo().name.contains(QLatin1String("Text to image")));
}

void TestPresetFlow::runPresetInOneAction()
{
    test::WindowFixture f;
    openWithApp(f);
    if (QTest::currentTestFailed())
        return;
    answerPrompts(f, QStringLiteral("quick"));
    f.find<QAction>("savePresetMenuAction")->trigger();
    PresetPanel *panel = panelOf(f);
    QTRY_VERIFY(panel->currentPresetId() != 0);
    panel->selectPreset(panel->currentPresetId());
    QCOMPARE(f.sandbox.requestCount(runPath), 0);
    QTest::mouseClick(f.find<QPushButton>("runPresetButton"), Qt::LeftButton);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
    QTRY_COMPARE(f.find<QLineEdit>("taskIdLineEdit")->text().size(), 19);
}

void TestPresetFlow::driftNoticeBeforeAnythingIsSent()
{
    test::WindowFixture f;
    openWithApp(f);
    if (QTest::currentTestFailed())
        return;
    answerPrompts(f, QStringLiteral("before the change"));
    f.find<QAction>("savePresetMenuAction")->trigger();
    PresetPanel *panel = panelOf(f);
    QTRY_VERIFY(panel->currentPresetId() != 0);
    const qint64 presetId = panel->currentPresetId();

    // The app drops an input; reloading it tells the cache.
    f.sandbox.removeAppInput(textApp, QStringLiteral("5"), QStringLiteral("batch_size"));
    QTest::mouseClick(f.find<QPushButton>("loadAppButton"), Qt::LeftButton);
    QTRY_COMPARE(f.sandbox.requestCount(demoPath), 2);
    QTRY_COMPARE(formOf(f)->model()->rowCount(), 4);

    panel->selectPreset(presetId);
    QTest::mouseClick(f.find<QPushButton>("runPresetButton"), Qt::LeftButton);
    auto *notice = f.window->findChild<DriftNotice *>();
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->sentences().join(QLatin1Char(' ')).contains(QLatin1String("Number of images")),
             qPrintable(notice->sentences().join(QLatin1Char(' '))));
    QCOMPARE(f.sandbox.requestCount(runPath), 0);              // nothing sent until the user chooses
    QVERIFY(f.find<QPushButton>("submitButton")->isEnabled()); // no send in flight either
    QVERIFY(f.find<QLineEdit>("taskIdLineEdit")->text().isEmpty());

    QTest::mouseClick(f.window->findChild<QPushButton *>(QStringLiteral("driftFixButton")), Qt::LeftButton);
    QVERIFY(!notice->isVisible());
    NodeTableModel *model = formOf(f)->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(test::rowOf(model, QStringLiteral("batch_size")), -1);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1); // "Run preset" goes on after the fix
    const QStringList sent = sentNodeIds(f.sandbox.lastRequestBody(runPath));
    QVERIFY2(!sent.contains(QStringLiteral("5")), qPrintable(sent.join(QLatin1Char(','))));
    QCOMPARE(sent.size(), 4);
    QTRY_COMPARE(f.find<QLineEdit>("taskIdLineEdit")->text().size(), 19);
}

void TestPresetFlow::driftFixWhileAnotherAppIsShown()
{
    test::WindowFixture f;
    openWithApp(f);
    if (QTest::currentTestFailed())
        return;
    answerPrompts(f, QStringLiteral("text app"));
    f.find<QAction>("savePresetMenuAction")->trigger();
    PresetPanel *panel = panelOf(f);
    QTRY_VERIFY(panel->currentPresetId() != 0);
    const qint64 presetId = panel->currentPresetId();
    f.sandbox.removeAppInput(textApp, QStringLiteral("5"), QStringLiteral("batch_size"));
    QTest::mouseClick(f.find<QPushButton>("loadAppButton"), Qt::LeftButton);
    QTRY_COMPARE(formOf(f)->model()->rowCount(), 4);

    // The user moves on to another app, then loads the old preset.
    auto *id = f.find<QLineEdit>("webappIdLineEdit");
    id->clear();
    QTest::keyClicks(id, QStringLiteral("1894010498277093377"));
    QTest::keyClick(id, Qt::Key_Return);
    QTRY_VERIFY(formOf(f)->appInfo().name.contains(QLatin1String("Image to image")));
    panel->selectPreset(presetId);
    QTest::mouseClick(f.find<QPushButton>("loadPresetButton"), Qt::LeftButton);
    auto *notice = f.window->findChild<DriftNotice *>();
    QTRY_VERIFY(notice->isVisible());
    QTest::mouseClick(f.window->findChild<QPushButton *>(QStringLiteral("driftFixButton")), Qt::LeftButton);
    QCOMPARE(formOf(f)->request().webappId, textApp);
    QVERIFY2(formOf(f)->appInfo().name.contains(QLatin1String("Text to image")), qPrintable(formOf(f)->appInfo().name));
    QVERIFY(f.find<QLabel>("appNameLabel")->text().contains(QLatin1String("Text to image")));
    NodeTableModel *model = formOf(f)->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->index(test::rowOf(model, QStringLiteral("steps")), NodeTableModel::LabelColumn).data().toString(),
             QStringLiteral("Sampling steps"));
    QTest::mouseClick(f.find<QPushButton>("submitButton"), Qt::LeftButton);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
    QVERIFY(!sentNodeIds(f.sandbox.lastRequestBody(runPath)).contains(QStringLiteral("5")));
}

void TestPresetFlow::runImportedPresetOfUnseenApp()
{
    test::WindowFixture f;
    QVERIFY(f.open()); // a fresh window: no app loaded yet, the key only in the form
    answerPrompts(f, QStringLiteral("pasted request"));
    PresetPanel *panel = panelOf(f);
    QCOMPARE(panel->importText(QStringLiteral(R"({"webappId": "1894010498277093377", "apiKey": "{{apiKey}}",)"
                                              R"( "nodeInfoList": [{"nodeId": "13", "fieldName": "text",)"
                                              R"( "fieldValue": "ink wash, 水墨"}]})")),
             1);
    QVERIFY(panel->selectedPresetId() != 0);
    QTest::mouseClick(f.find<QPushButton>("runPresetButton"), Qt::LeftButton);
    QTRY_COMPARE(f.sandbox.requestCount(demoPath), 1); // the app's inputs first, for the drift check
    auto *notice = f.window->findChild<DriftNotice *>();
    QTRY_VERIFY(notice->isVisible()); // the pasted request names one input of five
    QCOMPARE(f.sandbox.requestCount(runPath), 0);
    QTest::mouseClick(f.window->findChild<QPushButton *>(QStringLiteral("driftFixButton")), Qt::LeftButton);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
    const QByteArray body = f.sandbox.lastRequestBody(runPath);
    QVERIFY2(body.contains("ink wash"), body.constData());
    QCOMPARE(sentNodeIds(body).size(), 5); // the other inputs with the app's defaults
    QVERIFY(formOf(f)->appInfo().name.contains(QLatin1String("Image to image")));
}

void TestPresetFlow::failedPresetLoadNeverRunsLater()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    answerPrompts(f, QStringLiteral("pasted request"));
    PresetPanel *panel = panelOf(f);
    QCOMPARE(panel->importText(QStringLiteral(R"({"webappId": "1894010498277093377", "nodeInfoList": [)"
                                              R"({"nodeId": "13", "fieldName": "text", "fieldValue": "x"}]})")),
             1);
    f.sandbox.failNext(demoPath, SandboxServer::Fault::Http502Html);
    QTest::mouseClick(f.find<QPushButton>("runPresetButton"), Qt::LeftButton);
    auto *status = f.find<QLabel>("appStatusLabel");
    QTRY_VERIFY2(status->text().contains(QLatin1String("could not be loaded")), qPrintable(status->text()));
    // Later the user opens the same app by hand: that must not run the preset behind their back.
    auto *id = f.find<QLineEdit>("webappIdLineEdit");
    id->clear();
    QTest::keyClicks(id, QStringLiteral("1894010498277093377"));
    QTest::mouseClick(f.find<QPushButton>("loadAppButton"), Qt::LeftButton);
    QTRY_COMPARE(f.sandbox.requestCount(demoPath), 2);
    QTRY_COMPARE(formOf(f)->model()->rowCount(), 5);
    QVERIFY(!f.window->findChild<DriftNotice *>()->isVisible());
    QCOMPARE(f.sandbox.requestCount(runPath), 0);
    QVERIFY(f.find<QLineEdit>("taskIdLineEdit")->text().isEmpty());
}

void TestPresetFlow::mediaPresetReopensWithoutUpload()
{
    const QString imageApp = QStringLiteral("1894010498277093377");
    const QString uploadPath = QStringLiteral("/task/openapi/upload");
    test::WindowFixture f;
    QVERIFY(f.open());
    auto *id = f.find<QLineEdit>("webappIdLineEdit");
    QTest::keyClicks(id, imageApp);
    QTest::keyClick(id, Qt::Key_Return);
    QTRY_COMPARE(formOf(f)->model()->rowCount(), 5);
    const QString path = f.dir.filePath(QStringLiteral("photo.png"));
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QVERIFY(image.save(path, "PNG"));
    NodeTableModel *model = formOf(f)->model();
    const int imageRow = test::rowOf(model, QStringLiteral("image"));
    NodeTableEditor::setFileChooser([path](QWidget *, const QString &) { return path; });
    f.find<QTableView>("nodeTableView")->setCurrentIndex(model->index(imageRow, NodeTableModel::ValueColumn));
    QTest::mouseClick(f.window->findChild<QWidget *>(QStringLiteral("chooseMediaButton")), Qt::LeftButton);
    QTRY_COMPARE(model->uploadState(imageRow), NodeTableModel::Upload::Done);
    const QString fileName = model->field(imageRow).fieldValue;
    QVERIFY(fileName.startsWith(QLatin1String("api/")));
    answerPrompts(f, QStringLiteral("with photo"));
    f.find<QAction>("savePresetMenuAction")->trigger();
    QTRY_VERIFY(panelOf(f)->currentPresetId() != 0);
    const qint64 presetId = panelOf(f)->currentPresetId();

    f.restart(); // on the same files
    f.find<QLineEdit>("apiKeyLineEdit")->setText(SandboxServer::demoApiKey());
    panelOf(f)->selectPreset(presetId);
    QTest::mouseClick(f.find<QPushButton>("loadPresetButton"), Qt::LeftButton);
    model = formOf(f)->model();
    QCOMPARE(model->field(imageRow).fieldValue, fileName);
    QCOMPARE(model->mediaPath(imageRow), path);
    QCOMPARE(model->uploadState(imageRow), NodeTableModel::Upload::Done);
    QTest::mouseClick(f.find<QPushButton>("submitButton"), Qt::LeftButton);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
    QVERIFY(f.sandbox.lastRequestBody(runPath).contains(fileName.toUtf8()));
    QCOMPARE(f.sandbox.requestCount(uploadPath), 1);
}

void TestPresetFlow::keyNotInDatabaseNorExport()
{
    test::WindowFixture f;
    openWithApp(f);
    if (QTest::currentTestFailed())
        return;
    const QString exportPath = f.dir.filePath(QStringLiteral("exported.json"));
    answerPrompts(f, QStringLiteral("secretless"), exportPath);
    f.find<QAction>("savePresetMenuAction")->trigger();
    QTRY_VERIFY(panelOf(f)->currentPresetId() != 0);
    QTest::mouseClick(f.find<QPushButton>("submitButton"), Qt::LeftButton);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
    panelOf(f)->exportToFile();
    QFile exported(exportPath);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray exportedBytes = exported.readAll();
    QVERIFY(exportedBytes.contains(textApp.toLatin1()));
    const QByteArray key = SandboxServer::demoApiKey().toLatin1();
    QVERIFY(!exportedBytes.contains(key));
    f.window.reset(); // closes the database
    const QByteArray stored = databaseBytes(f);
    QVERIFY(stored.contains("secretless"));
    QVERIFY(!stored.contains(key));
    QVERIFY(!stored.contains(SandboxServer::demoApiKey().toUtf8().toBase64()));
}

QTEST_MAIN(TestPresetFlow)
#include "tst_presetflow.moc"
