#include "fakedesktop.h"
#include "task/filerevealer.h"
#include "task/resultsview.h"
#include "testenv.h"

#include <QClipboard>
#include <QDBusConnection>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rh;

/// Stands in for the desktop: QDesktopServices hands file URLs here instead of starting a program.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

namespace {

TaskOutput output(const QString &url, const QString &type, const QString &localPath)
{
    TaskOutput o;
    o.fileUrl = url;
    o.fileType = type;
    o.nodeId = QStringLiteral("9");
    o.taskCostTime = QStringLiteral("37");
    o.consumeCoins = QStringLiteral("12");
    o.localPath = localPath;
    return o;
}

QString writePng(const QTemporaryDir &dir, const QString &name, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString path = dir.filePath(name);
    return image.save(path, "PNG") ? path : QString();
}

} // namespace

class TestResultsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kinds_data();
    void kinds();
    void showsThumbnailsAndIcons();
    void newListDropsOldThumbnails();
    void copiesTheUrl();
    void opensFileAndFolder();
    void selectsTheFileInTheFileManager();
    void offersThePathWhenNothingOpensTheFolder();
    void clears();
    void costKeepsTheListsHeight();

private:
    QListView *list(ResultsView &view) { return view.findChild<QListView *>(QStringLiteral("resultsListView")); }
    QVariant decoration(ResultsView &view, int row)
    {
        return list(view)->model()->index(row, 0).data(Qt::DecorationRole);
    }

    QTemporaryDir m_dir;
    QList<TaskOutput> m_outputs;
};

void TestResultsView::initTestCase()
{
    rh::test::isolateEnvironment();
    const QString big = writePng(m_dir, QStringLiteral("big.png"), {1200, 800});
    const QString tall = writePng(m_dir, QStringLiteral("tall.png"), {300, 900});
    const QString small = writePng(m_dir, QStringLiteral("small.png"), {100, 50});
    QVERIFY(!big.isEmpty() && !tall.isEmpty() && !small.isEmpty());
    const QString base = QStringLiteral("https://rh-images.example.com/output/");
    m_outputs = {
        output(base + QStringLiteral("ComfyUI_00001_.png"), QStringLiteral("png"), big),
        output(base + QStringLiteral("ComfyUI_00002_.png"), QStringLiteral("png"), tall),
        output(base + QStringLiteral("ComfyUI_00003_.png"), QStringLiteral("png"), small),
        output(base + QStringLiteral("clip.mp4"), QStringLiteral("mp4"), m_dir.filePath(QStringLiteral("clip.mp4"))),
        output(base + QStringLiteral("voice.mp3"), QStringLiteral("mp3"), m_dir.filePath(QStringLiteral("voice.mp3"))),
        output(base + QStringLiteral("later.png"), QStringLiteral("png"), QString())};
}

void TestResultsView::kinds_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("kind");
    QTest::newRow("png") << QStringLiteral("png") << QString() << int(ResultsView::Kind::Image);
    QTest::newRow("upper-case JPG") << QStringLiteral("JPG") << QString() << int(ResultsView::Kind::Image);
    QTest::newRow("mp4") << QStringLiteral("mp4") << QString() << int(ResultsView::Kind::Video);
    QTest::newRow("wav") << QStringLiteral("wav") << QString() << int(ResultsView::Kind::Audio);
    QTest::newRow("txt") << QStringLiteral("txt") << QString() << int(ResultsView::Kind::Text);
    QTest::newRow("no type, URL suffix") << QString() << QStringLiteral("https://x.example/a/b.webm?sig=1")
                                         << int(ResultsView::Kind::Video);
    QTest::newRow("zip") << QStringLiteral("zip") << QString() << int(ResultsView::Kind::Other);
    QTest::newRow("nothing") << QString() << QString() << int(ResultsView::Kind::Other);
}

void TestResultsView::kinds()
{
    QFETCH(QString, type);
    QFETCH(QString, url);
    QFETCH(int, kind);
    QCOMPARE(int(ResultsView::kindOf(output(url, type, QString()))), kind);
}

