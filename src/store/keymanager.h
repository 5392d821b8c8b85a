#pragma once

#include "store/appsettings.h"
#include "store/secretstore.h"

#include <QHash>
#include <QObject>

namespace rh {

/// The façade the window uses for the API key: the chosen persistent store (keychain, or the opt-in plain file)
/// plus a session cache. When the keychain turns out to be missing, it falls back to keeping keys for this session
/// only and says so (backendChanged + Error::NoKeychain on the operation that found out).
class KeyManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyManager)
public:
    enum class Backend { Keychain, Session, PlainFile };
    Q_ENUM(Backend)

    /// Takes ownership of both stores (re-parented to this). @p keychain: usually KeychainSecretStore;
    /// @p file: usually FileSecretStore. Either may be a MemorySecretStore in tests.
    KeyManager(SecretStore *keychain, SecretStore *file, KeyStorage storage, QObject *parent = nullptr);
    ~KeyManager() override;

    KeyStorage storage() const { return m_storage; }
    /// Changes the preferred storage; keys are not moved (save again to store them in the new place).
    void setStorage(KeyStorage storage);
    /// The backend keys go to now: Session when the storage is SessionOnly or the keychain is missing.
    Backend backend() const;
    bool keychainMissing() const { return m_keychainMissing; }

    /// Ends with loaded(). A key already given this session is answered from memory.
    void load(const QString &account);
    /// Keeps the key for the session at once, then persists it. Ends with saved(); Error::NoKeychain means
    /// "kept for this session only".
    void save(const QString &account, const QString &key);
    /// Drops the key from the session and from the backend in use. Ends with forgotten().
    void forget(const QString &account);
    /// The key held in memory for @p account ("" if none).
    QString sessionKey(const QString &account) const { return m_session.value(account); }

Q_SIGNALS:
    void loaded(const QString &account, const QString &key, rh::SecretStore::Error error);
    void saved(const QString &account, rh::SecretStore::Error error);
    void forgotten(const QString &account, rh::SecretStore::Error error);
    void backendChanged(rh::KeyManager::Backend backend);

private:
    SecretStore *persistentStore() const; ///< nullptr when keys stay in memory
    void onRead(SecretStore *store, const QString &account, const QString &key, SecretStore::Error error);
    void onWritten(SecretStore *store, const QString &account, SecretStore::Error error);
    void onRemoved(SecretStore *store, const QString &account, SecretStore::Error error);
    bool noteMissingKeychain(SecretStore *store, SecretStore::Error error);

    SecretStore *m_keychain;
    SecretStore *m_file;
    KeyStorage m_storage;
    bool m_keychainMissing = false;
    QHash<QString, QString> m_session;
};

} // namespace rh
