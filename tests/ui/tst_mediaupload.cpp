// Media inputs through the real window: a file dropped, chosen or pasted is uploaded once, checked first, and
// a run waits for it.
#include "form/nodetableeditor.h"
#include "form/nodetablemodel.h"
#include "formdriver.h"
#include "testenv.h"
#include "windowfixture.h"

#include "session/services.h"
#include "transfer/uploader.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString imageApp = QStringLiteral("1894010498277093377");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
const QString uploadPath = QStringLiteral("/task/openapi/upload");

} // namespace

class TestMediaUpload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void droppedImageUploadedOnce();
    void oversizedFileRefusedBeforeUpload();
    void runWaitsForPendingUpload();
    void uploadEndingAfterAppChangeTouchesNothing();
    void fileWithoutKeyLeavesNothingPending();
    void failedUploadBlocksTheRun();
    void pastedImageIsUploaded();
    void fileDroppedOnTheWindowGoesToTheImageInput();
    void typedFileNameClearsAFailedUpload();
    void movingTheRowKeepsTheUploadOnItsInput();
};

void TestMediaUpload::droppedImageUploadedOnce()
{
    test::WindowFixture f;
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = test::nodeModel(f);
    const int imageRow = test::rowOf(model, QStringLiteral("image"));
    const QString path = test::writeImage(f.dir.filePath(QStringLiteral("red.png")), Qt::red);
    QVERIFY(!path.isEmpty());
    test::dropFile(f, imageRow, path);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(model->uploadState(imageRow), NodeTableModel::Upload::Done);
    QCOMPARE(f.sandbox.requestCount(uploadPath), 1);
    const QString fileName = model->field(imageRow).fieldValue;
    QVERIFY2(fileName.startsWith(QLatin1String("api/")), qPrintable(fileName));
    QCOMPARE(f.sandbox.uploadedFile(fileName).size(), QFile(path).size());
    QCOMPARE(model->mediaPath(imageRow), path);
    test::clickRun(f);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
    QCOMPARE(test::sentValue(f.sandbox.lastRequestBody(runPath), QStringLiteral("12"), QStringLiteral("image")),
             fileName);
    QTRY_VERIFY(f.find<QPushButton>("submitButton")->isEnabled());

    // The same file again (dropped anew, here through the file chooser): nothing is uploaded.
    model->setFieldValue(imageRow, QStringLiteral("sandbox-sample-cat.png"));
    NodeTableEditor::setFileChooser([path](QWidget *, const QString &) { return path; });
    f.find<QTableView>("nodeTableView")->setCurrentIndex(model->index(imageRow, NodeTableModel::ValueColumn));
    QTest::mouseClick(f.window->findChild<QWidget *>(QStringLiteral("chooseMediaButton")), Qt::LeftButton);
    QTRY_COMPARE(model->field(imageRow).fieldValue, fileName);
    QTRY_COMPARE(model->uploadState(imageRow), NodeTableModel::Upload::Done);
    test::clickRun(f);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 2);
    QCOMPARE(test::sentValue(f.sandbox.lastRequestBody(runPath), QStringLiteral("12"), QStringLiteral("image")),
             fileName);
    QCOMPARE(f.sandbox.requestCount(uploadPath), 1);
}

