// How often the account status is asked for: at start, after runs (at most once per 10 s), each minute.
#include "model/refreshthrottle.h"

#include <QtTest>

using namespace rh;

Q_DECLARE_METATYPE(rh::RefreshCause)

class TestRefreshThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delay_data()
    {
        QTest::addColumn<qint64>("last"); // -1 = never asked
        QTest::addColumn<RefreshCause>("cause");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("delay");
        QTest::newRow("first start") << qint64(-1) << RefreshCause::Start << qint64(5) << qint64(0);
        QTest::newRow("first run end") << qint64(-1) << RefreshCause::RunEnded << qint64(5) << qint64(0);
        QTest::newRow("run end 3 s later waits 7 s")
            << qint64(0) << RefreshCause::RunEnded << qint64(3000) << qint64(7000);
        QTest::newRow("refusal inside the gap waits")
            << qint64(0) << RefreshCause::Refused << qint64(9999) << qint64(1);
        QTest::newRow("run end after 10 s") << qint64(0) << RefreshCause::RunEnded << qint64(10000) << qint64(0);
        QTest::newRow("tick inside the gap is dropped")
            << qint64(0) << RefreshCause::Tick << qint64(4000) << qint64(-1);
        QTest::newRow("tick after a minute") << qint64(0) << RefreshCause::Tick << qint64(60000) << qint64(0);
        QTest::newRow("start again inside the gap waits")
            << qint64(0) << RefreshCause::Start << qint64(1000) << qint64(9000);
        QTest::newRow("clock went back") << qint64(50000) << RefreshCause::RunEnded << qint64(1000) << qint64(0);
    }
    void delay()
    {
        QFETCH(qint64, last);
        QFETCH(RefreshCause, cause);
        QFETCH(qint64, now);
        RefreshThrottle throttle;
        if (last >= 0)
            throttle.asked(last);
        QTEST(throttle.delayFor(cause, now), "delay");
    }

    void neverMoreThanOncePerGap()
    {
        // A run ends every second for two minutes, and the minute timer ticks: asks happen 10 s apart at most.
        RefreshThrottle throttle;
        QList<qint64> asks;
        qint64 deferredTo = -1;
        for (qint64 now = 0; now <= 120000; now += 1000) {
            if (deferredTo >= 0 && now >= deferredTo) {
                throttle.asked(now);
                asks.append(now);
                deferredTo = -1;
            }
            const RefreshCause cause = now % RefreshThrottle::TickMs == 0 ? RefreshCause::Tick : RefreshCause::RunEnded;
            const qint64 delay = throttle.delayFor(cause, now);
            if (delay == 0) {
                throttle.asked(now);
                asks.append(now);
            } else if (delay > 0 && deferredTo < 0) {
                deferredTo = now + delay;
            }
        }
        QCOMPARE(asks.size(), 13); // 0, 10 s, …, 120 s
        for (int i = 1; i < asks.size(); ++i)
            QVERIFY(asks.at(i) - asks.at(i - 1) >= RefreshThrottle::MinGapMs);
        throttle.reset();
        QCOMPARE(throttle.delayFor(RefreshCause::Start, 120500), qint64(0));
    }
};

QTEST_APPLESS_MAIN(TestRefreshThrottle)
#include "tst_refreshthrottle.moc"
