#pragma once

#include "model/budget.h"
#include "task/runqueue.h"

#include <functional>
#include <optional>

namespace rh {

class AppSettings;
class HistoryStore;

/// The guardrails the queue obeys (model/budget.h), asked right before each submit: a batch's cap in coins, the
/// balance floor of the job's account. Gathers what the pure decision needs from the queue, the history and the
/// settings; the balance comes from whoever watches the account (session/accountmonitor.h).
class BudgetGuard final
{
    Q_DISABLE_COPY_MOVE(BudgetGuard)
public:
    /// The last known balance of an account.
    struct Balance
    {
        std::optional<qint64> coins; ///< nullopt = not known
        bool pending = false;        ///< a fresh figure is on its way (after a Resume)
    };
    /// The balance of the account with this gate key (Job::gateKeyOf).
    using BalanceOf = std::function<Balance(const QString &gateKey)>;

    BudgetGuard(RunQueue *queue, HistoryStore *history, AppSettings *settings);

    void setBalanceSource(BalanceOf balanceOf) { m_balanceOf = std::move(balanceOf); }
    /// Makes the queue ask this guard before every submit.
    void install();

    /// The settings' cap for new batches went from @p from to @p to: batches that had the old one get the new one
    /// (a batch given its own cap keeps it). Returns how many changed.
    int moveDefaultCap(qint64 from, qint64 to);

    /// What the queue does with @p job now.
    RunQueue::SubmitCheck check(const Job &job) const;
    /// The decision's input for @p job (for tests and the queue tab's figures).
    BudgetInput inputFor(const Job &job) const;
    /// What a run of the app probably costs (HistoryStore::medianCoins).
    std::optional<qint64> estimate(const QString &server, const QString &webappId) const;

private:
    RunQueue *m_queue;
    HistoryStore *m_history;
    AppSettings *m_settings;
    BalanceOf m_balanceOf;
};

} // namespace rh
