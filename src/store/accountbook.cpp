#include "store/accountbook.h"

#include "store/appsettings.h"
#include "store/keymanager.h"
#include "store/secretstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace rh {

namespace {

const QString exportFormat = QStringLiteral("rhdesk-accounts");
constexpr int exportVersion = 1;

bool usableUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

/// Name and URL only: the one shape used in the settings and in exports (ids stay out of exports).
QJsonObject toJson(const Account &account, bool withId)
{
    QJsonObject object{{QStringLiteral("name"), account.name},
                       {QStringLiteral("baseUrl"), account.baseUrl.toString(QUrl::FullyEncoded)}};
    if (withId)
        object.insert(QStringLiteral("id"), account.id);
    return object;
}

QList<Account> fromJson(const QJsonArray &array)
{
    QList<Account> accounts;
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        Account account;
        account.id = object.value(QLatin1String("id")).toString();
        account.name = object.value(QLatin1String("name")).toString().trimmed();
        account.baseUrl = QUrl(object.value(QLatin1String("baseUrl")).toString(), QUrl::StrictMode);
        if (usableUrl(account.baseUrl))
            accounts.append(account);
    }
    return accounts;
}

} // namespace

QString Account::keyAccount() const
{
    return SecretStore::accountFor(baseUrl) + QLatin1Char('#') + id;
}

AccountBook::AccountBook(AppSettings *settings, KeyManager *keys, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keys(keys)
{
    Q_ASSERT(settings);
    const QJsonDocument stored = QJsonDocument::fromJson(settings->accountsJson().toUtf8());
    for (const Account &account : fromJson(stored.array())) {
        if (!account.id.isEmpty() && !this->account(account.id))
            m_accounts.append(account);
    }
    m_defaultId = settings->defaultAccount();
    if (!account(m_defaultId))
        m_defaultId = m_accounts.isEmpty() ? QString() : m_accounts.constFirst().id;
    if (m_keys) {
        connect(m_keys, &KeyManager::loaded, this, [this](const QString &keyAccount, const QString &key) {
            if (!key.isEmpty())
                announceKey(keyAccount);
        });
        // A key given now (Accounts…) is known at once, also when the keychain could only keep it for the session.
        connect(m_keys, &KeyManager::saved, this, [this](const QString &keyAccount) {
            if (!m_keys->sessionKey(keyAccount).isEmpty())
                announceKey(keyAccount);
        });
    }
}

void AccountBook::announceKey(const QString &keyAccount)
{
    for (const Account &account : std::as_const(m_accounts)) {
        if (account.keyAccount() == keyAccount)
            Q_EMIT keyLoaded(account.id);
    }
}

std::optional<Account> AccountBook::account(const QString &id) const
{
    for (const Account &account : m_accounts) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

QString AccountBook::uniqueName(const QString &name) const
{
    const QString base = name.trimmed().isEmpty() ? tr("Account") : name.trimmed();
    const auto taken = [this](const QString &candidate) {
        for (const Account &account : m_accounts) {
            if (account.name.compare(candidate, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString candidate = base;
    for (int n = 2; taken(candidate); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return candidate;
}

QString AccountBook::add(const QString &name, const QUrl &baseUrl, const QString &key)
{
    if (!usableUrl(baseUrl))
        return {};
    Account account;
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    account.name = uniqueName(name);
    account.baseUrl = baseUrl.adjusted(QUrl::StripTrailingSlash);
    m_accounts.append(account);
    if (m_defaultId.isEmpty())
        m_defaultId = account.id;
    save();
    if (!key.trimmed().isEmpty())
        setKey(account.id, key);
    return account.id;
}

bool AccountBook::rename(const QString &id, const QString &name)
{
    for (Account &account : m_accounts) {
        if (account.id != id)
            continue;
        if (account.name == name.trimmed() || name.trimmed().isEmpty())
            return false;
        account.name = QString(); // its own old name is not taken
        account.name = uniqueName(name);
        save();
        return true;
    }
    return false;
}

bool AccountBook::remove(const QString &id)
{
    const std::optional<Account> gone = account(id);
    if (!gone)
        return false;
    m_accounts.removeIf([&id](const Account &account) { return account.id == id; });
    if (m_defaultId == id)
        m_defaultId = m_accounts.isEmpty() ? QString() : m_accounts.constFirst().id;
    if (m_keys)
        m_keys->forget(gone->keyAccount());
    save();
    return true;
}

bool AccountBook::setDefault(const QString &id)
{
    if (id == m_defaultId || !account(id))
        return false;
    m_defaultId = id;
    save();
    return true;
}

void AccountBook::setKey(const QString &id, const QString &key)
{
    const std::optional<Account> known = account(id);
    if (known && m_keys)
        m_keys->save(known->keyAccount(), key.trimmed());
}

void AccountBook::loadKeys()
{
    if (!m_keys)
        return;
    for (const Account &account : std::as_const(m_accounts))
        m_keys->load(account.keyAccount());
}

std::optional<Endpoint> AccountBook::endpointFor(const QString &id) const
{
    const std::optional<Account> known = account(id);
    if (!known || !m_keys)
        return std::nullopt;
    const Endpoint endpoint{known->baseUrl, m_keys->sessionKey(known->keyAccount())};
    if (!endpoint.hasKey() || !endpoint.isValid())
        return std::nullopt;
    return endpoint;
}

QByteArray AccountBook::exportJson() const
{
    QJsonArray list;
    for (const Account &account : m_accounts)
        list.append(toJson(account, false));
    const QJsonObject root{{QStringLiteral("format"), exportFormat},
                           {QStringLiteral("version"), exportVersion},
                           {QStringLiteral("accounts"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int AccountBook::importJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(QLatin1String("format")).toString() != exportFormat ||
        root.value(QLatin1String("version")).toInt() > exportVersion)
        return -1;
    int added = 0;
    for (const Account &account : fromJson(root.value(QLatin1String("accounts")).toArray())) {
        if (!add(account.name, account.baseUrl).isEmpty()) // never a key: an export has none to give
            ++added;
    }
    return added;
}

void AccountBook::save()
{
    QJsonArray list;
    for (const Account &account : std::as_const(m_accounts))
        list.append(toJson(account, true));
    m_settings->setAccountsJson(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    m_settings->setDefaultAccount(m_defaultId);
    Q_EMIT changed();
}

} // namespace rh
