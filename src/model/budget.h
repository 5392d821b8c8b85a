#pragma once

#include <QString>

#include <optional>

namespace rh {

/// What the guardrails know about one job that is about to be submitted. Coins only: the money of enterprise keys is
/// shown but not capped yet.
struct BudgetInput
{
    qint64 capCoins = 0;                ///< the batch's cap; 0 = no cap
    qint64 spentCoins = 0;              ///< what the batch's ended attempts cost, as the server said
    int liveJobs = 0;                   ///< the batch's jobs submitted (or being submitted) whose cost is not known yet
    std::optional<qint64> estimate;     ///< coins one run of this app costs (median of its successful runs)
    qint64 floorCoins = 0;              ///< the account's balance floor; 0 = none
    std::optional<qint64> balanceCoins; ///< the account's last known balance; nullopt = not known
    bool balancePending = false;        ///< a fresh figure was asked for after a Resume and has not come yet
};

/// What to do with the job.
enum class BudgetVerdict {
    Go,
    Later,      ///< wait and ask again: runs in flight will tell the price, or a fresh balance is on its way
    CapReached, ///< hold the batch: the next run would cross the cap
    BelowFloor, ///< hold the account: the balance is below its floor
};

struct BudgetDecision
{
    BudgetVerdict verdict = BudgetVerdict::Go;
    qint64 committedCoins = 0; ///< spent + the estimate of every live run

    friend bool operator==(const BudgetDecision &a, const BudgetDecision &b)
    {
        return a.verdict == b.verdict && a.committedCoins == b.committedCoins;
    }
};

/// Pure: the guardrails before a submit. The floor comes first (it stops the whole account). Under a cap a run goes
/// only while spent + estimate × (live runs + 1) ≤ cap, so runs in flight can never carry a batch past it; without an
/// estimate (a new app) one run goes at a time until the first one has a price. A cap already spent stops even then.
BudgetDecision decideBudget(const BudgetInput &input);

/// Pure: ask before queueing @p runs runs of @p estimate coins each when the total is above @p threshold (0 = never).
/// Without an estimate there is nothing to show, so no question.
bool needsCostConfirm(std::optional<qint64> estimate, int runs, qint64 threshold);

/// Pure: coins as the server wrote them ("12", "12.5", "", null) → whole coins rounded up (a budget never
/// underestimates); nullopt for no number.
std::optional<qint64> coinsFromText(const QString &text);

/// Pure: the median of @p values (the lower middle one for an even count); nullopt when empty.
std::optional<qint64> medianOf(QList<qint64> values);

/// "1,234": coins for people, grouped in the user's language (English grouping under the C locale of tests).
QString coinsText(qint64 coins);

/// The hold sentences, translated: "Batch cap of 500 coins reached (spent 488)".
QString capReachedSentence(qint64 capCoins, qint64 spentCoins);
QString belowFloorSentence(qint64 balanceCoins, qint64 floorCoins);

} // namespace rh
