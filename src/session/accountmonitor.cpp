#include "session/accountmonitor.h"

#include "api/apiclient.h"
#include "model/budget.h"
#include "model/job.h"
#include "session/connection.h"
#include "task/queuelog.h"
#include "task/runmanager.h"
#include "task/runqueue.h"

namespace rh {

AccountMonitor::AccountMonitor(Connection *connection, ApiClient *api, RunManager *runs, RunQueue *queue,
                               QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_api(api)
    , m_queue(queue)
{
    Q_ASSERT(connection && api);
    m_clock.start();
    m_tick.setInterval(int(RefreshThrottle::TickMs));
    m_deferred.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, &AccountMonitor::onTick);
    connect(&m_deferred, &QTimer::timeout, this, &AccountMonitor::refreshNow);
    connect(m_connection, &Connection::changed, this, &AccountMonitor::onConnectionChanged);
    if (runs)
        connect(runs, &RunManager::runEnded, this, [this] { request(RefreshCause::RunEnded); });
    if (m_queue) {
        connect(m_queue, &RunQueue::jobEnded, this, &AccountMonitor::onJobEnded);
        connect(m_queue, &RunQueue::statusChanged, this, &AccountMonitor::onQueueStatus);
    }
}

void AccountMonitor::start()
{
    m_started = true;
    m_tick.start();
    request(RefreshCause::Start);
}

std::optional<AccountStatus> AccountMonitor::status(const QString &gateKey) const
{
    const auto it = m_status.constFind(gateKey);
    return it == m_status.cend() ? std::nullopt : std::optional<AccountStatus>(*it);
}

std::optional<AccountStatus> AccountMonitor::currentStatus() const
{
    return status(currentGateKey());
}

std::optional<qint64> AccountMonitor::balanceCoins(const QString &gateKey) const
{
    const std::optional<AccountStatus> known = status(gateKey);
    if (!known || !known->remainCoins)
        return std::nullopt;
    const qint64 spent = gateKey == currentGateKey() ? m_spentSince : 0;
    return qMax<qint64>(0, *known->remainCoins - spent);
}

void AccountMonitor::onJobEnded(qint64 jobId)
{
    const Job *job = m_queue->job(jobId);
    if (job && job->gateKey() == currentGateKey()) {
        if (const std::optional<qint64> coins = coinsFromText(job->coins))
            m_spentSince += *coins;
    }
    request(RefreshCause::RunEnded);
}

QString AccountMonitor::currentGateKey() const
{
    return Job::gateKeyOf(m_connection->server(), m_connection->accountId());
}

void AccountMonitor::request(RefreshCause cause)
{
    if (!m_started || m_connection->apiKey().isEmpty())
        return;
    if (m_call) {
        m_again = true;
        return;
    }
    const qint64 delay = m_throttle.delayFor(cause, nowMs());
    if (delay == 0)
        refreshNow();
    else if (delay > 0 && !m_deferred.isActive())
        m_deferred.start(int(delay));
}

void AccountMonitor::refreshNow()
{
    m_deferred.stop();
    if (m_call || m_connection->apiKey().isEmpty())
        return;
    m_throttle.asked(nowMs());
    m_spentSince = 0; // the answer counts what ended until now (what ends while it is out may count twice: safe)
    m_seenServer = m_connection->server();
    m_seenKey = qHash(m_connection->apiKey());
    const QString key = currentGateKey();
    m_call = m_api->accountStatus(m_connection->endpoint());
    connect(m_call, &ApiCall::finished, this, [this, key](const ApiResult &result) { onAnswer(key, result); });
}

void AccountMonitor::onAnswer(const QString &gateKey, const ApiResult &result)
{
    m_call = nullptr;
    m_confirming = false;              // even a failed ask ends the wait: the queue must not wait for good
    if (gateKey != currentGateKey()) { // the server changed meanwhile: this figure is no one's now
        request(RefreshCause::Start);
        return;
    }
    ApiError error;
    const AccountStatus status = decodeAccountStatus(result.data, &error);
    m_stale = !result.ok() || error.isError();
    if (!m_stale)
        m_status.insert(gateKey, status);
    else
        qCInfo(lcQueue) << "account status not read:" << result.code << result.error.message;
    Q_EMIT statusChanged();
    if (m_again) {
        m_again = false;
        request(RefreshCause::RunEnded);
    }
}

void AccountMonitor::onConnectionChanged()
{
    // changed() also says "remember flag" or "notice": only another server or key makes another account.
    const QString server = m_connection->server();
    const size_t key = qHash(m_connection->apiKey());
    if (server == m_seenServer && key == m_seenKey)
        return;
    m_seenServer = server;
    m_seenKey = key;
    // The next figure is another account's, so it may be asked at once.
    m_throttle.reset();
    m_spentSince = 0;
    m_stale = false;
    Q_EMIT statusChanged();
    request(RefreshCause::Start);
}

void AccountMonitor::onQueueStatus()
{
    const QString key = currentGateKey();
    const HoldReason reason = m_queue->gate(key).heldFor().reason;
    if (reason == HoldReason::Balance || reason == HoldReason::Budget) {
        if (m_heldFor != key) { // 414/416 or the floor: see what is left now
            m_heldFor = key;
            request(RefreshCause::Refused);
        }
        return;
    }
    if (m_heldFor != key)
        return;
    // Resumed, perhaps after a top-up: the floor waits for a figure newer than the one that held it.
    m_heldFor.clear();
    if (!m_started || m_connection->apiKey().isEmpty())
        return;
    m_confirming = true;
    request(RefreshCause::Refused);
}

void AccountMonitor::onTick()
{
    if (m_queue && m_queue->counts().live > 0)
        request(RefreshCause::Tick);
}

} // namespace rh
