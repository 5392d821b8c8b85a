// DisplayFormat, the one way dates and costs are written: the locale's short date and time everywhere, coins as
// "12 RH coins", money with its currency, and costs worded as simulated in the sandbox.
#include "displayformat.h"
#include "testenv.h"

#include <QtTest>

using namespace rh;

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void cleanup()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        DisplayFormat::setSandbox(false);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::newRow("English") << "en_US"
                                 << "11/29/26 7:32 AM";
        QTest::newRow("Chinese") << "zh_CN"
                                 << "2026/11/29 07:32";
    }

    void dates()
    {
        QFETCH(QString, locale);
        QLocale::setDefault(QLocale(locale));
        const QDateTime at(QDate(2026, 11, 29), QTime(7, 32, 24)); // local time
        QTEST(DisplayFormat::dateTime(at), "text");
        QTEST(DisplayFormat::dateTime(at.toUTC()), "text"); // stored as UTC, shown in local time
        QVERIFY(DisplayFormat::longDateTime(at).contains(QLatin1String("24")));
        QVERIFY(DisplayFormat::dateTime({}).isEmpty());
    }

    void coins_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<bool>("sandbox");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole") << "12" << false << "12 RH coins";
        QTest::newRow("decimal, trailing zero") << "0.50" << false << "0.5 RH coins";
        QTest::newRow("thousands") << "1234" << false << "1,234 RH coins";
        QTest::newRow("spaces") << " 3 " << false << "3 RH coins";
        QTest::newRow("not a number kept") << "n/a" << false << "n/a RH coins";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("sandbox") << "12" << true << "12 RH coins, simulated";
        QTest::newRow("sandbox, empty") << "" << true << "";
    }

    void coins()
    {
        QFETCH(QString, amount);
        QFETCH(bool, sandbox);
        DisplayFormat::setSandbox(sandbox);
        QTEST(DisplayFormat::coins(amount), "text");
    }

    void money_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("yuan in China") << "zh_CN"
                                       << "88.88"
                                       << "CNY"
                                       << "¥88.88";
        QTest::newRow("yuan elsewhere") << "en_US"
                                        << "88.8"
                                        << "CNY"
                                        << "CNY 88.80";
        QTest::newRow("dollars at home") << "en_US"
                                         << "5"
                                         << "usd"
                                         << "$5.00";
        QTest::newRow("no currency") << "en_US"
                                     << "5"
                                     << ""
                                     << "$5.00";
        QTest::newRow("empty") << "en_US"
                               << ""
                               << "CNY"
                               << "";
    }

    void money()
    {
        QFETCH(QString, locale);
        QFETCH(QString, amount);
        QFETCH(QString, currency);
        QLocale::setDefault(QLocale(locale));
        QTEST(DisplayFormat::money(amount, currency), "text");
    }

    void runCost_data()
    {
        QTest::addColumn<QString>("seconds");
        QTest::addColumn<QString>("coins");
        QTest::addColumn<bool>("sandbox");
        QTest::addColumn<QString>("text");
        QTest::newRow("both") << "37"
                              << "12" << false << "37 s · 12 RH coins";
        QTest::newRow("no time") << ""
                                 << "12" << false << "run time unknown · 12 RH coins";
        QTest::newRow("no cost") << "37"
                                 << "" << false << "37 s · cost unknown";
        QTest::newRow("sandbox") << "37"
                                 << "12" << true << "37 s · 12 RH coins, simulated";
    }

    void runCost()
    {
        QFETCH(QString, seconds);
        QFETCH(QString, coins);
        QFETCH(bool, sandbox);
        DisplayFormat::setSandbox(sandbox);
        QTEST(DisplayFormat::runCost(seconds, coins), "text");
        QCOMPARE(DisplayFormat::costTitle(), sandbox ? QStringLiteral("Simulated cost") : QStringLiteral("Cost"));
    }
};

QTEST_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
