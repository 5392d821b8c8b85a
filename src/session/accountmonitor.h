#pragma once

#include "api/replies.h"
#include "model/refreshthrottle.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace rh {

class ApiCall;
class ApiClient;
class Connection;
class RunManager;
class RunQueue;

/// What is left on the account of the current server and key (accountStatus), kept fresh without asking too often
/// (model/refreshthrottle.h): at start and when the key or server changes, when a run ends, when a 414/416 put
/// the account on hold, and each minute while the queue has live jobs. The status bar shows it; the balance floor
/// reads it (task/budgetguard.h).
class AccountMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountMonitor)
public:
    /// @p runs and @p queue may be nullptr (no runs to follow).
    AccountMonitor(Connection *connection, ApiClient *api, RunManager *runs, RunQueue *queue,
                   QObject *parent = nullptr);

    /// Asks for the first figure (once a key is there) and follows the triggers from now on.
    void start();
    /// The last answer for the account with gate key @p gateKey (Job::gateKeyOf); nullopt = never answered.
    std::optional<AccountStatus> status(const QString &gateKey) const;
    /// The last answer for the current server and key.
    std::optional<AccountStatus> currentStatus() const;
    QString currentGateKey() const;
    /// The current account's coins as far as this session knows: the last figure less what the queue's runs that
    /// ended since it was asked for cost (the server's figure may lag; a floor must not). nullopt = not known.
    std::optional<qint64> balanceCoins(const QString &gateKey) const;
    /// The last ask for the current account failed (no answer or a refusal such as 802): the figure may be old.
    bool isStale() const { return m_stale; }
    /// A fresh figure was asked for after the account's hold was lifted (Resume) and has not come: the old one may
    /// be from before a top-up, so the balance floor waits for it.
    bool isConfirming() const { return m_confirming; }
    /// Asks now if the throttle allows it, else as soon as it does (ticks inside the gap are dropped).
    void request(RefreshCause cause);
    /// Ask for a figure at once, for tests; the throttle still sees it.
    void refreshNow();

Q_SIGNALS:
    /// A new figure (or the loss of one) for the current account.
    void statusChanged();

private:
    void onConnectionChanged();
    void onQueueStatus();
    void onTick();
    void onJobEnded(qint64 jobId);
    void onAnswer(const QString &gateKey, const ApiResult &result);
    qint64 nowMs() const { return m_clock.elapsed(); }

    Connection *m_connection;
    ApiClient *m_api;
    RunQueue *m_queue;
    RefreshThrottle m_throttle;
    QTimer m_tick;
    QTimer m_deferred;
    QElapsedTimer m_clock;
    QPointer<ApiCall> m_call;
    QHash<QString, AccountStatus> m_status; ///< by gate key
    QString m_seenServer;
    size_t m_seenKey = 0; ///< a hash of the key asked with: the key itself is kept by Connection only
    QString m_heldFor;    ///< the gate key whose balance hold was already answered with a refresh
    bool m_started = false;
    bool m_again = false;    ///< a trigger came while an ask was out: ask once more when it ends
    qint64 m_spentSince = 0; ///< coins of the queue's runs that ended since the last ask
    bool m_stale = false;
    bool m_confirming = false;
};

} // namespace rh
