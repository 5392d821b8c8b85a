// Loading an app's inputs through the real window: a pasted link, typed editors, the cache, media uploads.
#include "fielddelegate.h"
#include "nodetableeditor.h"
#include "nodetablemodel.h"
#include "requestform.h"
#include "testenv.h"
#include "windowfixture.h"

#include "task/services.h"
#include "task/uploader.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString imageApp = QStringLiteral("1894010498277093377");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
const QString demoPath = QStringLiteral("/api/webapp/apiCallDemo");
const QString uploadPath = QStringLiteral("/task/openapi/upload");

NodeTableModel *modelOf(test::WindowFixture &f)
{
    return f.window->findChild<RequestForm *>()->model();
}

int rowOf(NodeTableModel *model, const QString &fieldName)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->field(row).fieldName == fieldName)
            return row;
    }
    return -1;
}

/// The fieldValue the last run request sent for (nodeId, fieldName); "<missing>" when not sent.
QString sentValue(const QByteArray &body, const QString &nodeId, const QString &fieldName)
{
    const QJsonArray nodes = QJsonDocument::fromJson(body).object().value(QLatin1String("nodeInfoList")).toArray();
    for (const QJsonValue &node : nodes) {
        const QJsonObject object = node.toObject();
        if (object.value(QLatin1String("nodeId")).toString() == nodeId &&
            object.value(QLatin1String("fieldName")).toString() == fieldName)
            return object.value(QLatin1String("fieldValue")).toVariant().toString();
    }
    return QStringLiteral("<missing>");
}

/// Opens the Value editor of a row the way a double-click does and returns it.
QWidget *openEditor(test::WindowFixture &f, int row)
{
    auto *view = f.find<QTableView>("nodeTableView");
    const QModelIndex index = view->model()->index(row, NodeTableModel::ValueColumn);
    view->setCurrentIndex(index);
    view->edit(index);
    return view->indexWidget(index);
}

void drop(test::WindowFixture &f, int row, const QString &path)
{
    auto *view = f.find<QTableView>("nodeTableView");
    const QPoint pos = view->visualRect(view->model()->index(row, NodeTableModel::ValueColumn)).center();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &dropped);
    QVERIFY(dropped.isAccepted());
}

/// Enter in an editor: the delegate commits and closes it (queued), as for a user.
void commitWithEnter(QWidget *editor)
{
    QPointer<QWidget> open(editor);
    QTest::keyClick(editor, Qt::Key_Enter);
    QTRY_VERIFY(!open || !open->isVisible());
}

QString writeImage(const QString &path, QColor colour)
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(colour);
    return image.save(path, "PNG") ? path : QString();
}

} // namespace

class TestLoadApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void pastedLinkShowsTypedEditors();
    void typedLinkLoadsOnceWhole();
    void listSendsIndexSwitchSendsInteger();
    void unofferedValueStaysFlagged();
    void cacheOpensOfflineAndReloadTellsChanges();
    void droppedImageUploadedOnce();
    void oversizedFileRefusedBeforeUpload();
    void runWaitsForPendingUpload();
    void uploadEndingAfterAppChangeTouchesNothing();
    void fileWithoutKeyLeavesNothingPending();
    void failedUploadBlocksTheRun();
    void pastedImageIsUploaded();

private:
    /// Opens the window and pastes the app's link into the id box.
    static void pasteApp(test::WindowFixture &f, const QString &webappId);
    static void clickRun(test::WindowFixture &f);
};

void TestLoadApp::pasteApp(test::WindowFixture &f, const QString &webappId)
{
    if (!f.window)
        QVERIFY(f.open());
    auto *id = f.find<QLineEdit>("webappIdLineEdit");
    id->selectAll();
    id->setFocus();
    QApplication::clipboard()->setText(QStringLiteral("https://www.runninghub.cn/ai-detail/%1").arg(webappId));
    QTest::keySequence(id, QKeySequence::Paste);
    QCOMPARE(id->text(), webappId);
    const RequestForm *form = f.window->findChild<RequestForm *>();
    QTRY_VERIFY(form->appInfo().webappId == webappId && !form->appInfo().nodes.isEmpty());
    QCOMPARE(modelOf(f)->rowCount(), form->appInfo().nodes.size());
}

