#include "session/connection.h"

#include "store/keymanager.h"

namespace rh {

Connection::Connection(AppSettings *settings, KeyManager *keys, const Fixed &fixed, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keys(fixed.apiKey.isEmpty() ? keys : nullptr)
    , m_fixed(fixed)
    , m_key(fixed.apiKey)
{
    Q_ASSERT(settings);
    if (!m_keys)
        return;
    connect(m_keys, &KeyManager::loaded, this, &Connection::onKeyLoaded);
    connect(m_keys, &KeyManager::saved, this, &Connection::onKeySaved);
    connect(m_keys, &KeyManager::backendChanged, this, [this] {
        if (m_keys->keychainMissing())
            setNotice(KeyNotice::NoKeychain);
    });
    loadKey();
}

Site Connection::site() const
{
    if (isFixed())
        return Site::Custom;
    if (m_account.id.isEmpty())
        return m_settings->site();
    for (const Site site : {Site::Cn, Site::Ai}) {
        if (m_account.baseUrl.matches(AppSettings::siteUrl(site), QUrl::StripTrailingSlash))
            return site;
    }
    return Site::Custom;
}

QUrl Connection::baseUrl() const
{
    if (isFixed())
        return m_fixed.baseUrl;
    return m_account.id.isEmpty() ? m_settings->baseUrl() : m_account.baseUrl;
}

QString Connection::server() const
{
    if (isFixed() && !m_fixed.server.isEmpty())
        return m_fixed.server;
    return Endpoint::serverOf(baseUrl());
}

QString Connection::keyAccount() const
{
    return m_account.id.isEmpty() ? SecretStore::accountFor(baseUrl()) : m_account.keyAccount();
}

void Connection::useAccount(const Account &account)
{
    if (isFixed() || account.id.isEmpty())
        return;
    if (account.id == m_account.id && account.baseUrl == m_account.baseUrl) {
        m_account = account; // a new name changes nothing here
        return;
    }
    m_account = account;
    // Keys of accounts are loaded at start (AccountBook::loadKeys): usually the answer is in memory already.
    m_key = m_keys ? m_keys->sessionKey(keyAccount()) : QString();
    m_remember = !m_key.isEmpty();
    if (m_key.isEmpty())
        loadKey();
    Q_EMIT changed();
}

void Connection::leaveAccount()
{
    if (m_account.id.isEmpty())
        return;
    m_account = {};
    m_key.clear();
    m_remember = false;
    loadKey();
    Q_EMIT changed();
}

void Connection::setSite(Site site)
{
    if (isFixed() || (site == m_settings->site() && m_account.id.isEmpty()))
        return;
    m_settings->setSite(site);
    m_account = {};
    m_key.clear(); // keys are per site
    m_remember = false;
    loadKey();
    Q_EMIT changed();
}

void Connection::reloadSettings()
{
    if (m_keys)
        m_keys->setStorage(m_settings->keyStorage());
    if (!isFixed()) {
        m_key.clear();
        m_remember = false;
        loadKey();
    }
    Q_EMIT changed();
}

void Connection::setApiKey(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed == m_key)
        return;
    m_key = trimmed;
    storeKey();
    Q_EMIT changed();
}

void Connection::setRememberKey(bool remember)
{
    if (remember == m_remember)
        return;
    m_remember = remember;
    storeKey();
    Q_EMIT changed();
}

void Connection::loadKey()
{
    if (m_keys && baseUrl().isValid())
        m_keys->load(keyAccount());
}

void Connection::storeKey()
{
    if (!m_keys)
        return;
    const QString account = keyAccount();
    if (m_remember && !m_key.isEmpty()) {
        if (m_keys->sessionKey(account) != m_key)
            m_keys->save(account, m_key);
    } else if (!m_keys->sessionKey(account).isEmpty()) {
        m_keys->forget(account);
    }
}

void Connection::onKeyLoaded(const QString &account, const QString &key, SecretStore::Error error)
{
    if (error == SecretStore::Error::NoKeychain)
        setNotice(KeyNotice::NoKeychain);
    // A key typed meanwhile wins over what the store had; a key of another site is not ours.
    if (account != keyAccount() || error != SecretStore::Error::None || key.isEmpty() || !m_key.isEmpty())
        return;
    m_key = key.trimmed();
    m_remember = true;
    Q_EMIT changed();
}

void Connection::onKeySaved(const QString &account, SecretStore::Error error)
{
    if (account != keyAccount())
        return;
    const QString saved = m_keys ? m_keys->sessionKey(account) : QString();
    // A key given in Accounts… to the account in use (a new one replaces the old), or to a site that had none.
    const bool take = m_account.id.isEmpty() ? m_key.isEmpty() : saved != m_key;
    if (take && !saved.isEmpty()) {
        m_key = saved;
        m_remember = true;
        Q_EMIT changed();
    }
    if (error == SecretStore::Error::NoKeychain)
        setNotice(KeyNotice::NoKeychain);
    else if (error != SecretStore::Error::None)
        setNotice(KeyNotice::SaveFailed);
}

void Connection::setNotice(KeyNotice notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    Q_EMIT changed();
}

} // namespace rh
