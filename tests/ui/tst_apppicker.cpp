// Apps by name and cover: the picker of apps seen on this server (favourites first, then the most recent,
// searchable), covers kept with the app so they show on every start, and the sandbox banner's demo apps by name.
#include "form/appbar.h"
#include "form/apppicker.h"
#include "form/requestform.h"
#include "formdriver.h"
#include "testenv.h"
#include "windowfixture.h"

#include "model/draft.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString imageApp = QStringLiteral("1894010498277093377");

RequestForm *formOf(test::WindowFixture &f)
{
    return f.window->findChild<RequestForm *>();
}

AppPicker *pickerOf(test::WindowFixture &f)
{
    return formOf(f)->appBar()->picker();
}

QString coverPath(const QString &webappId)
{
    return QStringLiteral("/files/cover-%1-thumb.png").arg(webappId);
}

} // namespace

class TestAppPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void recentAppsByNameAndCoverSearchable();
    void favouriteComesFirstAcrossStarts();
    void coverShowsOnEveryStartWithoutADownload();
    void sandboxBannerNamesItsDemoApps();
};

void TestAppPicker::recentAppsByNameAndCoverSearchable()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    AppPicker *picker = pickerOf(f);
    QTest::mouseClick(f.find<QToolButton>("appPickerButton"), Qt::LeftButton);
    QTRY_VERIFY(picker->isVisible());
    QCOMPARE(picker->shownAppIds(), (QStringList{imageApp, textApp})); // the most recent first
    QListView *list = picker->listView();
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("图生图 · 风格重绘 (Image to image)"));
    QTRY_VERIFY(!list->model()->index(1, 0).data(Qt::DecorationRole).value<QIcon>().isNull()); // its cover
    QTest::keyClicks(picker->searchEdit(), QStringLiteral("text to"));
    QCOMPARE(picker->shownAppIds(), QStringList{textApp});
    QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    QVERIFY(!picker->isVisible());
    QTRY_VERIFY(formOf(f)->draft()->hasApp() && formOf(f)->draft()->app().webappId == textApp);
    QCOMPARE(f.find<QLineEdit>("webappIdLineEdit")->text(), textApp);
    QTest::mouseClick(f.find<QToolButton>("appPickerButton"), Qt::LeftButton);
    QTRY_COMPARE(picker->shownAppIds(), (QStringList{textApp, imageApp})); // opened last, listed first
    picker->hide();
}

void TestAppPicker::favouriteComesFirstAcrossStarts()
{
    test::WindowFixture f;
    test::pasteAppLink(f, imageApp);
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    auto *star = f.find<QToolButton>("favouriteAppButton");
    QVERIFY(!star->isChecked());
    QTest::mouseClick(star, Qt::LeftButton);
    QVERIFY(star->isChecked());
    test::pasteAppLink(f, imageApp); // the most recent now, but not the favourite
    QCOMPARE(pickerOf(f)->shownAppIds().first(), textApp);
    f.window->close();
    f.restart();
    QCOMPARE(pickerOf(f)->shownAppIds(), (QStringList{textApp, imageApp}));
    QVERIFY(pickerOf(f)->listView()->model()->index(0, 0).data().toString().startsWith(QStringLiteral("★")));
}

void TestAppPicker::coverShowsOnEveryStartWithoutADownload()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    auto *cover = f.find<QLabel>("appCoverLabel");
    QTRY_VERIFY(cover->isVisible() && !cover->pixmap().isNull());
    QCOMPARE(f.sandbox.requestCount(coverPath(textApp)), 1);
    for (int start = 0; start < 2; ++start) {
        f.window->close();
        f.restart();
        cover = f.find<QLabel>("appCoverLabel");
        QTRY_VERIFY(cover->isVisible() && !cover->pixmap().isNull());
    }
    QCOMPARE(f.sandbox.requestCount(coverPath(textApp)), 1); // kept with the app, not fetched again
}

void TestAppPicker::sandboxBannerNamesItsDemoApps()
{
    test::WindowFixture f;
    f.sandboxMode = true;
    QVERIFY(f.open());
    auto *banner = f.find<QLabel>("sandboxBannerLabel");
    QVERIFY(banner->text().contains(QStringLiteral("图生视频 · 配乐 (Image to video with music)")));
    QVERIFY(!banner->accessibleName().contains(imageApp)); // names, not 19-digit numbers
    Q_EMIT banner->linkActivated(QStringLiteral("app:") + imageApp);
    QTRY_VERIFY(formOf(f)->draft()->hasApp() && formOf(f)->draft()->app().webappId == imageApp);
}

QTEST_MAIN(TestAppPicker)
#include "tst_apppicker.moc"