void TestLoadApp::clickRun(test::WindowFixture &f)
{
    auto *run = f.find<QPushButton>("submitButton");
    QVERIFY(run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
}

void TestLoadApp::pastedLinkShowsTypedEditors()
{
    test::WindowFixture f;
    pasteApp(f, textApp);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(f.sandbox.requestCount(demoPath), 1);
    QVERIFY2(f.find<QLabel>("appNameLabel")->text().contains(QLatin1String("Text to image")),
             qPrintable(f.find<QLabel>("appNameLabel")->text()));
    auto *view = f.find<QTableView>("nodeTableView");
    QAbstractItemModel *model = view->model();
    QStringList labels;
    for (int row = 0; row < model->rowCount(); ++row)
        labels.append(model->index(row, NodeTableModel::LabelColumn).data().toString());
    QCOMPARE(labels,
             QStringList({QStringLiteral("Prompt"), QStringLiteral("Sampling steps"), QStringLiteral("CFG scale"),
                          QStringLiteral("Model"), QStringLiteral("Number of images")}));
    QVERIFY(view->isColumnHidden(NodeTableModel::NodeIdColumn)); // technical columns on demand

    auto *prompt = qobject_cast<QPlainTextEdit *>(openEditor(f, 0));
    QVERIFY(prompt);
    QCOMPARE(prompt->accessibleName(), QStringLiteral("Prompt"));
    QCOMPARE(prompt->toPlainText(), QStringLiteral("a cat sitting on a windowsill at sunset, watercolor"));
    auto *steps = qobject_cast<QSpinBox *>(openEditor(f, 1));
    QVERIFY(steps);
    QCOMPARE(steps->accessibleName(), QStringLiteral("Sampling steps"));
    QCOMPARE(steps->minimum(), 1);
    QCOMPARE(steps->maximum(), 100);
    QCOMPARE(steps->value(), 20);
    auto *cfg = qobject_cast<QDoubleSpinBox *>(openEditor(f, 2));
    QVERIFY(cfg);
    QCOMPARE(cfg->accessibleName(), QStringLiteral("CFG scale"));
    QCOMPARE(cfg->minimum(), 1.0);
    QCOMPARE(cfg->maximum(), 30.0);
    QCOMPARE(cfg->value(), 7.5);
    auto *modelCombo = qobject_cast<QComboBox *>(openEditor(f, 3));
    QVERIFY(modelCombo);
    QCOMPARE(modelCombo->accessibleName(), QStringLiteral("Model"));
    QStringList names;
    for (int i = 0; i < modelCombo->count(); ++i)
        names.append(modelCombo->itemText(i));
    QCOMPARE(names, QStringList({QStringLiteral("flux-pro"), QStringLiteral("flux-dev"),
                                 QStringLiteral("flux-schnell")})); // the "忽略" default entry is no option
    QCOMPARE(modelCombo->currentText(), QStringLiteral("flux-pro"));
    auto *images = qobject_cast<QSpinBox *>(openEditor(f, 4));
    QVERIFY(images);
    QCOMPARE(images->maximum(), 4);

    test::WindowFixture g;
    pasteApp(g, imageApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *imageModel = modelOf(g);
    auto *upscale = qobject_cast<QComboBox *>(openEditor(g, rowOf(imageModel, QStringLiteral("select"))));
    QVERIFY(upscale);
    QCOMPARE(upscale->accessibleName(), QStringLiteral("Upscale switch"));
    QCOMPARE(upscale->count(), 2);
    QCOMPARE(upscale->itemText(1), QStringLiteral("input2"));
    QCOMPARE(upscale->currentText(), QStringLiteral("input2"));
    QWidget *image = openEditor(g, rowOf(imageModel, QStringLiteral("image")));
    QVERIFY(image);
    QCOMPARE(image->accessibleName(), QStringLiteral("Source image"));
}

void TestLoadApp::typedLinkLoadsOnceWhole()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    auto *id = f.find<QLineEdit>("webappIdLineEdit");
    id->clear();
    QTest::keyClicks(id, QStringLiteral("https://www.runninghub.cn/ai-detail/") + imageApp);
    QCOMPARE(f.sandbox.requestCount(demoPath), 0); // nothing asked for a half-typed link
    QTest::keyClick(id, Qt::Key_Return);
    QCOMPARE(id->text(), imageApp);
    QTRY_COMPARE(modelOf(f)->rowCount(), 5);
    QCOMPARE(f.sandbox.requestCount(demoPath), 1);
    QVERIFY(f.find<QLabel>("appNameLabel")->text().contains(QLatin1String("Image to image")));
}

void TestLoadApp::listSendsIndexSwitchSendsInteger()
{
    test::WindowFixture f;
    pasteApp(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = modelOf(f);
    const int switchRow = rowOf(model, QStringLiteral("select"));
    auto *upscale = qobject_cast<QComboBox *>(openEditor(f, switchRow));
    QVERIFY(upscale);
    upscale->setCurrentIndex(0);
    commitWithEnter(upscale);
    QCOMPARE(model->field(switchRow).fieldValue, QStringLiteral("1"));
    clickRun(f);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
    QCOMPARE(sentValue(f.sandbox.lastRequestBody(runPath), QStringLiteral("60"), QStringLiteral("select")),
             QStringLiteral("1"));
    QTRY_VERIFY(f.find<QPushButton>("submitButton")->isEnabled());

    upscale = qobject_cast<QComboBox *>(openEditor(f, switchRow));
    QVERIFY(upscale);
    upscale->setCurrentIndex(1);
    commitWithEnter(upscale);
    clickRun(f);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 2);
    const QByteArray body = f.sandbox.lastRequestBody(runPath);
    QCOMPARE(sentValue(body, QStringLiteral("60"), QStringLiteral("select")), QStringLiteral("2"));
    QVERIFY2(!body.contains("2.0"), body.constData());

    test::WindowFixture g;
    pasteApp(g, textApp);
    if (QTest::currentTestFailed())
        return;
    const int listRow = rowOf(modelOf(g), QStringLiteral("model"));
    auto *combo = qobject_cast<QComboBox *>(openEditor(g, listRow));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findText(QStringLiteral("flux-schnell")));
    commitWithEnter(combo);
    QCOMPARE(modelOf(g)->index(listRow, NodeTableModel::ValueColumn).data().toString(), QStringLiteral("flux-schnell"));
    clickRun(g);
    QTRY_COMPARE(g.sandbox.requestCount(runPath), 1);
    QCOMPARE(sentValue(g.sandbox.lastRequestBody(runPath), QStringLiteral("30"), QStringLiteral("model")),
             QStringLiteral("flux-schnell"));
}

