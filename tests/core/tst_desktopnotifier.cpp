// Desktop notifications against a fake org.freedesktop.Notifications on the test's private session bus: shown with
// their actions, the action comes back with its tag, and no service means "use the tray".
#include "fakedesktop.h"
#include "testenv.h"

#include "task/desktopnotifier.h"

#include <QDBusConnection>
#include <QtTest>

using namespace rh;

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shownWithActionsAndTheActionComesBack();
    void noServiceFallsBack();
};

void TestDesktopNotifier::initTestCase()
{
    test::isolateEnvironment();
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no session bus: run through tests/run-all.sh (dbus-run-session)");
}

void TestDesktopNotifier::shownWithActionsAndTheActionComesBack()
{
    const QString service = test::fakeServiceName("Notifications");
    test::FakeNotifications fake(service);
    QVERIFY(fake.registered());
    DesktopNotifier notifier(service);
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    QSignalSpy invoked(&notifier, &DesktopNotifier::actionInvoked);
    notifier.notify(QStringLiteral("Batch finished"), QStringLiteral("30 of 30 done"),
                    {{QStringLiteral("open-folder"), QStringLiteral("Open folder")}}, QStringLiteral("7"));
    QVERIFY(shown.wait());
    QCOMPARE(fake.shown().size(), 1);
    QCOMPARE(fake.shown().first().summary, QStringLiteral("Batch finished"));
    QCOMPARE(fake.shown().first().actions, (QStringList{QStringLiteral("open-folder"), QStringLiteral("Open folder")}));
    fake.invoke(fake.shown().first().id, QStringLiteral("open-folder"));
    QVERIFY(invoked.wait());
    QCOMPARE(invoked.first().at(0).toString(), QStringLiteral("7"));
    QCOMPARE(invoked.first().at(1).toString(), QStringLiteral("open-folder"));
    fake.invoke(999, QStringLiteral("open-folder")); // not ours: ignored
    QTest::qWait(100);
    QCOMPARE(invoked.size(), 1);
}

void TestDesktopNotifier::noServiceFallsBack()
{
    DesktopNotifier notifier(test::fakeServiceName("NoNotifications"));
    QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
    notifier.notify(QStringLiteral("Batch finished"), QStringLiteral("body"), {}, QStringLiteral("1"));
    QVERIFY(unavailable.wait());
    QCOMPARE(unavailable.first().at(0).toString(), QStringLiteral("Batch finished"));
}

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
