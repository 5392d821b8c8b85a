#pragma once

#include "api/endpoint.h"
#include "store/accountbook.h"
#include "store/appsettings.h"
#include "store/secretstore.h"

#include <QObject>

namespace rh {

class KeyManager;

/// Which server this session talks to, as which site, and with which key: the one place that state lives.
/// ApiClient callers, AppLoader, Uploader, RunManager and the form read it here and follow `changed`; nobody pushes
/// a key or a URL around by hand. The key is the one the user committed (typed and confirmed, or loaded from
/// where it is kept); it never reaches the settings file.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)
public:
    /// A server given on the command line (--base-url) or the sandbox: the site cannot be changed in the window.
    struct Fixed
    {
        QUrl baseUrl;
        QString server; ///< the name its rows are stored under; "" = Endpoint::serverOf(baseUrl)
        QString apiKey; ///< the sandbox's demo key; "" = the user's key for this server as usual
        QString label;  ///< what the site box shows, e.g. "Sandbox (this computer)"
    };
    enum class KeyNotice {
        None,
        NoKeychain, ///< no keychain answered: the key is kept for this session only
        SaveFailed, ///< the keychain refused the key: kept for this session only
    };

    /// @p keys may be nullptr (keys are then never stored). Loads the current server's key at once.
    Connection(AppSettings *settings, KeyManager *keys, const Fixed &fixed = {}, QObject *parent = nullptr);

    bool isFixed() const { return !m_fixed.baseUrl.isEmpty(); }
    QString fixedLabel() const { return m_fixed.label; }
    Site site() const;
    QUrl baseUrl() const;
    /// The name the current server's runs, apps and uploads are stored under.
    QString server() const;
    QString apiKey() const { return m_key; }
    Endpoint endpoint() const { return {baseUrl(), m_key}; }
    /// The keychain account of the current server (or of the account in use).
    QString keyAccount() const;
    /// The named account in use; "" = the site of the settings and the key typed in the form.
    QString accountId() const { return m_account.id; }
    bool rememberKey() const { return m_remember; }
    KeyNotice keyNotice() const { return m_notice; }

    /// Switches site (and leaves the account in use): the key of the new site is loaded (keys are per site). No
    /// effect while fixed.
    void setSite(Site site);
    /// Talks to @p account's site with its key, taken from where keys are kept (session/accountswitch.h decides
    /// when). No effect while fixed.
    void useAccount(const Account &account);
    /// Back to the site of the settings and its key.
    void leaveAccount();
    /// The settings changed (custom server, key storage): reads them again.
    void reloadSettings();
    /// The key the user committed. Stored or forgotten according to rememberKey().
    void setApiKey(const QString &key);
    /// Keep the key in the system keychain (or the opt-in file), or forget it there.
    void setRememberKey(bool remember);

Q_SIGNALS:
    /// Server, site, key, remember flag or notice changed. Observers read what they need.
    void changed();

private:
    void loadKey();
    void storeKey();
    void onKeyLoaded(const QString &account, const QString &key, SecretStore::Error error);
    void onKeySaved(const QString &account, SecretStore::Error error);
    void setNotice(KeyNotice notice);

    AppSettings *m_settings;
    KeyManager *m_keys;
    Fixed m_fixed;
    Account m_account; ///< id "" = none
    QString m_key;
    bool m_remember = false;
    KeyNotice m_notice = KeyNotice::None;
};

} // namespace rh
