// The menus where people look for things: Run and Load app under Run (not Edit), and Help offers a user guide
// that opens in a window of its own, in the UI language.
#include "mainmenus.h"
#include "testenv.h"
#include "userguidedialog.h"
#include "windowfixture.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QtTest>

using namespace rh;

namespace {

QStringList actionTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    return texts;
}

} // namespace

class TestMainMenus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void menusWherePeopleLook()
    {
        test::WindowFixture f;
        QVERIFY(f.open());
        QStringList titles;
        for (const QAction *action : f.window->menuBar()->actions())
            titles.append(action->text());
        QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("Ru&n"), QStringLiteral("&View"),
                                      QStringLiteral("&Help")}));
        auto *run = f.find<QMenu>("runMenu");
        QVERIFY(run);
        QVERIFY(f.find<QAction>("runTaskAction"));
        QVERIFY(run->actions().contains(f.find<QAction>("runTaskAction")));
        QVERIFY(run->actions().contains(f.find<QAction>("addToQueueAction")));
        QVERIFY(run->actions().contains(f.find<QAction>("reloadAppAction")));
        QVERIFY(actionTexts(f.find<QMenu>("fileMenu")).contains(QStringLiteral("&Settings…")));
    }

    void userGuideOpensBesideTheWindow()
    {
        test::WindowFixture f;
        QVERIFY(f.open());
        auto *guide = f.find<QAction>("userGuideAction");
        QVERIFY(guide);
        QVERIFY(f.find<QMenu>("helpMenu")->actions().contains(guide));
        guide->trigger();
        auto *dialog = f.find<UserGuideDialog>("userGuideDialog");
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        const QString text = f.find<QTextBrowser>("userGuideTextBrowser")->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Using rhdesk")), qPrintable(text.left(200)));
        QVERIFY(text.contains(QLatin1String("Outcome unknown")));
        guide->trigger(); // a second press brings the same window forward
        QCOMPARE(f.window->findChildren<UserGuideDialog *>().size(), 1);
    }

    void guideInTheUiLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        const QString chinese = UserGuideDialog::guideText();
        QLocale::setDefault(QLocale(QStringLiteral("de_DE"))); // no German guide: English
        const QString other = UserGuideDialog::guideText();
        QLocale::setDefault(before);
        QVERIFY2(chinese.contains(QStringLiteral("使用 rhdesk")), qPrintable(chinese.left(100)));
        QVERIFY(other.contains(QLatin1String("Using rhdesk")));
        // The guide stays short: an operator reads it in a minute.
        QVERIFY(other.count(QLatin1Char('\n')) <= 25);
    }
};

QTEST_MAIN(TestMainMenus)
#include "tst_mainmenus.moc"
