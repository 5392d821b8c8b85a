#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace rh {

class ApiClient;
class AppCache;
class AppLoader;
class AppSettings;
class Database;
class HistoryStore;
class KeyManager;
class PresetStore;
class RunManager;
class UploadCache;
class Uploader;

/// Where the core objects of one window keep their state. Tests point every path at a temp dir.
struct ServicesConfig
{
    QString settingsPath;    ///< INI file; "" = the platform's QSettings
    QString databasePath;    ///< SQLite file; "" = AppDataLocation/rhdesk.sqlite
    QUrl baseUrlOverride;    ///< --base-url or the sandbox; empty = the site chosen in the settings
    bool memoryKeys = false; ///< keep API keys in memory only (tests, sandbox)
};

/// The core objects the window talks to, built once in dependency order and owned here. No widgets.
class Services final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Services)
public:
    explicit Services(const ServicesConfig &config, QObject *parent = nullptr);
    ~Services() override;

    AppSettings &settings() const { return *m_settings; }
    ApiClient *api() const { return m_api; }
    Database *database() const { return m_database.get(); }
    bool databaseOpen() const { return m_databaseOpen; }
    HistoryStore *history() const { return m_history; }
    AppCache *appCache() const { return m_appCache.get(); }
    UploadCache *uploadCache() const { return m_uploadCache.get(); }
    KeyManager *keys() const { return m_keys; }
    RunManager *runs() const { return m_runs; }
    AppLoader *apps() const { return m_apps; }
    Uploader *uploader() const { return m_uploader; }
    PresetStore *presets() const { return m_presets; }

    /// The server in use: the override, else the site from the settings.
    QUrl baseUrl() const;
    bool isBaseUrlOverridden() const { return !m_config.baseUrlOverride.isEmpty(); }
    /// Points the API client at baseUrl() again (after the site changed in the settings).
    void applyBaseUrl();
    /// The keychain account of the current server.
    QString keyAccount() const;

private:
    ServicesConfig m_config;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Database> m_database;
    bool m_databaseOpen = false;
    QNetworkAccessManager *m_nam;
    ApiClient *m_api;
    HistoryStore *m_history;
    std::unique_ptr<AppCache> m_appCache;
    std::unique_ptr<UploadCache> m_uploadCache;
    KeyManager *m_keys;
    RunManager *m_runs;
    AppLoader *m_apps;
    Uploader *m_uploader;
    PresetStore *m_presets;
};

} // namespace rh
