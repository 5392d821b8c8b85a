// The guardrails' decision table: batch cap, balance floor, the question before a costly batch.
#include "model/budget.h"

#include <QtTest>

using namespace rh;

Q_DECLARE_METATYPE(rh::BudgetVerdict)
Q_DECLARE_METATYPE(std::optional<qint64>)

namespace {

const std::optional<qint64> unknown;

std::optional<qint64> known(qint64 value)
{
    return value;
}

} // namespace

class TestBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<qint64>("spent");
        QTest::addColumn<int>("live");
        QTest::addColumn<std::optional<qint64>>("estimate");
        QTest::addColumn<qint64>("floor");
        QTest::addColumn<std::optional<qint64>>("balance");
        QTest::addColumn<BudgetVerdict>("verdict");
        QTest::addColumn<qint64>("committed");
        using V = BudgetVerdict;
        QTest::newRow("no cap, no floor")
            << qint64(0) << qint64(900) << 3 << known(50) << qint64(0) << unknown << V::Go << qint64(1050);
        QTest::newRow("under the cap") << qint64(500) << qint64(400) << 0 << known(50) << qint64(0) << unknown << V::Go
                                       << qint64(400);
        QTest::newRow("exactly at the cap goes")
            << qint64(500) << qint64(450) << 0 << known(50) << qint64(0) << unknown << V::Go << qint64(450);
        QTest::newRow("next run would cross")
            << qint64(500) << qint64(488) << 0 << known(50) << qint64(0) << unknown << V::CapReached << qint64(488);
        QTest::newRow("live runs count at their estimate")
            << qint64(500) << qint64(300) << 3 << known(50) << qint64(0) << unknown << V::Go << qint64(450);
        QTest::newRow("live runs would cross: wait for them")
            << qint64(500) << qint64(300) << 4 << known(50) << qint64(0) << unknown << V::Later << qint64(500);
        QTest::newRow("free app never crosses")
            << qint64(10) << qint64(10) << 5 << known(0) << qint64(0) << unknown << V::Go << qint64(10);
        QTest::newRow("no estimate: the first run goes")
            << qint64(500) << qint64(0) << 0 << unknown << qint64(0) << unknown << V::Go << qint64(0);
        QTest::newRow("no estimate: one at a time")
            << qint64(500) << qint64(0) << 1 << unknown << qint64(0) << unknown << V::Later << qint64(0);
        QTest::newRow("no estimate, cap spent")
            << qint64(500) << qint64(500) << 0 << unknown << qint64(0) << unknown << V::CapReached << qint64(500);
        QTest::newRow("estimate above the whole cap")
            << qint64(100) << qint64(0) << 0 << known(150) << qint64(0) << unknown << V::CapReached << qint64(0);
        QTest::newRow("balance below the floor")
            << qint64(0) << qint64(0) << 0 << known(50) << qint64(100) << known(99) << V::BelowFloor << qint64(0);
        QTest::newRow("balance at the floor")
            << qint64(0) << qint64(0) << 0 << known(50) << qint64(100) << known(100) << V::Go << qint64(0);
        QTest::newRow("unknown balance is not below")
            << qint64(0) << qint64(0) << 0 << known(50) << qint64(100) << unknown << V::Go << qint64(0);
        QTest::newRow("zero balance is below")
            << qint64(0) << qint64(0) << 0 << unknown << qint64(1) << known(0) << V::BelowFloor << qint64(0);
        QTest::newRow("floor 0 is off") << qint64(0) << qint64(0) << 0 << unknown << qint64(0) << known(0) << V::Go
                                        << qint64(0);
        QTest::newRow("floor before cap")
            << qint64(500) << qint64(488) << 0 << known(50) << qint64(100) << known(5) << V::BelowFloor << qint64(488);
    }
    void decide()
    {
        QFETCH(qint64, cap);
        QFETCH(qint64, spent);
        QFETCH(int, live);
        QFETCH(std::optional<qint64>, estimate);
        QFETCH(qint64, floor);
        QFETCH(std::optional<qint64>, balance);
        const BudgetDecision decision = decideBudget({cap, spent, live, estimate, floor, balance, false});
        QTEST(decision.verdict, "verdict");
        QTEST(decision.committedCoins, "committed");
    }

    void pendingBalanceWaitsOnlyUnderAFloor()
    {
        BudgetInput input;
        input.balanceCoins = 5;
        input.balancePending = true;
        QCOMPARE(decideBudget(input).verdict, BudgetVerdict::Go); // no floor: nothing to wait for
        input.floorCoins = 100;
        QCOMPARE(decideBudget(input).verdict, BudgetVerdict::Later);
        input.balancePending = false;
        QCOMPARE(decideBudget(input).verdict, BudgetVerdict::BelowFloor);
    }

    void confirm_data()
    {
        QTest::addColumn<std::optional<qint64>>("estimate");
        QTest::addColumn<int>("runs");
        QTest::addColumn<qint64>("threshold");
        QTest::addColumn<bool>("ask");
        QTest::newRow("above") << known(60) << 20 << qint64(1000) << true;
        QTest::newRow("exactly at") << known(50) << 20 << qint64(1000) << false;
        QTest::newRow("below") << known(10) << 20 << qint64(1000) << false;
        QTest::newRow("no estimate") << unknown << 500 << qint64(1000) << false;
        QTest::newRow("threshold off") << known(1000) << 500 << qint64(0) << false;
        QTest::newRow("one costly run") << known(1001) << 1 << qint64(1000) << true;
    }
    void confirm()
    {
        QFETCH(std::optional<qint64>, estimate);
        QFETCH(int, runs);
        QFETCH(qint64, threshold);
        QTEST(needsCostConfirm(estimate, runs, threshold), "ask");
    }

    void coinsFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("coins"); // -1 = none
        QTest::newRow("whole") << QStringLiteral("12") << qint64(12);
        QTest::newRow("fraction rounds up") << QStringLiteral("12.1") << qint64(13);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("grouped") << QStringLiteral("1,234") << qint64(1234);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("word") << QStringLiteral("null") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-3") << qint64(-1);
    }
    void coinsFromText()
    {
        QFETCH(QString, text);
        QTEST(rh::coinsFromText(text).value_or(-1), "coins");
    }

    void median()
    {
        QCOMPARE(medianOf({}), unknown);
        QCOMPARE(medianOf({7}), known(7));
        QCOMPARE(medianOf({9, 1, 5}), known(5));
        QCOMPARE(medianOf({4, 1, 100, 2}), known(2));
    }

    void sentences()
    {
        QCOMPARE(capReachedSentence(500, 488), QStringLiteral("Batch cap of 500 coins reached (spent 488)"));
        QCOMPARE(capReachedSentence(1500, 1234), QStringLiteral("Batch cap of 1,500 coins reached (spent 1,234)"));
        QCOMPARE(belowFloorSentence(80, 100), QStringLiteral("Balance of 80 coins is below the floor of 100"));
    }
};

QTEST_APPLESS_MAIN(TestBudget)
#include "tst_budget.moc"