void TestMediaUpload::oversizedFileRefusedBeforeUpload()
{
    test::WindowFixture f;
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = test::nodeModel(f);
    const int imageRow = test::rowOf(model, QStringLiteral("image"));
    QFile big(f.dir.filePath(QStringLiteral("huge.png")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(31LL * 1024 * 1024)); // sparse: no 31 MB written
    big.close();
    test::dropFile(f, imageRow, big.fileName());
    if (QTest::currentTestFailed())
        return;
    auto *status = f.find<QLabel>("appStatusLabel");
    QTRY_VERIFY2(status->text().contains(QLatin1String("30 MB")), qPrintable(status->text()));
    QCOMPARE(model->uploadState(imageRow), NodeTableModel::Upload::Failed);
    QVERIFY(model->hasProblem(imageRow));
    QCOMPARE(model->field(imageRow).fieldValue, QStringLiteral("sandbox-sample-cat.png"));
    QCOMPARE(f.sandbox.requestCount(uploadPath), 0);
    test::clickRun(f); // a refused file blocks the run
    QVERIFY(!f.find<QLabel>("errorLabel")->text().isEmpty());
    QCOMPARE(f.sandbox.requestCount(runPath), 0);
}

void TestMediaUpload::runWaitsForPendingUpload()
{
    test::WindowFixture f;
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = test::nodeModel(f);
    const int imageRow = test::rowOf(model, QStringLiteral("image"));
    const QString path = test::writeImage(f.dir.filePath(QStringLiteral("blue.png")), Qt::blue);
    test::dropFile(f, imageRow, path);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(model->uploadState(imageRow), NodeTableModel::Upload::Uploading);
    test::clickRun(f); // at once, while the upload is on its way
    QCOMPARE(f.sandbox.requestCount(runPath), 0);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
    QCOMPARE(f.sandbox.requestCount(uploadPath), 1);
    const QString fileName = model->field(imageRow).fieldValue;
    QVERIFY2(fileName.startsWith(QLatin1String("api/")), qPrintable(fileName));
    QCOMPARE(test::sentValue(f.sandbox.lastRequestBody(runPath), QStringLiteral("12"), QStringLiteral("image")),
             fileName);
}

void TestMediaUpload::uploadEndingAfterAppChangeTouchesNothing()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp); // cached from now on
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    const QString path = test::writeImage(f.dir.filePath(QStringLiteral("green.png")), Qt::green);
    test::dropFile(f, test::rowOf(test::nodeModel(f), QStringLiteral("image")), path);
    if (QTest::currentTestFailed())
        return;
    test::pasteAppLink(f, textApp); // the user moves on while the upload is on its way
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(f.sandbox.requestCount(uploadPath), 1);
    QTRY_COMPARE(f.window->services()->uploader()->pendingCount(), 0);
    NodeTableModel *model = test::nodeModel(f);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY2(!model->field(row).fieldValue.startsWith(QLatin1String("api/")),
                 qPrintable(model->field(row).fieldValue));
    QCOMPARE(model->field(test::rowOf(model, QStringLiteral("text"))).fieldValue,
             QStringLiteral("a cat sitting on a windowsill at sunset, watercolor"));
}

void TestMediaUpload::fileWithoutKeyLeavesNothingPending()
{
    test::WindowFixture f;
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    f.find<QLineEdit>("apiKeyLineEdit")->clear();
    NodeTableModel *model = test::nodeModel(f);
    const int imageRow = test::rowOf(model, QStringLiteral("image"));
    test::dropFile(f, imageRow, test::writeImage(f.dir.filePath(QStringLiteral("grey.png")), Qt::gray));
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(f.find<QLabel>("appStatusLabel")->text().contains(QLatin1String("API key")),
             qPrintable(f.find<QLabel>("appStatusLabel")->text()));
    QCOMPARE(model->uploadState(imageRow), NodeTableModel::Upload::None);
    test::clickRun(f); // says what is missing instead of waiting for an upload that never started
    auto *error = f.find<QLabel>("errorLabel");
    QVERIFY2(!error->text().contains(QLatin1String("Waiting for uploads")), qPrintable(error->text()));
    QCOMPARE(f.sandbox.requestCount(uploadPath), 0);
}

void TestMediaUpload::failedUploadBlocksTheRun()
{
    test::WindowFixture f;
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = test::nodeModel(f);
    const int imageRow = test::rowOf(model, QStringLiteral("image"));
    f.sandbox.failNext(uploadPath, SandboxServer::Fault::Http502Html);
    test::dropFile(f, imageRow, test::writeImage(f.dir.filePath(QStringLiteral("white.png")), Qt::white));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(model->uploadState(imageRow), NodeTableModel::Upload::Failed);
    auto *status = f.find<QLabel>("appStatusLabel");
    QVERIFY2(status->text().contains(QLatin1String("upload failed")), qPrintable(status->text()));
    QVERIFY(model->hasProblem(imageRow));
    test::clickRun(f);
    auto *error = f.find<QLabel>("errorLabel");
    QVERIFY2(error->text().contains(QLatin1String("upload failed")), qPrintable(error->text()));
    QCOMPARE(f.sandbox.requestCount(runPath), 0);
}