void TestResultsView::showsThumbnailsAndIcons()
{
    ResultsView view;
    view.show();
    view.setOutputs(m_outputs);
    // Decoding happens on the thread pool: setOutputs returns with placeholders, the pictures come later.
    QVERIFY(!list(view)->model()->index(0, 0).data(ResultsView::ThumbnailReadyRole).toBool());
    QVERIFY(decoration(view, 0).value<QPixmap>().isNull());
    QCOMPARE(view.outputsCount(), m_outputs.size());
    QCOMPARE(list(view)->accessibleName(), QStringLiteral("Results"));
    QCOMPARE(list(view)->model()->rowCount(), m_outputs.size());
    for (int row = 0; row < 3; ++row) {
        QTRY_VERIFY(!decoration(view, row).value<QPixmap>().isNull());
        const QSize size = decoration(view, row).value<QPixmap>().size();
        QVERIFY2(size.width() <= ResultsView::ThumbnailSize && size.height() <= ResultsView::ThumbnailSize,
                 qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
    }
    QCOMPARE(decoration(view, 0).value<QPixmap>().size(), QSize(1200, 800).scaled(160, 160, Qt::KeepAspectRatio));
    QCOMPARE(decoration(view, 1).value<QPixmap>().size(), QSize(300, 900).scaled(160, 160, Qt::KeepAspectRatio));
    QCOMPARE(decoration(view, 2).value<QPixmap>().size(), QSize(100, 50)); // never blown up
    for (int row = 3; row < m_outputs.size(); ++row) {
        QVERIFY(!decoration(view, row).value<QIcon>().isNull());
        QVERIFY(!list(view)->model()->index(row, 0).data(ResultsView::ThumbnailReadyRole).toBool());
    }
    QVERIFY(decoration(view, 3).value<QIcon>().cacheKey() != decoration(view, 4).value<QIcon>().cacheKey());
    QCOMPARE(list(view)->model()->index(5, 0).data().toString(), QStringLiteral("Downloading…"));
    auto *cost = view.findChild<QLabel *>(QStringLiteral("resultsCostLabel"));
    QVERIFY(cost->accessibleName().contains(QLatin1String("37")));
    QVERIFY(cost->accessibleName().contains(QLatin1String("12")));

    // The download lands: that one turns into a thumbnail.
    TaskOutput landed = m_outputs.at(5);
    landed.localPath = m_outputs.at(2).localPath;
    view.updateOutput(5, landed);
    QTRY_VERIFY(!decoration(view, 5).value<QPixmap>().isNull());
}

void TestResultsView::newListDropsOldThumbnails()
{
    ResultsView view;
    view.setOutputs(m_outputs);
    view.setOutputs({m_outputs.at(3), m_outputs.at(2)});
    QCOMPARE(view.outputsCount(), 2);
    QTRY_VERIFY(!decoration(view, 1).value<QPixmap>().isNull());
    QCoreApplication::processEvents();
    QVERIFY(decoration(view, 0).value<QPixmap>().isNull()); // the video's icon, not a stale picture
    QVERIFY(!decoration(view, 0).value<QIcon>().isNull());
}

void TestResultsView::copiesTheUrl()
{
    ResultsView view;
    view.setOutputs(m_outputs);
    auto *copy = view.findChild<QPushButton *>(QStringLiteral("copyUrlButton"));
    QCOMPARE(copy->accessibleName(), QStringLiteral("Copy URL"));
    view.setCurrentIndex(3);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_outputs.at(3).fileUrl);
}

