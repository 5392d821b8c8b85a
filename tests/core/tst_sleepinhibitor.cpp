// The sleep inhibitor against a fake org.freedesktop.ScreenSaver on the test's private session bus (tests/run-all.sh
// runs every test inside dbus-run-session): taken while wanted, released when not, and "neither service" said.
#include "fakedesktop.h"
#include "testenv.h"

#include "task/sleepinhibitor.h"

#include <QDBusConnection>
#include <QtTest>

using namespace rh;

Q_DECLARE_METATYPE(rh::SleepInhibitor::Backend)

class TestSleepInhibitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void heldWhileWanted();
    void releasedWhenNoLongerWantedBeforeTheAnswer();
    void neitherServiceIsSaid();
    void probeFindsTheService();

private:
    SleepInhibitor::Options fakeOptions(const QString &service) const
    {
        SleepInhibitor::Options options;
        options.useLogin1 = false; // the private test bus has no logind
        options.screenSaverService = service;
        return options;
    }
};

void TestSleepInhibitor::initTestCase()
{
    test::isolateEnvironment();
    qRegisterMetaType<SleepInhibitor::Backend>();
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no session bus: run through tests/run-all.sh (dbus-run-session)");
}

void TestSleepInhibitor::heldWhileWanted()
{
    test::FakeScreenSaver saver(test::fakeServiceName("ScreenSaver"));
    QVERIFY(saver.registered());
    SleepInhibitor inhibitor(fakeOptions(test::fakeServiceName("ScreenSaver")));
    QSignalSpy held(&inhibitor, &SleepInhibitor::heldChanged);
    inhibitor.setWanted(true);
    QVERIFY(held.wait());
    QCOMPARE(held.takeFirst().first().toBool(), true);
    QVERIFY(inhibitor.isHeld());
    QCOMPARE(inhibitor.backend(), SleepInhibitor::Backend::ScreenSaver);
    QCOMPARE(saver.active(), 1);
    QVERIFY(!saver.lastReason().isEmpty());
    inhibitor.setWanted(true); // wanting twice takes one lock
    inhibitor.setWanted(false);
    QVERIFY(!inhibitor.isHeld());
    QTRY_COMPARE(saver.active(), 0);
    inhibitor.setWanted(true);
    QTRY_COMPARE(saver.active(), 1);
}

void TestSleepInhibitor::releasedWhenNoLongerWantedBeforeTheAnswer()
{
    test::FakeScreenSaver saver(test::fakeServiceName("ScreenSaver2"));
    QVERIFY(saver.registered());
    {
        SleepInhibitor inhibitor(fakeOptions(test::fakeServiceName("ScreenSaver2")));
        inhibitor.setWanted(true);
        inhibitor.setWanted(false); // before the bus answered
        QTRY_VERIFY(inhibitor.backend() == SleepInhibitor::Backend::ScreenSaver);
        QTRY_COMPARE(saver.active(), 0);
        QVERIFY(!inhibitor.isHeld());
        inhibitor.setWanted(true);
        QTRY_VERIFY(inhibitor.isHeld());
        QCOMPARE(saver.active(), 1);
    } // destroyed while holding: released
    QTRY_COMPARE(saver.active(), 0);
}

void TestSleepInhibitor::neitherServiceIsSaid()
{
    SleepInhibitor inhibitor(fakeOptions(test::fakeServiceName("Nobody")));
    QSignalSpy backend(&inhibitor, &SleepInhibitor::backendChanged);
    inhibitor.setWanted(true);
    QVERIFY(backend.wait());
    QCOMPARE(inhibitor.backend(), SleepInhibitor::Backend::None);
    QVERIFY(!inhibitor.isHeld());
}

void TestSleepInhibitor::probeFindsTheService()
{
    test::FakeScreenSaver saver(test::fakeServiceName("ScreenSaver3"));
    SleepInhibitor found(fakeOptions(test::fakeServiceName("ScreenSaver3")));
    found.probe();
    QTRY_COMPARE(found.backend(), SleepInhibitor::Backend::ScreenSaver);
    QCOMPARE(saver.active(), 0); // asking takes nothing
    SleepInhibitor missing(fakeOptions(test::fakeServiceName("Nobody2")));
    missing.probe();
    QTRY_COMPARE(missing.backend(), SleepInhibitor::Backend::None);
}

QTEST_GUILESS_MAIN(TestSleepInhibitor)
#include "tst_sleepinhibitor.moc"