void TestMediaUpload::pastedImageIsUploaded()
{
    test::WindowFixture f;
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = test::nodeModel(f);
    const int imageRow = test::rowOf(model, QStringLiteral("image"));
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
    QCOMPARE(model->field(test::rowOf(model, QStringLiteral("text"))).fieldValue,
             QStringLiteral("oil painting, thick brush strokes")); // nothing else changed
}

void TestMediaUpload::fileDroppedOnTheWindowGoesToTheImageInput()
{
    test::WindowFixture f;
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = test::nodeModel(f);
    const int imageRow = test::rowOf(model, QStringLiteral("image"));
    const QString path = test::writeImage(f.dir.filePath(QStringLiteral("blue.png")), Qt::blue);
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    const QPoint where = f.window->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(where), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &drop);
    QTRY_COMPARE(model->uploadState(imageRow), NodeTableModel::Upload::Done);
    QCOMPARE(f.sandbox.requestCount(uploadPath), 1);
    QCOMPARE(model->mediaPath(imageRow), path);
    delete mime;
}

void TestMediaUpload::typedFileNameClearsAFailedUpload()
{
    Draft draft;
    NodeTableModel model(&draft);
    NodeField image;
    image.nodeId = QStringLiteral("12");
    image.fieldName = QStringLiteral("image");
    image.fieldType = QStringLiteral("IMAGE");
    model.setFields({image});
    model.setMedia(0, QStringLiteral("/gone.png"), {}, NodeTableModel::Upload::Failed);
    QCOMPARE(model.countUploads(NodeTableModel::Upload::Failed), 1);
    model.setFieldValue(0, QStringLiteral("api/0123.png"));
    QCOMPARE(model.countUploads(NodeTableModel::Upload::Failed), 0);
}

void TestMediaUpload::movingTheRowKeepsTheUploadOnItsInput()
{
    test::WindowFixture f;
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = test::nodeModel(f);
    const int imageRow = test::rowOf(model, QStringLiteral("image"));
    QVERIFY(imageRow >= 0 && imageRow + 1 < model->rowCount());
    const QString sample = model->field(imageRow).fieldValue;
    test::dropFile(f, imageRow, test::writeImage(f.dir.filePath(QStringLiteral("moved.png")), Qt::darkCyan));
    if (QTest::currentTestFailed())
        return;
    // While the upload is under way (it cannot end before the event loop runs), the row moves down.
    QCOMPARE(model->uploadState(imageRow), NodeTableModel::Upload::Uploading);
    auto *table = f.find<QTableView>("nodeTableView");
    table->setCurrentIndex(model->index(imageRow, NodeTableModel::ValueColumn));
    QTest::mouseClick(f.find<QToolButton>("moveRowDownButton"), Qt::LeftButton);
    const int movedRow = imageRow + 1;
    QCOMPARE(test::rowOf(model, QStringLiteral("image")), movedRow);
    QCOMPARE(model->uploadState(movedRow), NodeTableModel::Upload::Uploading);
    QTRY_COMPARE(model->uploadState(movedRow), NodeTableModel::Upload::Done);
    const QString fileName = model->field(movedRow).fieldValue;
    QVERIFY2(fileName.startsWith(QLatin1String("api/")) && fileName != sample, qPrintable(fileName));
    QCOMPARE(model->field(imageRow).fieldName == QLatin1String("image"), false); // no other row took it
    test::clickRun(f);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
    QCOMPARE(
        test::sentValue(f.sandbox.lastRequestBody(runPath), model->field(movedRow).nodeId, QStringLiteral("image")),
        fileName);
}

QTEST_MAIN(TestMediaUpload)
#include "tst_mediaupload.moc"
