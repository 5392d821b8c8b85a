#include "session/services.h"

#include "api/apiclient.h"
#include "apps/apploader.h"
#include "batch/manifestrecorder.h"
#include "model/draft.h"
#include "session/accountmonitor.h"
#include "session/accountswitch.h"
#include "session/draftkeeper.h"
#include "store/accountbook.h"
#include "store/appcache.h"
#include "store/appsettings.h"
#include "store/database.h"
#include "store/draftstore.h"
#include "store/historystore.h"
#include "store/keymanager.h"
#include "store/outputledger.h"
#include "store/presetstore.h"
#include "store/queuestore.h"
#include "store/secretstore.h"
#include "store/uploadcache.h"
#include "store/walcheckpointer.h"
#include "task/budgetguard.h"
#include "task/desktopnotifier.h"
#include "task/runmanager.h"
#include "task/runqueue.h"
#include "task/sleepinhibitor.h"
#include "transfer/uploader.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcServices, "rhdesk.services", QtInfoMsg)

namespace rh {

namespace {

KeyManager *makeKeys(const ServicesConfig &config, const AppSettings &settings, QObject *parent)
{
    if (config.memoryKeys || !config.fixed.apiKey.isEmpty())
        return new KeyManager(new MemorySecretStore, new MemorySecretStore, KeyStorage::SessionOnly, parent);
    return new KeyManager(new KeychainSecretStore, new FileSecretStore(config.paths.keyFile), settings.keyStorage(),
                          parent);
}

} // namespace

Services::Services(const ServicesConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_settings(std::make_unique<AppSettings>(config.paths.settingsFile))
    , m_nam(new QNetworkAccessManager(this))
    , m_api(new ApiClient(m_nam, this))
    , m_keys(makeKeys(config, *m_settings, this))
    , m_connection(new Connection(m_settings.get(), m_keys, config.fixed, this))
{
    // Rows written before servers were recorded belong to the server the settings name.
    m_database = std::make_unique<Database>(config.paths.databaseFile, Endpoint::serverOf(m_settings->baseUrl()));
    m_databaseOpen = m_database->open();
    if (!m_databaseOpen)
        qCWarning(lcServices) << "database not available:" << m_database->errorDetail();
    if (m_databaseOpen)
        m_checkpointer = new WalCheckpointer(m_database.get(), WalCheckpointer::DefaultIntervalMs, this);
    m_history = new HistoryStore(m_database.get(), this);
    // A submit cut off by a crash or kill may have created a task: mark it, never resend it.
    m_history->markInterruptedSubmits();
    m_appCache = std::make_unique<AppCache>(m_database.get());
    m_uploadCache = std::make_unique<UploadCache>(m_database.get());
    m_outputLedger = std::make_unique<OutputLedger>(m_database.get());
    m_runs = new RunManager(m_connection, m_api, m_history, m_outputLedger.get(), m_settings.get(), this);
    m_apps = new AppLoader(m_connection, m_api, m_appCache.get(), this);
    m_uploader = new Uploader(m_connection, m_api, m_uploadCache.get(), this);
    m_presets = new PresetStore(m_database.get(), this);
    m_queueStore = std::make_unique<QueueStore>(m_database.get());
    // After markInterruptedSubmits: a job cut off while submitting is read as Unknown.
    m_queue =
        new RunQueue(m_connection, m_runs, m_uploader, m_history, m_queueStore.get(), m_settings.get(), m_api, this);
    m_accountBook = new AccountBook(m_settings.get(), m_keys, this);
    m_runs->setAccounts(m_accountBook); // before the keys are asked for: each one that comes may resume runs
    installResolver();
    m_accountSwitch = new AccountSwitch(m_accountBook, m_connection, this);
    m_accounts = new AccountMonitor(m_connection, m_api, m_runs, m_queue, this);
    m_budget = std::make_unique<BudgetGuard>(m_queue, m_history, m_settings.get());
    m_budget->setBalanceSource([this](const QString &gateKey) {
        const bool current = gateKey == m_accounts->currentGateKey();
        return BudgetGuard::Balance{m_accounts->balanceCoins(gateKey), current && m_accounts->isConfirming()};
    });
    m_budget->install();
    // A new balance may lift or call for a floor hold.
    connect(m_accounts, &AccountMonitor::statusChanged, m_queue, &RunQueue::recheck);
    m_sleep = new SleepInhibitor(config.sleep, this);
    m_sleep->probe(); // Settings says when nothing can keep the computer awake
    connect(m_queue, &RunQueue::busyChanged, m_sleep, &SleepInhibitor::setWanted);
    m_manifests = new ManifestRecorder(m_queue, m_runs, m_history, m_settings.get(), this);
    m_notifier = config.notificationsService.isEmpty() ? new DesktopNotifier(this)
                                                       : new DesktopNotifier(config.notificationsService, this);
    m_draft = new Draft(this);
    if (m_databaseOpen)
        m_draftStore = std::make_unique<DraftStore>(m_database.get());
    m_drafts = new DraftKeeper(m_connection, m_draft, m_draftStore.get(), this);
}

void Services::installResolver()
{
    // Jobs of an account go to its site with its key; jobs without one to the current server with the current key.
    m_queue->setEndpointResolver([this](const Job &job) -> std::optional<Endpoint> {
        if (!job.account.isEmpty()) {
            const std::optional<Endpoint> endpoint = m_accountBook->endpointFor(job.account);
            const std::optional<Account> account = m_accountBook->account(job.account);
            return endpoint && account && account->server() == job.server ? endpoint : std::nullopt;
        }
        const Endpoint endpoint = m_connection->endpoint();
        if (job.server != m_connection->server() || !endpoint.hasKey() || !endpoint.isValid())
            return std::nullopt;
        return endpoint;
    });
    connect(m_accountBook, &AccountBook::keyLoaded, m_queue, &RunQueue::recheck);
    m_accountBook->loadKeys();
}

StorageProblem Services::storageProblem() const
{
    if (m_databaseOpen)
        return StorageProblem::None;
    switch (m_database->error()) {
    case Database::Error::None:
        return StorageProblem::None;
    case Database::Error::NoDriver:
        return StorageProblem::NoSqliteDriver;
    case Database::Error::CannotOpen:
        return StorageProblem::CannotOpen;
    case Database::Error::TooNew:
        return StorageProblem::TooNew;
    case Database::Error::MigrationFailed:
        return StorageProblem::Damaged;
    }
    return StorageProblem::Damaged;
}

Services::~Services()
{
    // Users before what they use: trackers and calls before the API client, the API client before its network
    // manager, the stores before the database they write to.
    delete m_sleep; // releases the lock
    delete m_manifests;
    delete m_accounts;
    m_queue->setSubmitGuard({});
    m_budget.reset();
    delete m_queue;
    delete m_drafts; // writes a waiting change of the form
    delete m_runs;
    delete m_apps;
    delete m_uploader;
    delete m_api;
    delete m_nam;
    delete m_presets;
    delete m_history;
    delete m_checkpointer; // before the database closes
    delete m_accountSwitch;
    delete m_connection;
    delete m_keys;
}

} // namespace rh
