#include "model/budget.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rh {

BudgetDecision decideBudget(const BudgetInput &input)
{
    BudgetDecision decision;
    const qint64 estimate = input.estimate ? qMax<qint64>(0, *input.estimate) : 0;
    decision.committedCoins = input.spentCoins + estimate * qMax(0, input.liveJobs);
    if (input.floorCoins > 0 && input.balancePending) {
        decision.verdict = BudgetVerdict::Later; // the figure that held the queue may be old: the user topped up
        return decision;
    }
    if (input.floorCoins > 0 && input.balanceCoins && *input.balanceCoins < input.floorCoins) {
        decision.verdict = BudgetVerdict::BelowFloor;
        return decision;
    }
    if (input.capCoins <= 0)
        return decision;
    if (!input.estimate) {
        if (input.spentCoins >= input.capCoins)
            decision.verdict = BudgetVerdict::CapReached;
        else if (input.liveJobs > 0)
            decision.verdict = BudgetVerdict::Later;
        return decision;
    }
    if (decision.committedCoins + estimate > input.capCoins) {
        // Runs in flight may still come in under their estimate: wait for them before calling the cap reached.
        decision.verdict = input.liveJobs > 0 ? BudgetVerdict::Later : BudgetVerdict::CapReached;
    }
    return decision;
}

bool needsCostConfirm(std::optional<qint64> estimate, int runs, qint64 threshold)
{
    if (!estimate || threshold <= 0 || runs <= 0)
        return false;
    return *estimate * runs > threshold;
}

std::optional<qint64> coinsFromText(const QString &text)
{
    QString digits = text.trimmed();
    digits.remove(QLatin1Char(','));
    bool ok = false;
    const double value = digits.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0 || value > 9.0e15)
        return std::nullopt;
    return qint64(std::ceil(value));
}

std::optional<qint64> medianOf(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    return values.at((values.size() - 1) / 2);
}

QString coinsText(qint64 coins)
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(coins);
}

QString capReachedSentence(qint64 capCoins, qint64 spentCoins)
{
    return QCoreApplication::translate("rh::Budget", "Batch cap of %1 coins reached (spent %2)")
        .arg(coinsText(capCoins), coinsText(spentCoins));
}

QString belowFloorSentence(qint64 balanceCoins, qint64 floorCoins)
{
    return QCoreApplication::translate("rh::Budget", "Balance of %1 coins is below the floor of %2")
        .arg(coinsText(balanceCoins), coinsText(floorCoins));
}

} // namespace rh
