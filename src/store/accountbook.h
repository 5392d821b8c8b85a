#pragma once

#include "api/endpoint.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <optional>

namespace rh {

class AppSettings;
class KeyManager;

/// A named RunningHub account: a site (runninghub.cn, runninghub.ai or a custom base URL) and a key kept where keys
/// are kept (KeyManager: the keychain, or the opt-in file), never in the settings.
struct Account
{
    QString id; ///< stable: queue jobs name their account by it
    QString name;
    QUrl baseUrl;

    /// The name its rows are stored under (Endpoint::serverOf).
    QString server() const { return Endpoint::serverOf(baseUrl); }
    /// Where its key lives in the keychain: the site's entry name and the account's id.
    QString keyAccount() const;
};

/// The user's accounts, kept in the settings without their keys; one of them is the default. Import and export
/// carry names and sites only.
class AccountBook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountBook)
public:
    /// @p keys may be nullptr (no key is ever stored: tests of the list alone).
    AccountBook(AppSettings *settings, KeyManager *keys, QObject *parent = nullptr);

    QList<Account> accounts() const { return m_accounts; }
    std::optional<Account> account(const QString &id) const;
    QString defaultId() const { return m_defaultId; }

    /// Adds an account (the first one becomes the default) and stores @p key when given; returns its id, "" when
    /// the URL is not http(s) with a host. A taken name gets " (2)", " (3)", ….
    QString add(const QString &name, const QUrl &baseUrl, const QString &key = QString());
    bool rename(const QString &id, const QString &name);
    /// Removes the account and forgets its key.
    bool remove(const QString &id);
    bool setDefault(const QString &id);
    void setKey(const QString &id, const QString &key);
    /// Asks KeyManager for every account's key; endpointFor() answers once they came (keyLoaded).
    void loadKeys();
    /// The account's server and key; nullopt when the account or its key is not known (yet).
    std::optional<Endpoint> endpointFor(const QString &id) const;

    /// JSON with every account's name and base URL; never a key.
    QByteArray exportJson() const;
    /// Adds the accounts of an export (new ids; keys must be typed again). Returns how many, -1 when the bytes
    /// are not an export.
    int importJson(const QByteArray &json);

Q_SIGNALS:
    void changed();
    /// The account's key is known now: read from where keys are kept, or just given (setKey).
    void keyLoaded(const QString &id);

private:
    void save();
    void announceKey(const QString &keyAccount);
    QString uniqueName(const QString &name) const;

    AppSettings *m_settings;
    KeyManager *m_keys;
    QList<Account> m_accounts;
    QString m_defaultId;
};

} // namespace rh
