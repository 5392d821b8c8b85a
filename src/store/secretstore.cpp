#include "store/secretstore.h"

#include "store/storelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <qt6keychain/keychain.h>

namespace rh {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore() = default;

QString SecretStore::accountFor(const QUrl &baseUrl)
{
    const QString host = baseUrl.host().toLower();
    const int port = baseUrl.port();
    return port < 0 ? host : host + QLatin1Char(':') + QString::number(port);
}

void SecretStore::finishRead(const QString &account, const QString &key, Error error)
{
    QMetaObject::invokeMethod(
        this, [this, account, key, error] { Q_EMIT readFinished(account, key, error); }, Qt::QueuedConnection);
}

void SecretStore::finishWrite(const QString &account, Error error)
{
    QMetaObject::invokeMethod(
        this, [this, account, error] { Q_EMIT writeFinished(account, error); }, Qt::QueuedConnection);
}

void SecretStore::finishRemove(const QString &account, Error error)
{
    QMetaObject::invokeMethod(
        this, [this, account, error] { Q_EMIT removeFinished(account, error); }, Qt::QueuedConnection);
}

// --- KeychainSecretStore -------------------------------------------------------------------------------------

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

SecretStore::Error KeychainSecretStore::mapError(int keychainError)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return Error::None;
    case QKeychain::EntryNotFound:
        return Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::AccessDenied;
    // Without a Secret Service, QtKeychain 0.13 on Linux ends with OtherError ("Unknown error") or
    // NoBackendAvailable within milliseconds: both mean there is no keychain to use here.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return Error::NoKeychain;
    case QKeychain::CouldNotDeleteEntry:
        return Error::Failed;
    }
    return Error::Failed;
}

namespace {

// The backend's text can be logged: it never contains the secret.
void logJobError(const char *what, const QKeychain::Job *job)
{
    qCInfo(lcStore) << "keychain" << what << "failed:" << job->error() << job->errorString();
}

} // namespace

void KeychainSecretStore::read(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const Error error = mapError(readJob->error());
        if (error != Error::None && error != Error::NotFound)
            logJobError("read", readJob);
        Q_EMIT readFinished(account, error == Error::None ? readJob->textData() : QString(), error);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &account, const QString &key)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(account);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *finished) {
        const Error error = mapError(finished->error());
        if (error != Error::None)
            logJobError("write", finished);
        Q_EMIT writeFinished(account, error);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *finished) {
        Error error = mapError(finished->error());
        if (error == Error::NotFound)
            error = Error::None;
        if (error != Error::None)
            logJobError("remove", finished);
        Q_EMIT removeFinished(account, error);
    });
    job->start();
}

// --- MemorySecretStore ---------------------------------------------------------------------------------------

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::read(const QString &account)
{
    const auto it = m_keys.constFind(account);
    if (it == m_keys.constEnd())
        finishRead(account, QString(), Error::NotFound);
    else
        finishRead(account, it.value(), Error::None);
}

void MemorySecretStore::write(const QString &account, const QString &key)
{
    m_keys.insert(account, key);
    finishWrite(account, Error::None);
}

void MemorySecretStore::remove(const QString &account)
{
    m_keys.remove(account);
    finishRemove(account, Error::None);
}

// --- FileSecretStore -----------------------------------------------------------------------------------------

FileSecretStore::FileSecretStore(const QString &filePath, QObject *parent)
    : SecretStore(parent)
    , m_filePath(filePath.isEmpty() ? defaultPath() : filePath)
{}

FileSecretStore::~FileSecretStore() = default;

QString FileSecretStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/apikeys.json");
}

bool FileSecretStore::load(QHash<QString, QString> *keys, bool *missing) const
{
    QFile file(m_filePath);
    *missing = !file.exists();
    if (*missing)
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcStore) << "key file unreadable:" << m_filePath << file.errorString();
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject()) {
        qCWarning(lcStore) << "key file is not a JSON object:" << m_filePath;
        return false;
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        keys->insert(it.key(), it.value().toString());
    return true;
}

bool FileSecretStore::save(const QHash<QString, QString> &keys) const
{
    // NOT encrypted: the only protection is the file mode, so the new file is owner-only before its first byte (a
    // QSaveFile's temporary file starts that way; set it again in case an older file's looser mode was copied).
    // Written whole and renamed into place: a crash or a full disk never leaves half a key file behind.
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath()))
        return false;
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly)) {
        qCWarning(lcStore) << "key file not writable:" << m_filePath << file.errorString();
        return false;
    }
    QJsonObject object;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        object.insert(it.key(), it.value());
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcStore) << "key file write failed:" << m_filePath << file.errorString();
        return false;
    }
    return true;
}

void FileSecretStore::read(const QString &account)
{
    QHash<QString, QString> keys;
    bool missing = false;
    if (!load(&keys, &missing))
        finishRead(account, QString(), Error::Failed);
    else if (!keys.contains(account))
        finishRead(account, QString(), Error::NotFound);
    else
        finishRead(account, keys.value(account), Error::None);
}

void FileSecretStore::write(const QString &account, const QString &key)
{
    QHash<QString, QString> keys;
    bool missing = false;
    // A malformed file is replaced rather than blocking the user from saving a key.
    load(&keys, &missing);
    keys.insert(account, key);
    finishWrite(account, save(keys) ? Error::None : Error::Failed);
}

void FileSecretStore::remove(const QString &account)
{
    QHash<QString, QString> keys;
    bool missing = false;
    if (!load(&keys, &missing)) {
        finishRemove(account, Error::Failed);
        return;
    }
    if (missing || !keys.contains(account)) {
        finishRemove(account, Error::None);
        return;
    }
    keys.remove(account);
    const bool ok = keys.isEmpty() ? QFile::remove(m_filePath) : save(keys);
    finishRemove(account, ok ? Error::None : Error::Failed);
}

} // namespace rh