void TestResultsView::opensFileAndFolder()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    ResultsView view;
    view.fileRevealer()->setService(test::fakeServiceName("NoFileManager")); // nobody selects the file
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setOutputs(m_outputs);
    auto *openFile = view.findChild<QPushButton *>(QStringLiteral("openFileButton"));
    auto *openFolder = view.findChild<QPushButton *>(QStringLiteral("openFolderButton"));
    QCOMPARE(openFile->accessibleName(), QStringLiteral("Open file"));
    QCOMPARE(openFolder->accessibleName(), QStringLiteral("Open folder"));
    view.setCurrentIndex(1);
    QTest::mouseClick(openFile, Qt::LeftButton);
    QTest::mouseClick(openFolder, Qt::LeftButton);
    QTRY_COMPARE(catcher.urls.size(), 2); // after the file manager did not answer
    // Double-click opens too.
    QListView *listView = list(view);
    QTRY_VERIFY(listView->visualRect(listView->model()->index(0, 0)).isValid()); // laid out
    const QRect rect = listView->visualRect(listView->model()->index(0, 0));
    // As a real double-click arrives: press, release, then the double-click event.
    QTest::mouseClick(listView->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(listView->viewport(), Qt::LeftButton, {}, rect.center());
    // Enter opens the selected one.
    view.setCurrentIndex(2);
    QTest::keyClick(listView, Qt::Key_Return);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(catcher.urls.size(), 4);
    QCOMPARE(catcher.urls.value(0), QUrl::fromLocalFile(m_outputs.at(1).localPath));
    QCOMPARE(catcher.urls.value(1), QUrl::fromLocalFile(m_dir.path()));
    QCOMPARE(catcher.urls.value(2), QUrl::fromLocalFile(m_outputs.at(0).localPath));
    QCOMPARE(catcher.urls.value(3), QUrl::fromLocalFile(m_outputs.at(2).localPath));

    // Not downloaded yet: nothing to open.
    view.setCurrentIndex(5);
    QVERIFY(!openFile->isEnabled());
    QVERIFY(!openFolder->isEnabled());
}

void TestResultsView::selectsTheFileInTheFileManager()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no session bus: run through tests/run-all.sh (dbus-run-session)");
    const QString service = test::fakeServiceName("FileManager1");
    test::FakeFileManager fileManager(service);
    QVERIFY(fileManager.registered());
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    ResultsView view;
    view.fileRevealer()->setService(service);
    QSignalSpy revealed(view.fileRevealer(), &FileRevealer::revealed);
    view.setOutputs(m_outputs);
    view.setCurrentIndex(1);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("openFolderButton")), Qt::LeftButton);
    QVERIFY(revealed.wait());
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(fileManager.shown().size(), 1);
    QCOMPARE(fileManager.shown().first(), QStringList{QUrl::fromLocalFile(m_outputs.at(1).localPath).toString()});
    QVERIFY(catcher.urls.isEmpty()); // the folder was not opened a second time
    QVERIFY(view.findChild<QWidget *>(QStringLiteral("openFolderProblemRow"))->isHidden());
}

void TestResultsView::offersThePathWhenNothingOpensTheFolder()
{
    ResultsView view;
    view.fileRevealer()->setService(test::fakeServiceName("NoFileManager"));
    QList<QUrl> tried;
    view.setFolderOpener([&tried](const QUrl &url) {
        tried.append(url);
        return false;
    });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setOutputs(m_outputs);
    view.setCurrentIndex(0);
    auto *row = view.findChild<QWidget *>(QStringLiteral("openFolderProblemRow"));
    QVERIFY(!row->isVisible());
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("openFolderButton")), Qt::LeftButton);
    QTRY_VERIFY(row->isVisible());
    QCOMPARE(tried, QList<QUrl>{QUrl::fromLocalFile(m_dir.path())});
    const QString path = QDir::toNativeSeparators(m_outputs.at(0).localPath);
    auto *label = view.findChild<QLabel *>(QStringLiteral("openFolderProblemLabel"));
    QVERIFY2(label->text().contains(path), qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("could not be opened")));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("copyPathButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), path);
    // A new run's outputs: the old problem is gone.
    view.setOutputs(m_outputs);
    QVERIFY(!row->isVisible());
}

void TestResultsView::clears()
{
    ResultsView view;
    view.setOutputs(m_outputs);
    view.clear();
    QCOMPARE(view.outputsCount(), 0);
    QCOMPARE(list(view)->model()->rowCount(), 0);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("resultsCostLabel"))->text().isEmpty());
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("copyUrlButton"))->isEnabled());
}

// The cost has a line of its own, there even while empty: a run that brings its cost (or the next one clearing it)
// neither moves nor repaints the list. Beside the buttons, a narrow view wrapped the cost into a growing column.
void TestResultsView::costKeepsTheListsHeight()
{
    ResultsView view;
    view.resize(300, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QListView *results = list(view);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QRect empty = results->geometry();
    view.setOutputs(m_outputs);
    QVERIFY(!view.findChild<QLabel *>(QStringLiteral("resultsCostLabel"))->text().isEmpty());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(results->geometry(), empty);
    view.clear();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(results->geometry(), empty);
}

QTEST_MAIN(TestResultsView)
#include "tst_resultsview.moc"