void TestLoadApp::unofferedValueStaysFlagged()
{
    test::WindowFixture f;
    pasteApp(f, textApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = modelOf(f);
    const int listRow = rowOf(model, QStringLiteral("model"));
    model->setFieldValue(listRow, QStringLiteral("flux-ultra")); // e.g. from an old preset or history
    const QModelIndex value = model->index(listRow, NodeTableModel::ValueColumn);
    QCOMPARE(value.data().toString(), QStringLiteral("flux-ultra"));
    QVERIFY(value.data(Qt::BackgroundRole).isValid());
    QVERIFY2(value.data(Qt::ToolTipRole).toString().contains(QLatin1String("does not offer")),
             qPrintable(value.data(Qt::ToolTipRole).toString()));
    auto *combo = qobject_cast<QComboBox *>(openEditor(f, listRow));
    QVERIFY(combo);
    QVERIFY2(combo->currentText().contains(QLatin1String("flux-ultra")), qPrintable(combo->currentText()));
    QVERIFY(combo->currentText().contains(QLatin1String("not offered")));
    commitWithEnter(combo); // opening and closing the editor changes nothing
    QCOMPARE(model->field(listRow).fieldValue, QStringLiteral("flux-ultra"));
}

void TestLoadApp::cacheOpensOfflineAndReloadTellsChanges()
{
    test::WindowFixture f;
    pasteApp(f, textApp);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(f.sandbox.requestCount(demoPath), 1);
    f.window.reset();
    f.window = std::make_unique<MainWindow>(f.options()); // a restart on the same database, no key yet
    f.window->show();
    QCOMPARE(modelOf(f)->rowCount(), 5); // the last app reopens from the cache
    QVERIFY(f.find<QLabel>("appNameLabel")->text().contains(QLatin1String("Text to image")));
    pasteApp(f, textApp);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(f.sandbox.requestCount(demoPath), 1);

    f.sandbox.removeAppInput(textApp, QStringLiteral("5"), QStringLiteral("batch_size"));
    f.find<QLineEdit>("apiKeyLineEdit")->setText(SandboxServer::demoApiKey());
    QTest::mouseClick(f.find<QPushButton>("loadAppButton"), Qt::LeftButton);
    QTRY_COMPARE(f.sandbox.requestCount(demoPath), 2);
    QTRY_COMPARE(modelOf(f)->rowCount(), 4);
    auto *status = f.find<QLabel>("appStatusLabel");
    QTRY_VERIFY2(status->text().contains(QLatin1String("removed")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QLatin1String("Number of images")), qPrintable(status->text()));
}

void TestLoadApp::droppedImageUploadedOnce()
{
    test::WindowFixture f;
    pasteApp(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = modelOf(f);
    const int imageRow = rowOf(model, QStringLiteral("image"));
    const QString path = writeImage(f.dir.filePath(QStringLiteral("red.png")), Qt::red);
    QVERIFY(!path.isEmpty());
    drop(f, imageRow, path);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(model->uploadState(imageRow), NodeTableModel::Upload::Done);
    QCOMPARE(f.sandbox.requestCount(uploadPath), 1);
    const QString fileName = model->field(imageRow).fieldValue;
    QVERIFY2(fileName.startsWith(QLatin1String("api/")), qPrintable(fileName));
    QCOMPARE(f.sandbox.uploadedFile(fileName).size(), QFile(path).size());
    QCOMPARE(model->mediaPath(imageRow), path);
    clickRun(f);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
    QCOMPARE(sentValue(f.sandbox.lastRequestBody(runPath), QStringLiteral("12"), QStringLiteral("image")), fileName);
    QTRY_VERIFY(f.find<QPushButton>("submitButton")->isEnabled());

    // The same file again (dropped anew, here through the file chooser): nothing is uploaded.
    model->setFieldValue(imageRow, QStringLiteral("sandbox-sample-cat.png"));
    NodeTableEditor::setFileChooser([path](QWidget *, const QString &) { return path; });
    f.find<QTableView>("nodeTableView")->setCurrentIndex(model->index(imageRow, NodeTableModel::ValueColumn));
    QTest::mouseClick(f.window->findChild<QWidget *>(QStringLiteral("chooseMediaButton")), Qt::LeftButton);
    QTRY_COMPARE(model->field(imageRow).fieldValue, fileName);
    QTRY_COMPARE(model->uploadState(imageRow), NodeTableModel::Upload::Done);
    clickRun(f);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 2);
    QCOMPARE(sentValue(f.sandbox.lastRequestBody(runPath), QStringLiteral("12"), QStringLiteral("image")), fileName);
    QCOMPARE(f.sandbox.requestCount(uploadPath), 1);
}

void TestLoadApp::oversizedFileRefusedBeforeUpload()
{
    test::WindowFixture f;
    pasteApp(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = modelOf(f);
    const int imageRow = rowOf(model, QStringLiteral("image"));
    QFile big(f.dir.filePath(QStringLiteral("huge.png")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(31LL * 1024 * 1024)); // sparse: no 31 MB written
    big.close();
    drop(f, imageRow, big.fileName());
    if (QTest::currentTestFailed())
        return;
    auto *status = f.find<QLabel>("appStatusLabel");
    QTRY_VERIFY2(status->text().contains(QLatin1String("30 MB")), qPrintable(status->text()));
    QCOMPARE(model->uploadState(imageRow), NodeTableModel::Upload::Failed);
    QVERIFY(model->hasProblem(imageRow));
    QCOMPARE(model->field(imageRow).fieldValue, QStringLiteral("sandbox-sample-cat.png"));
    QCOMPARE(f.sandbox.requestCount(uploadPath), 0);
    clickRun(f); // a refused file blocks the run
    QVERIFY(!f.find<QLabel>("errorLabel")->text().isEmpty());
    QCOMPARE(f.sandbox.requestCount(runPath), 0);
}

void TestLoadApp::runWaitsForPendingUpload()
{
    test::WindowFixture f;
    pasteApp(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = modelOf(f);
    const int imageRow = rowOf(model, QStringLiteral("image"));
    const QString path = writeImage(f.dir.filePath(QStringLiteral("blue.png")), Qt::blue);
    drop(f, imageRow, path);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(model->uploadState(imageRow), NodeTableModel::Upload::Uploading);
    clickRun(f); // at once, while the upload is on its way
    QCOMPARE(f.sandbox.requestCount(runPath), 0);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
    QCOMPARE(f.sandbox.requestCount(uploadPath), 1);
    const QString fileName = model->field(imageRow).fieldValue;
    QVERIFY2(fileName.startsWith(QLatin1String("api/")), qPrintable(fileName));
    QCOMPARE(sentValue(f.sandbox.lastRequestBody(runPath), QStringLiteral("12"), QStringLiteral("image")), fileName);
}

void TestLoadApp::uploadEndingAfterAppChangeTouchesNothing()
{
    test::WindowFixture f;
    pasteApp(f, textApp); // cached from now on
    pasteApp(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    const QString path = writeImage(f.dir.filePath(QStringLiteral("green.png")), Qt::green);
    drop(f, rowOf(modelOf(f), QStringLiteral("image")), path);
    if (QTest::currentTestFailed())
        return;
    pasteApp(f, textApp); // the user moves on while the upload is on its way
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(f.sandbox.requestCount(uploadPath), 1);
    QTRY_COMPARE(f.window->services()->uploader()->pendingCount(), 0);
    NodeTableModel *model = modelOf(f);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY2(!model->field(row).fieldValue.startsWith(QLatin1String("api/")),
                 qPrintable(model->field(row).fieldValue));
    QCOMPARE(model->field(rowOf(model, QStringLiteral("text"))).fieldValue,
             QStringLiteral("a cat sitting on a windowsill at sunset, watercolor"));
}

void TestLoadApp::fileWithoutKeyLeavesNothingPending()
{
    test::WindowFixture f;
    pasteApp(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    f.find<QLineEdit>("apiKeyLineEdit")->clear();
    NodeTableModel *model = modelOf(f);
    const int imageRow = rowOf(model, QStringLiteral("image"));
    drop(f, imageRow, writeImage(f.dir.filePath(QStringLiteral("grey.png")), Qt::gray));
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(f.find<QLabel>("appStatusLabel")->text().contains(QLatin1String("API key")),
             qPrintable(f.find<QLabel>("appStatusLabel")->text()));
    QCOMPARE(model->uploadState(imageRow), NodeTableModel::Upload::None);
    clickRun(f); // says what is missing instead of waiting for an upload that never started
    auto *error = f.find<QLabel>("errorLabel");
    QVERIFY2(!error->text().contains(QLatin1String("Waiting for uploads")), qPrintable(error->text()));
    QCOMPARE(f.sandbox.requestCount(uploadPath), 0);
}

void TestLoadApp::failedUploadBlocksTheRun()
{
    test::WindowFixture f;
    pasteApp(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = modelOf(f);
    const int imageRow = rowOf(model, QStringLiteral("image"));
    f.sandbox.failNext(uploadPath, SandboxServer::Fault::Http502Html);
    drop(f, imageRow, writeImage(f.dir.filePath(QStringLiteral("white.png")), Qt::white));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(model->uploadState(imageRow), NodeTableModel::Upload::Failed);
    auto *status = f.find<QLabel>("appStatusLabel");
    QVERIFY2(status->text().contains(QLatin1String("upload failed")), qPrintable(status->text()));
    QVERIFY(model->hasProblem(imageRow));
    clickRun(f);
    auto *error = f.find<QLabel>("errorLabel");
    QVERIFY2(error->text().contains(QLatin1String("upload failed")), qPrintable(error->text()));
    QCOMPARE(f.sandbox.requestCount(runPath), 0);
}

void TestLoadApp::pastedImageIsUploaded()
{
    test::WindowFixture f;
    pasteApp(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = modelOf(f);
    const int imageRow = rowOf(model, QStringLiteral("image"));
    auto *view = f.find<QTableView>("nodeTableView");
    view->setCurrentIndex(model->index(imageRow, NodeTableModel::LabelColumn));
    view->setFocus();
    QImage image(12, 12, QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QApplication::clipboard()->setImage(image);
    QTest::keySequence(view, QKeySequence::Paste);
    QTRY_COMPARE(model->uploadState(imageRow), NodeTableModel::Upload::Done);
    QCOMPARE(f.sandbox.requestCount(uploadPath), 1);
    QVERIFY(model->field(imageRow).fieldValue.startsWith(QLatin1String("api/")));
    QVERIFY(QFile::exists(model->mediaPath(imageRow)));
    QCOMPARE(model->field(rowOf(model, QStringLiteral("text"))).fieldValue,
             QStringLiteral("oil painting, thick brush strokes")); // nothing else changed
}

QTEST_MAIN(TestLoadApp)
#include "tst_loadapp.moc"
