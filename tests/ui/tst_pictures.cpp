// The window's small pictures, decoded off the GUI thread: the app's cover in the header and the preview of a
// file chosen for an image input.
#include "form/nodetablemodel.h"
#include "formdriver.h"
#include "testenv.h"
#include "windowfixture.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "session/services.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString imageApp = QStringLiteral("1894010498277093377");

QString thumbPath(const QString &webappId)
{
    return QStringLiteral("/files/cover-%1-thumb.png").arg(webappId);
}

bool noCallsLeft(test::WindowFixture &f)
{
    return f.window->services()->api()->findChildren<ApiCall *>().isEmpty();
}

} // namespace

class TestPictures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void coverShownBesideTheAppName()
    {
        test::WindowFixture f;
        test::pasteAppLink(f, textApp);
        if (QTest::currentTestFailed())
            return;
        auto *cover = f.find<QLabel>("appCoverLabel");
        QTRY_VERIFY(cover->isVisible());
        const QPixmap shown = cover->pixmap();
        QVERIFY(!shown.isNull());
        QVERIFY(shown.width() <= cover->width() && shown.height() <= cover->height());
        QCOMPARE(f.sandbox.requestCount(thumbPath(textApp)), 1);
    }

    void oversizedCoverLeavesTheHeaderBare()
    {
        test::WindowFixture f;
        QVERIFY(f.open());
        f.sandbox.failNext(thumbPath(textApp), SandboxServer::Fault::Oversized);
        test::pasteAppLink(f, textApp);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(f.sandbox.requestCount(thumbPath(textApp)), 1);
        QTRY_VERIFY(noCallsLeft(f)); // the cover's call ended, stopped at the size cap
        // Had bytes come, their decode would have started with the call's end; wait for any decode to land.
        QTRY_VERIFY(f.window->findChildren<QFutureWatcherBase *>().isEmpty());
        QVERIFY(!f.find<QLabel>("appCoverLabel")->isVisible());
    }

    void chosenImageGetsAPreview()
    {
        test::WindowFixture f;
        test::pasteAppLink(f, imageApp);
        if (QTest::currentTestFailed())
            return;
        NodeTableModel *model = test::nodeModel(f);
        const int row = test::rowOf(model, QStringLiteral("image"));
        QImage wide(200, 100, QImage::Format_RGB32);
        wide.fill(Qt::darkGreen);
        const QString path = f.dir.filePath(QStringLiteral("wide.png"));
        QVERIFY(wide.save(path));
        test::dropFile(f, row, path);
        if (QTest::currentTestFailed())
            return;
        const QModelIndex value = model->index(row, NodeTableModel::ValueColumn);
        QTRY_COMPARE(model->uploadState(row), NodeTableModel::Upload::Done);
        QTRY_VERIFY(!value.data(Qt::DecorationRole).value<QPixmap>().isNull());
        QCOMPARE(value.data(Qt::DecorationRole).value<QPixmap>().size(), QSize(48, 24));
        QCOMPARE(model->mediaPreview(row).size(), QSize(48, 24));
    }

    void latePreviewOfAReplacedFileIsDropped()
    {
        Draft draft;
        NodeTableModel model(&draft);
        NodeField image;
        image.nodeId = QStringLiteral("12");
        image.fieldName = QStringLiteral("image");
        image.fieldType = QStringLiteral("IMAGE");
        model.setFields({image});
        QPixmap pixel(4, 4);
        pixel.fill(Qt::red);
        model.setMedia(0, QStringLiteral("/b.png"), {}, NodeTableModel::Upload::Uploading);
        model.setPreview(QStringLiteral("/a.png"), pixel); // decoded for the file chosen before
        QVERIFY(model.mediaPreview(0).isNull());
        model.setPreview(QStringLiteral("/b.png"), pixel);
        QCOMPARE(model.mediaPreview(0).size(), QSize(4, 4));
        model.setMedia(0, QStringLiteral("/b.png"), {}, NodeTableModel::Upload::Failed);
        model.setPreview(QStringLiteral("/b.png"), pixel); // a failed row shows no picture
        QVERIFY(model.mediaPreview(0).isNull());
    }
};

QTEST_MAIN(TestPictures)
#include "tst_pictures.moc"
