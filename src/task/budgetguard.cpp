#include "task/budgetguard.h"

#include "store/appsettings.h"
#include "store/historystore.h"
#include "task/queuelog.h"

namespace rh {

BudgetGuard::BudgetGuard(RunQueue *queue, HistoryStore *history, AppSettings *settings)
    : m_queue(queue)
    , m_history(history)
    , m_settings(settings)
{
    Q_ASSERT(queue && history && settings);
}

void BudgetGuard::install()
{
    m_queue->setSubmitGuard([this](const Job &job) { return check(job); });
}

int BudgetGuard::moveDefaultCap(qint64 from, qint64 to)
{
    int changed = 0;
    for (const BatchRecord &batch : m_queue->batches()) {
        if (batch.capCoins == qMax<qint64>(0, from) && m_queue->setBatchCap(batch.id, to))
            ++changed;
    }
    return changed;
}

std::optional<qint64> BudgetGuard::estimate(const QString &server, const QString &webappId) const
{
    return m_history->medianCoins(server, webappId);
}

BudgetInput BudgetGuard::inputFor(const Job &job) const
{
    BudgetInput input;
    input.floorCoins = m_settings->coinsLimit(AppSettings::Key::BalanceFloorCoins);
    if (m_balanceOf) {
        const Balance balance = m_balanceOf(job.gateKey());
        input.balanceCoins = balance.coins;
        input.balancePending = balance.pending;
    }
    const std::optional<BatchRecord> batch = job.origin.batchId > 0 ? m_queue->batch(job.origin.batchId) : std::nullopt;
    if (!batch || batch->capCoins <= 0)
        return input;
    input.capCoins = batch->capCoins;
    input.estimate = estimate(job.server, job.request.webappId); // only asked for under a cap: it is a query
    for (const Job &other : m_queue->jobs()) {
        if (other.origin.batchId != batch->id || other.id == job.id)
            continue;
        if (isLive(other.state)) {
            ++input.liveJobs;
        } else if (const std::optional<qint64> coins = coinsFromText(other.coins)) {
            input.spentCoins += *coins;
        } else if (other.state == JobState::Unknown) {
            // A lost answer may have been charged: count it as a run of the usual price.
            input.spentCoins += input.estimate.value_or(0);
        }
    }
    return input;
}

RunQueue::SubmitCheck BudgetGuard::check(const Job &job) const
{
    const BudgetInput input = inputFor(job);
    const BudgetDecision decision = decideBudget(input);
    RunQueue::SubmitCheck check;
    switch (decision.verdict) {
    case BudgetVerdict::Go:
        break;
    case BudgetVerdict::Later:
        check.later = true;
        break;
    case BudgetVerdict::CapReached:
        check.hold = {HoldReason::Budget, 0, capReachedSentence(input.capCoins, input.spentCoins)};
        qCInfo(lcQueue) << "batch" << job.origin.batchId << "reached its cap of" << input.capCoins << "coins";
        break;
    case BudgetVerdict::BelowFloor:
        check.hold = {HoldReason::Budget, 0, belowFloorSentence(input.balanceCoins.value_or(0), input.floorCoins)};
        check.wholeAccount = true;
        qCInfo(lcQueue) << "account below its balance floor of" << input.floorCoins << "coins";
        break;
    }
    return check;
}

} // namespace rh
