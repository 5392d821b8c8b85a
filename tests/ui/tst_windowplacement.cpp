// Where the main window opens: on the screen, always.
#include "windowplacement.h"

#include <QTest>

using namespace rh;

class TestWindowPlacement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data()
    {
        QTest::addColumn<QSize>("preferred");
        QTest::addColumn<QRect>("available");
        QTest::addColumn<bool>("maximized");
        QTest::newRow("fits a 1920x1080 desktop") << QSize(1360, 860) << QRect(0, 0, 1920, 1040) << false;
        QTest::newRow("1280x800 laptop (issue 16)") << QSize(1360, 860) << QRect(0, 0, 1280, 770) << true;
        QTest::newRow("2x on 2560x1600 is 1280x800") << QSize(1360, 860) << QRect(0, 0, 1280, 800) << true;
        QTest::newRow("just too short") << QSize(1360, 860) << QRect(0, 0, 1440, 880) << true;
        QTest::newRow("second screen to the right") << QSize(1360, 860) << QRect(1920, 0, 1920, 1080) << false;
        QTest::newRow("panel on the left") << QSize(1360, 860) << QRect(64, 0, 1856, 1080) << false;
    }

    void plan()
    {
        QFETCH(QSize, preferred);
        QFETCH(QRect, available);
        QFETCH(bool, maximized);
        const WindowPlacement::Plan plan = WindowPlacement::plan(preferred, available);
        QCOMPARE(plan.maximized, maximized);
        // Whether maximized or not, the normal geometry lies on the screen with room for the frame.
        QVERIFY2(WindowPlacement::fits(plan.geometry, available), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                                                 .arg(plan.geometry.x())
                                                                                 .arg(plan.geometry.y())
                                                                                 .arg(plan.geometry.width())
                                                                                 .arg(plan.geometry.height())));
        if (!maximized)
            QCOMPARE(plan.geometry.size(), preferred);
    }

    void fits_data()
    {
        QTest::addColumn<QRect>("geometry");
        QTest::addColumn<bool>("fits");
        QTest::newRow("inside") << QRect(100, 100, 1000, 600) << true;
        QTest::newRow("larger than the screen (issue 16)") << QRect(0, 0, 1360, 860) << false;
        QTest::newRow("off to the right") << QRect(900, 100, 1000, 600) << false;
        QTest::newRow("title bar above the screen") << QRect(100, 0, 1000, 600) << false;
        QTest::newRow("on another screen") << QRect(2000, 100, 800, 600) << false;
    }

    void fits()
    {
        QFETCH(QRect, geometry);
        QFETCH(bool, fits);
        QCOMPARE(WindowPlacement::fits(geometry, QRect(0, 0, 1280, 800)), fits);
    }
};

QTEST_APPLESS_MAIN(TestWindowPlacement)
#include "tst_windowplacement.moc"
