#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

namespace rh {

/// Where API keys are kept, one per account (the site's host). Every operation is asynchronous and ends with
/// exactly one signal, never emitted from inside the call (even for the in-memory store), so callers behave the
/// same whatever the backend. Secrets never appear in logs or error values.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    enum class Error {
        None,
        NotFound,     ///< read: nothing stored for that account
        NoKeychain,   ///< no Secret Service / keychain answers here: tell the user, keep the key for the session
        AccessDenied, ///< the user or the system refused access
        Failed,       ///< anything else (I/O error, malformed file, backend error)
    };
    Q_ENUM(Error)

    enum class Kind { Keychain, Memory, PlainFile };
    Q_ENUM(Kind)

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual Kind kind() const = 0;
    /// Ends with readFinished(account, key, error); key is "" unless error is None.
    virtual void read(const QString &account) = 0;
    /// Ends with writeFinished(account, error).
    virtual void write(const QString &account, const QString &key) = 0;
    /// Ends with removeFinished(account, error). Removing what is not there is not an error.
    virtual void remove(const QString &account) = 0;

    /// The account name for a base URL: its host ("www.runninghub.cn"), plus ":port" when one is given.
    static QString accountFor(const QUrl &baseUrl);

Q_SIGNALS:
    void readFinished(const QString &account, const QString &key, rh::SecretStore::Error error);
    void writeFinished(const QString &account, rh::SecretStore::Error error);
    void removeFinished(const QString &account, rh::SecretStore::Error error);

protected:
    // Queue the signal so it is never emitted from inside read()/write()/remove().
    void finishRead(const QString &account, const QString &key, Error error);
    void finishWrite(const QString &account, Error error);
    void finishRemove(const QString &account, Error error);
};

/// The system keychain through QtKeychain (service "rhdesk"). With no Secret Service, QtKeychain 0.13 fails
/// within milliseconds with OtherError ("Unknown error", code 7) or NoBackendAvailable: reported as NoKeychain.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)
public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("rhdesk"), QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    Kind kind() const override { return Kind::Keychain; }
    void read(const QString &account) override;
    void write(const QString &account, const QString &key) override;
    void remove(const QString &account) override;
    QString service() const { return m_service; }

    /// QtKeychain's error code (QKeychain::Error as int) → ours. Pure; exposed for tests.
    static Error mapError(int keychainError);

private:
    QString m_service;
};

/// Keys in memory only: for tests, and for "this session only" / no keychain.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    Kind kind() const override { return Kind::Memory; }
    void read(const QString &account) override;
    void write(const QString &account, const QString &key) override;
    void remove(const QString &account) override;

private:
    QHash<QString, QString> m_keys;
};

/// Opt-in PLAIN-TEXT storage: a JSON file {account: key} that is NOT encrypted. Anyone who can read the
/// file as this user can read the keys; the file is created with mode 0600 before any byte is written.
/// Only used when the user explicitly chooses it after a warning.
class FileSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileSecretStore)
public:
    /// @p filePath: empty = defaultPath().
    explicit FileSecretStore(const QString &filePath = QString(), QObject *parent = nullptr);
    ~FileSecretStore() override;

    static QString defaultPath(); ///< AppDataLocation/apikeys.json
    QString filePath() const { return m_filePath; }

    Kind kind() const override { return Kind::PlainFile; }
    void read(const QString &account) override;
    void write(const QString &account, const QString &key) override;
    void remove(const QString &account) override;

private:
    bool load(QHash<QString, QString> *keys, bool *missing) const;
    bool save(const QHash<QString, QString> &keys) const;

    QString m_filePath;
};

} // namespace rh
