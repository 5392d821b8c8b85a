#pragma once

#include "session/connection.h"
#include "session/datapaths.h"
#include "session/storageproblem.h"
#include "task/sleepinhibitor.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace rh {

class ApiClient;
class DesktopNotifier;
class AccountBook;
class AccountMonitor;
class AccountSwitch;
class AppCache;
class BudgetGuard;
class AppLoader;
class AppSettings;
class Database;
class Draft;
class DraftKeeper;
class DraftStore;
class HistoryStore;
class KeyManager;
class ManifestRecorder;
class OutputLedger;
class PresetStore;
class QueueStore;
class RunQueue;
class RunManager;
class UploadCache;
class WalCheckpointer;
class Uploader;

/// How to build the core of one session. app/main.cpp fills it from the command line; tests fill it with temp
/// files and a SandboxServer.
struct ServicesConfig
{
    DataPaths paths;
    Connection::Fixed fixed;       ///< --base-url or the sandbox; empty = the site chosen in the settings
    bool memoryKeys = false;       ///< keep API keys in memory only (tests)
    SleepInhibitor::Options sleep; ///< tests point it at a fake service on their private bus
    QString notificationsService;  ///< "" = org.freedesktop.Notifications; tests use a fake one
};

/// The core objects of one session, built once in dependency order and owned here: the composition the window
/// (and the tests) are given. No widgets.
class Services final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Services)
public:
    explicit Services(const ServicesConfig &config, QObject *parent = nullptr);
    ~Services() override;

    const ServicesConfig &config() const { return m_config; }
    AppSettings &settings() const { return *m_settings; }
    Connection *connection() const { return m_connection; }
    ApiClient *api() const { return m_api; }
    Database *database() const { return m_database.get(); }
    bool databaseOpen() const { return m_databaseOpen; }
    /// Why history, presets and caches are unavailable (None when the database is open); the window says it.
    StorageProblem storageProblem() const;
    HistoryStore *history() const { return m_history; }
    AppCache *appCache() const { return m_appCache.get(); }
    UploadCache *uploadCache() const { return m_uploadCache.get(); }
    KeyManager *keys() const { return m_keys; }
    RunManager *runs() const { return m_runs; }
    AppLoader *apps() const { return m_apps; }
    Uploader *uploader() const { return m_uploader; }
    PresetStore *presets() const { return m_presets; }
    QueueStore *queueStore() const { return m_queueStore.get(); }
    /// Many runs: slots, 421 waits, holds; crash-safe. Started by the window (or a tool) with start().
    RunQueue *queue() const { return m_queue; }
    /// The named accounts; a queue job with an account runs on that account's site with its key.
    AccountBook *accountBook() const { return m_accountBook; }
    /// Which account the Connection talks as, when there are two or more.
    AccountSwitch *accountSwitch() const { return m_accountSwitch; }
    /// What is left on the current account (accountStatus), kept fresh; start() it with the queue.
    AccountMonitor *accounts() const { return m_accounts; }
    /// The guardrails the queue obeys (batch caps, the balance floor); also the cost estimate of an app.
    BudgetGuard *budget() const { return m_budget.get(); }
    /// Keeps the computer awake while the queue works (follows RunQueue::busyChanged).
    SleepInhibitor *sleepInhibitor() const { return m_sleep; }
    DesktopNotifier *notifier() const { return m_notifier; }
    /// Writes each sheet or folder batch's manifest.csv as its jobs end.
    ManifestRecorder *manifests() const { return m_manifests; }
    /// The form's state: the app, its values and uploads.
    Draft *draft() const { return m_draft; }
    /// Keeps the Draft across restarts, per server.
    DraftKeeper *drafts() const { return m_drafts; }

private:
    void installResolver();
    ServicesConfig m_config;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Database> m_database;
    bool m_databaseOpen = false;
    WalCheckpointer *m_checkpointer = nullptr;
    QNetworkAccessManager *m_nam;
    ApiClient *m_api;
    KeyManager *m_keys;
    Connection *m_connection;
    HistoryStore *m_history;
    std::unique_ptr<AppCache> m_appCache;
    std::unique_ptr<UploadCache> m_uploadCache;
    std::unique_ptr<OutputLedger> m_outputLedger;
    RunManager *m_runs;
    AppLoader *m_apps;
    Uploader *m_uploader;
    PresetStore *m_presets;
    std::unique_ptr<QueueStore> m_queueStore;
    RunQueue *m_queue;
    ManifestRecorder *m_manifests;
    AccountBook *m_accountBook;
    AccountSwitch *m_accountSwitch;
    AccountMonitor *m_accounts;
    std::unique_ptr<BudgetGuard> m_budget;
    SleepInhibitor *m_sleep;
    DesktopNotifier *m_notifier;
    Draft *m_draft;
    std::unique_ptr<DraftStore> m_draftStore;
    DraftKeeper *m_drafts;
};

} // namespace rh
