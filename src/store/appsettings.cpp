#include "store/appsettings.h"

#include "model/outputname.h"
#include "store/settingswriter.h"
#include "store/storelog.h"

#include <QStandardPaths>

namespace rh {

namespace {

struct Entry
{
    AppSettings::Key key;
    const char *name;
};

// The one table of keys. Defaults that need run-time values live in AppSettings::defaultValue().
constexpr Entry entries[] = {
    {AppSettings::Key::Site, "site"},
    {AppSettings::Key::CustomBaseUrl, "customBaseUrl"},
    {AppSettings::Key::LastWebappId, "request/lastWebappId"},
    {AppSettings::Key::InstanceType, "request/instanceType"},
    {AppSettings::Key::WebhookUrl, "request/webhookUrl"},
    {AppSettings::Key::ClientId, "clientId"},
    {AppSettings::Key::Language, "ui/language"},
    {AppSettings::Key::OutputFolder, "outputFolder"},
    {AppSettings::Key::PollIntervalMs, "polling/intervalMs"},
    {AppSettings::Key::PollDeadlineMs, "polling/deadlineMs"},
    {AppSettings::Key::MaxOutputBytes, "downloads/maxOutputBytes"},
    {AppSettings::Key::KeyStorage, "keyStorage"},
    {AppSettings::Key::WindowGeometry, "ui/windowGeometry"},
    {AppSettings::Key::WindowState, "ui/windowState"},
    {AppSettings::Key::QueueSlots, "queue/slots"},
    {AppSettings::Key::QueueSound, "queue/soundWhenDone"},
    {AppSettings::Key::SplitterState, "ui/splitterState"},
    {AppSettings::Key::AdvancedOpen, "ui/advancedOpen"},
    {AppSettings::Key::BatchCapCoins, "guardrails/batchCapCoins"},
    {AppSettings::Key::BalanceFloorCoins, "guardrails/balanceFloorCoins"},
    {AppSettings::Key::ConfirmAboveCoins, "guardrails/confirmAboveCoins"},
    {AppSettings::Key::Accounts, "accounts/list"},
    {AppSettings::Key::DefaultAccount, "accounts/default"},
    {AppSettings::Key::OutputNamePattern, "downloads/namePattern"},
    {AppSettings::Key::WebSafeNames, "downloads/webSafeNames"},
};

constexpr int DefaultPollIntervalMs = 5000;
constexpr int DefaultPollDeadlineMs = 30 * 60 * 1000;
constexpr qint64 DefaultMaxOutputBytes = qint64(2) * 1024 * 1024 * 1024;

QString siteWord(Site site)
{
    switch (site) {
    case Site::Cn:
        return QStringLiteral("cn");
    case Site::Ai:
        return QStringLiteral("ai");
    case Site::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("cn");
}

QString storageWord(KeyStorage storage)
{
    switch (storage) {
    case KeyStorage::Keychain:
        return QStringLiteral("keychain");
    case KeyStorage::SessionOnly:
        return QStringLiteral("session");
    case KeyStorage::PlainFile:
        return QStringLiteral("file");
    }
    return QStringLiteral("keychain");
}

} // namespace

AppSettings::AppSettings(const QString &iniPath)
    : m_writer(std::make_unique<SettingsWriter>(iniPath))
{
    // Read once; from here on the values live in memory and only the writer's thread touches the file.
    const auto file =
        iniPath.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(iniPath, QSettings::IniFormat);
    for (const QString &name : file->allKeys())
        m_values.insert(name, file->value(name));
    m_fileName = file->fileName();
}

AppSettings::~AppSettings() = default;

QString AppSettings::keyName(Key key)
{
    for (const Entry &entry : entries) {
        if (entry.key == key)
            return QLatin1String(entry.name);
    }
    Q_ASSERT_X(false, "AppSettings::keyName", "key missing from the table");
    return QString();
}

QVariant AppSettings::defaultValue(Key key)
{
    switch (key) {
    case Key::Site:
        return siteWord(Site::Cn);
    case Key::KeyStorage:
        return storageWord(KeyStorage::Keychain);
    case Key::OutputFolder:
        return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + QStringLiteral("/rhdesk");
    case Key::PollIntervalMs:
        return DefaultPollIntervalMs;
    case Key::PollDeadlineMs:
        return DefaultPollDeadlineMs;
    case Key::MaxOutputBytes:
        return DefaultMaxOutputBytes;
    case Key::WindowGeometry:
    case Key::WindowState:
    case Key::SplitterState:
        return QByteArray();
    case Key::QueueSlots:
        return 1;
    case Key::BatchCapCoins:
    case Key::BalanceFloorCoins:
        return qint64(0);
    case Key::ConfirmAboveCoins:
        return qint64(1000);
    case Key::OutputNamePattern:
        return OutputName::defaultPattern();
    case Key::QueueSound:
    case Key::AdvancedOpen:
    case Key::WebSafeNames:
        return false;
    case Key::Accounts:
    case Key::DefaultAccount:
    case Key::CustomBaseUrl:
    case Key::LastWebappId:
    case Key::InstanceType:
    case Key::WebhookUrl:
    case Key::ClientId:
    case Key::Language:
        return QString();
    }
    return QVariant();
}

QList<AppSettings::Key> AppSettings::allKeys()
{
    QList<Key> keys;
    for (const Entry &entry : entries)
        keys.append(entry.key);
    return keys;
}

QUrl AppSettings::siteUrl(Site site)
{
    switch (site) {
    case Site::Cn:
        return QUrl(QStringLiteral("https://www.runninghub.cn"));
    case Site::Ai:
        return QUrl(QStringLiteral("https://www.runninghub.ai"));
    case Site::Custom:
        break;
    }
    return QUrl();
}

QVariant AppSettings::value(Key key) const
{
    return m_values.value(keyName(key), defaultValue(key));
}

QString AppSettings::text(Key key) const
{
    return value(key).toString();
}

int AppSettings::positiveInt(Key key) const
{
    bool ok = false;
    const int ms = value(key).toInt(&ok);
    return ok && ms > 0 ? ms : defaultValue(key).toInt();
}

bool AppSettings::write(Key key, const QVariant &value)
{
    m_values.insert(keyName(key), value);
    m_writer->set(keyName(key), value);
    return m_writer->status() == QSettings::NoError;
}

bool AppSettings::reset(Key key)
{
    m_values.remove(keyName(key));
    m_writer->remove(keyName(key));
    return m_writer->status() == QSettings::NoError;
}

bool AppSettings::sync()
{
    const QSettings::Status status = m_writer->flush();
    if (status != QSettings::NoError) {
        qCWarning(lcStore) << "settings not saved: status" << status << "file" << m_fileName;
        return false;
    }
    return true;
}

QString AppSettings::fileName() const
{
    return m_fileName;
}

QSettings::Status AppSettings::status() const
{
    return m_writer->status();
}

Site AppSettings::site() const
{
    const QString word = text(Key::Site);
    for (Site site : {Site::Cn, Site::Ai, Site::Custom}) {
        if (word == siteWord(site))
            return site;
    }
    return Site::Cn;
}

bool AppSettings::setSite(Site site)
{
    return write(Key::Site, siteWord(site));
}

QString AppSettings::customBaseUrl() const
{
    return text(Key::CustomBaseUrl);
}

bool AppSettings::setCustomBaseUrl(const QString &url)
{
    return write(Key::CustomBaseUrl, url.trimmed());
}

QUrl AppSettings::baseUrl() const
{
    const Site current = site();
    if (current != Site::Custom)
        return siteUrl(current);
    const QUrl url(customBaseUrl(), QUrl::StrictMode);
    const bool usable = url.isValid() && !url.host().isEmpty() &&
                        (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
    return usable ? url : QUrl();
}

QString AppSettings::lastWebappId() const
{
    return text(Key::LastWebappId);
}

bool AppSettings::setLastWebappId(const QString &webappId)
{
    return write(Key::LastWebappId, webappId);
}

QString AppSettings::instanceType() const
{
    return text(Key::InstanceType);
}

bool AppSettings::setInstanceType(const QString &instanceType)
{
    return write(Key::InstanceType, instanceType);
}

QString AppSettings::webhookUrl() const
{
    return text(Key::WebhookUrl);
}

bool AppSettings::setWebhookUrl(const QString &url)
{
    return write(Key::WebhookUrl, url);
}

QString AppSettings::clientId() const
{
    return text(Key::ClientId);
}

bool AppSettings::setClientId(const QString &clientId)
{
    return write(Key::ClientId, clientId);
}

bool AppSettings::updateClientId(const QString &clientId)
{
    if (clientId.isEmpty() || clientId == this->clientId())
        return false;
    return write(Key::ClientId, clientId);
}

QString AppSettings::language() const
{
    return text(Key::Language);
}

bool AppSettings::setLanguage(const QString &language)
{
    return write(Key::Language, language);
}

QString AppSettings::outputFolder() const
{
    const QString folder = text(Key::OutputFolder);
    return folder.isEmpty() ? defaultValue(Key::OutputFolder).toString() : folder;
}

bool AppSettings::setOutputFolder(const QString &folder)
{
    return write(Key::OutputFolder, folder);
}

int AppSettings::pollIntervalMs() const
{
    return positiveInt(Key::PollIntervalMs);
}

bool AppSettings::setPollIntervalMs(int ms)
{
    return write(Key::PollIntervalMs, ms);
}

int AppSettings::pollDeadlineMs() const
{
    return positiveInt(Key::PollDeadlineMs);
}

bool AppSettings::setPollDeadlineMs(int ms)
{
    return write(Key::PollDeadlineMs, ms);
}

qint64 AppSettings::maxOutputBytes() const
{
    bool ok = false;
    const qint64 bytes = value(Key::MaxOutputBytes).toLongLong(&ok);
    return ok && bytes > 0 ? bytes : DefaultMaxOutputBytes;
}

bool AppSettings::setMaxOutputBytes(qint64 bytes)
{
    return write(Key::MaxOutputBytes, bytes);
}

KeyStorage AppSettings::keyStorage() const
{
    const QString word = text(Key::KeyStorage);
    for (KeyStorage storage : {KeyStorage::Keychain, KeyStorage::SessionOnly, KeyStorage::PlainFile}) {
        if (word == storageWord(storage))
            return storage;
    }
    return KeyStorage::Keychain;
}

bool AppSettings::setKeyStorage(KeyStorage storage)
{
    return write(Key::KeyStorage, storageWord(storage));
}

int AppSettings::queueSlots() const
{
    return qBound(1, positiveInt(Key::QueueSlots), MaxQueueSlots);
}

bool AppSettings::setQueueSlots(int slots)
{
    return write(Key::QueueSlots, qBound(1, slots, MaxQueueSlots));
}

QString AppSettings::outputNamePattern() const
{
    const QString pattern = text(Key::OutputNamePattern);
    return pattern.trimmed().isEmpty() ? OutputName::defaultPattern() : pattern;
}

bool AppSettings::setOutputNamePattern(const QString &pattern)
{
    return write(Key::OutputNamePattern, pattern);
}

bool AppSettings::webSafeNames() const
{
    return value(Key::WebSafeNames).toBool();
}

bool AppSettings::setWebSafeNames(bool on)
{
    return write(Key::WebSafeNames, on);
}

bool AppSettings::queueSound() const
{
    return value(Key::QueueSound).toBool();
}

bool AppSettings::setQueueSound(bool on)
{
    return write(Key::QueueSound, on);
}

QByteArray AppSettings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

bool AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    return write(Key::WindowGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

bool AppSettings::setWindowState(const QByteArray &state)
{
    return write(Key::WindowState, state);
}

QByteArray AppSettings::splitterState() const
{
    return value(Key::SplitterState).toByteArray();
}

bool AppSettings::setSplitterState(const QByteArray &state)
{
    return write(Key::SplitterState, state);
}

bool AppSettings::advancedOpen() const
{
    return value(Key::AdvancedOpen).toBool();
}

bool AppSettings::setAdvancedOpen(bool open)
{
    return write(Key::AdvancedOpen, open);
}

qint64 AppSettings::coinsLimit(Key key) const
{
    bool ok = false;
    const qint64 coins = value(key).toLongLong(&ok);
    return ok && coins >= 0 ? coins : defaultValue(key).toLongLong();
}

bool AppSettings::setCoinsLimit(Key key, qint64 coins)
{
    return write(key, qMax<qint64>(0, coins));
}

QString AppSettings::accountsJson() const
{
    return text(Key::Accounts);
}

bool AppSettings::setAccountsJson(const QString &json)
{
    return write(Key::Accounts, json);
}

QString AppSettings::defaultAccount() const
{
    return text(Key::DefaultAccount);
}

bool AppSettings::setDefaultAccount(const QString &id)
{
    return write(Key::DefaultAccount, id);
}

} // namespace rh
