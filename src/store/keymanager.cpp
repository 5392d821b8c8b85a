#include "store/keymanager.h"

#include "store/storelog.h"

#include <QMetaObject>

namespace rh {

KeyManager::KeyManager(SecretStore *keychain, SecretStore *file, KeyStorage storage, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_file(file)
    , m_storage(storage)
{
    Q_ASSERT(keychain && file && keychain != file);
    for (SecretStore *store : {m_keychain, m_file}) {
        store->setParent(this);
        connect(store, &SecretStore::readFinished, this,
                [this, store](const QString &account, const QString &key, SecretStore::Error error) {
                    onRead(store, account, key, error);
                });
        connect(store, &SecretStore::writeFinished, this,
                [this, store](const QString &account, SecretStore::Error error) { onWritten(store, account, error); });
        connect(store, &SecretStore::removeFinished, this,
                [this, store](const QString &account, SecretStore::Error error) { onRemoved(store, account, error); });
    }
}

KeyManager::~KeyManager() = default;

void KeyManager::setStorage(KeyStorage storage)
{
    if (storage == m_storage)
        return;
    const Backend before = backend();
    m_storage = storage;
    if (backend() != before)
        Q_EMIT backendChanged(backend());
}

KeyManager::Backend KeyManager::backend() const
{
    switch (m_storage) {
    case KeyStorage::Keychain:
        return m_keychainMissing ? Backend::Session : Backend::Keychain;
    case KeyStorage::SessionOnly:
        return Backend::Session;
    case KeyStorage::PlainFile:
        return Backend::PlainFile;
    }
    return Backend::Session;
}

SecretStore *KeyManager::persistentStore() const
{
    switch (backend()) {
    case Backend::Keychain:
        return m_keychain;
    case Backend::PlainFile:
        return m_file;
    case Backend::Session:
        break;
    }
    return nullptr;
}

void KeyManager::load(const QString &account)
{
    SecretStore *store = persistentStore();
    if (m_session.contains(account) || !store) {
        const QString key = m_session.value(account);
        const SecretStore::Error error = key.isEmpty() ? SecretStore::Error::NotFound : SecretStore::Error::None;
        QMetaObject::invokeMethod(
            this, [this, account, key, error] { Q_EMIT loaded(account, key, error); }, Qt::QueuedConnection);
        return;
    }
    store->read(account);
}

void KeyManager::save(const QString &account, const QString &key)
{
    m_session.insert(account, key);
    if (SecretStore *store = persistentStore()) {
        store->write(account, key);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, account] { Q_EMIT saved(account, SecretStore::Error::None); }, Qt::QueuedConnection);
}

void KeyManager::forget(const QString &account)
{
    m_session.remove(account);
    if (SecretStore *store = persistentStore()) {
        store->remove(account);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, account] { Q_EMIT forgotten(account, SecretStore::Error::None); }, Qt::QueuedConnection);
}

bool KeyManager::noteMissingKeychain(SecretStore *store, SecretStore::Error error)
{
    if (store != m_keychain || error != SecretStore::Error::NoKeychain || m_keychainMissing)
        return false;
    const Backend before = backend();
    m_keychainMissing = true;
    qCInfo(lcStore) << "no keychain available: API keys are kept for this session only";
    if (backend() != before)
        Q_EMIT backendChanged(backend());
    return true;
}

void KeyManager::onRead(SecretStore *store, const QString &account, const QString &key, SecretStore::Error error)
{
    noteMissingKeychain(store, error);
    if (error == SecretStore::Error::None)
        m_session.insert(account, key);
    // A key saved this session while the read was under way wins over what the store had.
    if (m_session.contains(account) && error != SecretStore::Error::None) {
        Q_EMIT loaded(account, m_session.value(account), SecretStore::Error::None);
        return;
    }
    Q_EMIT loaded(account, key, error);
}

void KeyManager::onWritten(SecretStore *store, const QString &account, SecretStore::Error error)
{
    noteMissingKeychain(store, error);
    Q_EMIT saved(account, error);
}

void KeyManager::onRemoved(SecretStore *store, const QString &account, SecretStore::Error error)
{
    noteMissingKeychain(store, error);
    Q_EMIT forgotten(account, error);
}

} // namespace rh
