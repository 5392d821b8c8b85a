#pragma once

#include <QByteArray>
#include <QHash>
#include <QSettings>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <memory>

namespace rh {

class SettingsWriter;

/// Which RunningHub the app talks to.
enum class Site {
    Cn,     ///< https://www.runninghub.cn
    Ai,     ///< https://www.runninghub.ai
    Custom, ///< AppSettings::customBaseUrl(), e.g. a sandbox or a proxy
};

/// Where the API key lives. The key itself is never in the settings file.
enum class KeyStorage {
    Keychain,    ///< the system keychain through QtKeychain (default)
    SessionOnly, ///< memory only: forgotten when the app quits
    PlainFile,   ///< opt-in, unencrypted file (mode 0600) in AppDataLocation
};

/// The app's settings over QSettings, declared in one table (key → name, default). Typed getters fall back
/// to the default when the stored value is missing or malformed. Setters change the value at once but do not
/// write the file: QSettings saves by itself on the next event-loop turn (one write for many setters) and when
/// destroyed; sync() writes now and says whether the file could be written. A setter returns false once a write
/// has failed. There is deliberately no API-key setting: keys go through SecretStore.
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)
public:
    enum class Key {
        Site,
        CustomBaseUrl,
        LastWebappId,
        InstanceType,
        WebhookUrl,
        ClientId,
        Language,
        OutputFolder,
        PollIntervalMs,
        PollDeadlineMs,
        MaxOutputBytes,
        KeyStorage,
        WindowGeometry,
        WindowState,
        QueueSlots,
        QueueSound,
        SplitterState,     ///< the form | task panel split
        AdvancedOpen,      ///< the form's Advanced section is open
        BatchCapCoins,     ///< the cap a new batch gets, in coins; 0 = none
        BalanceFloorCoins, ///< hold the queue when the account's balance is below it; 0 = none
        ConfirmAboveCoins, ///< ask before queueing a batch estimated above it; 0 = never ask
        Accounts,          ///< the named accounts as JSON (store/accountbook.h), never with their keys
        DefaultAccount,    ///< the id of the default account; "" = none
        OutputNamePattern, ///< how saved results are named (model/outputname.h)
        WebSafeNames,      ///< saved results get ASCII-only names (letters, digits, - and _)
    };

    static constexpr int MaxQueueSlots = 20;

    /// @p iniPath: an INI file (tests); empty = the platform's default QSettings for the application.
    explicit AppSettings(const QString &iniPath = QString());
    ~AppSettings();

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    static QList<Key> allKeys();
    static QUrl siteUrl(Site site); ///< the fixed URL of Cn / Ai; empty for Custom

    Site site() const;
    bool setSite(Site site);
    QString customBaseUrl() const;
    bool setCustomBaseUrl(const QString &url);
    /// site's URL, or the custom base URL (invalid/empty QUrl when Custom has no valid absolute http(s) URL).
    QUrl baseUrl() const;

    QString lastWebappId() const;
    bool setLastWebappId(const QString &webappId);
    QString instanceType() const;
    bool setInstanceType(const QString &instanceType);
    QString webhookUrl() const;
    bool setWebhookUrl(const QString &url);

    QString clientId() const;
    bool setClientId(const QString &clientId);
    /// Stores @p clientId when it is non-empty and differs from the stored one. Returns whether it changed.
    bool updateClientId(const QString &clientId);

    QString language() const; ///< "" = follow the system
    bool setLanguage(const QString &language);
    QString outputFolder() const; ///< default: Pictures/rhdesk
    bool setOutputFolder(const QString &folder);
    int pollIntervalMs() const; ///< default 5000
    bool setPollIntervalMs(int ms);
    int pollDeadlineMs() const; ///< default 30 minutes
    bool setPollDeadlineMs(int ms);
    /// The largest output file a download keeps (default 2 GiB); a larger one ends as that file's error.
    qint64 maxOutputBytes() const;
    bool setMaxOutputBytes(qint64 bytes);
    /// The file-name template of saved results (default "{app}_{date}_{time}_{n}"; blank = the default).
    QString outputNamePattern() const;
    bool setOutputNamePattern(const QString &pattern);
    bool webSafeNames() const; ///< default false
    bool setWebSafeNames(bool on);
    KeyStorage keyStorage() const;
    bool setKeyStorage(KeyStorage storage);

    /// Runs of one server the queue keeps live at once: 1 (default; consumer keys allow 1) to MaxQueueSlots.
    int queueSlots() const;
    bool setQueueSlots(int slots);
    /// Play a sound when a batch ends (off by default).
    bool queueSound() const;
    bool setQueueSound(bool on);

    QByteArray windowGeometry() const;
    bool setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    bool setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    bool setSplitterState(const QByteArray &state);
    bool advancedOpen() const; ///< default false
    bool setAdvancedOpen(bool open);
    /// Guardrails (model/budget.h), coins ≥ 0; 0 turns each off. Defaults: no cap, no floor, ask above 1,000.
    qint64 coinsLimit(Key key) const;
    bool setCoinsLimit(Key key, qint64 coins);
    QString accountsJson() const;
    bool setAccountsJson(const QString &json);
    QString defaultAccount() const;
    bool setDefaultAccount(const QString &id);

    /// Removes the stored value so the getter returns the default again.
    bool reset(Key key);
    /// Writes pending changes to the file now (at quit, in tests); false (and a warning) when it cannot be written.
    bool sync();
    QString fileName() const;
    QSettings::Status status() const;

private:
    QVariant value(Key key) const;
    bool write(Key key, const QVariant &value);
    QString text(Key key) const;
    int positiveInt(Key key) const;

    QHash<QString, QVariant> m_values; ///< what the file held at start, with every change since
    QString m_fileName;
    std::unique_ptr<SettingsWriter> m_writer; ///< saves the changes off this thread
};

} // namespace rh
