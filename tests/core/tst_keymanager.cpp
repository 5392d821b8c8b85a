#include "store/keymanager.h"
#include "testenv.h"

#include <QSignalSpy>
#include <QTest>

using namespace rh;

namespace {

// What QtKeychain does without a Secret Service: every operation fails at once.
class MissingKeychain final : public SecretStore
{
    Q_OBJECT
public:
    Kind kind() const override { return Kind::Keychain; }
    void read(const QString &account) override
    {
        ++calls;
        finishRead(account, QString(), Error::NoKeychain);
    }
    void write(const QString &account, const QString &) override
    {
        ++calls;
        finishWrite(account, Error::NoKeychain);
    }
    void remove(const QString &account) override
    {
        ++calls;
        finishRemove(account, Error::NoKeychain);
    }
    int calls = 0;
};

const QString account = QStringLiteral("www.runninghub.cn");
const QString key = QStringLiteral("a1b2c3d4e5f60718293a4b5c6d7e8f90");

} // namespace

class TestKeyManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void keychainRoundTrip()
    {
        auto *keychain = new MemorySecretStore;
        KeyManager keys(keychain, new MemorySecretStore, KeyStorage::Keychain);
        QCOMPARE(keys.backend(), KeyManager::Backend::Keychain);
        QSignalSpy saved(&keys, &KeyManager::saved);
        keys.save(account, key);
        QVERIFY(saved.wait(1000));
        QCOMPARE(saved.at(0).at(1).value<SecretStore::Error>(), SecretStore::Error::None);
        QSignalSpy read(keychain, &SecretStore::readFinished);
        keychain->read(account); // it reached the keychain, not only the session
        QVERIFY(read.wait(1000));
        QCOMPARE(read.at(0).at(1).toString(), key);
    }

    void nextSessionLoadsFromTheKeychain()
    {
        auto *keychain = new MemorySecretStore;
        QSignalSpy written(keychain, &SecretStore::writeFinished);
        keychain->write(account, key); // stored by an earlier run of the app
        QVERIFY(written.wait(1000));
        QSignalSpy read(keychain, &SecretStore::readFinished);
        KeyManager keys(keychain, new MemorySecretStore, KeyStorage::Keychain);
        QSignalSpy loaded(&keys, &KeyManager::loaded);
        keys.load(account);
        QVERIFY(loaded.wait(1000));
        QCOMPARE(read.count(), 1);
        QCOMPARE(loaded.at(0).at(0).toString(), account);
        QCOMPARE(loaded.at(0).at(1).toString(), key);
        QCOMPARE(loaded.at(0).at(2).value<SecretStore::Error>(), SecretStore::Error::None);
        QCOMPARE(keys.sessionKey(account), key);
        keys.load(account); // answered from the session now
        QVERIFY(loaded.wait(1000));
        QCOMPARE(read.count(), 1);
        QCOMPARE(loaded.at(1).at(1).toString(), key);
    }

    void missingKeychainFallsBackToTheSession()
    {
        auto *keychain = new MissingKeychain;
        KeyManager keys(keychain, new MemorySecretStore, KeyStorage::Keychain);
        QSignalSpy backend(&keys, &KeyManager::backendChanged);
        QSignalSpy loaded(&keys, &KeyManager::loaded);
        keys.load(account);
        QVERIFY(loaded.wait(1000));
        QCOMPARE(loaded.at(0).at(1).toString(), QString());
        QCOMPARE(loaded.at(0).at(2).value<SecretStore::Error>(), SecretStore::Error::NoKeychain);
        QCOMPARE(backend.count(), 1);
        QCOMPARE(backend.at(0).at(0).value<KeyManager::Backend>(), KeyManager::Backend::Session);
        QVERIFY(keys.keychainMissing());
        QCOMPARE(keys.backend(), KeyManager::Backend::Session);

        // From now on the key lives in memory and the keychain is not asked again.
        QSignalSpy saved(&keys, &KeyManager::saved);
        keys.save(account, key);
        QVERIFY(saved.wait(1000));
        QCOMPARE(saved.at(0).at(1).value<SecretStore::Error>(), SecretStore::Error::None);
        keys.load(account);
        QVERIFY(loaded.wait(1000));
        QCOMPARE(loaded.at(1).at(1).toString(), key);
        QCOMPARE(keychain->calls, 1);
    }

    void saveFindsTheKeychainMissing()
    {
        auto *keychain = new MissingKeychain;
        KeyManager keys(keychain, new MemorySecretStore, KeyStorage::Keychain);
        QSignalSpy saved(&keys, &KeyManager::saved);
        keys.save(account, key);
        QCOMPARE(saved.count(), 0); // never from inside the call
        QVERIFY(saved.wait(1000));
        QCOMPARE(saved.at(0).at(1).value<SecretStore::Error>(), SecretStore::Error::NoKeychain);
        QCOMPARE(keys.sessionKey(account), key); // kept for this session
        QCOMPARE(keys.backend(), KeyManager::Backend::Session);
    }

    void sessionOnlyTouchesNoStore()
    {
        auto *keychain = new MissingKeychain;
        auto *file = new MissingKeychain;
        KeyManager keys(keychain, file, KeyStorage::SessionOnly);
        QSignalSpy saved(&keys, &KeyManager::saved);
        QSignalSpy loaded(&keys, &KeyManager::loaded);
        QSignalSpy forgotten(&keys, &KeyManager::forgotten);
        keys.save(account, key);
        QVERIFY(saved.wait(1000));
        keys.load(account);
        QVERIFY(loaded.wait(1000));
        QCOMPARE(loaded.at(0).at(1).toString(), key);
        keys.forget(account);
        QVERIFY(forgotten.wait(1000));
        keys.load(account);
        QVERIFY(loaded.wait(1000));
        QCOMPARE(loaded.at(1).at(2).value<SecretStore::Error>(), SecretStore::Error::NotFound);
        QCOMPARE(keychain->calls + file->calls, 0);
    }

    void plainFileModeUsesTheFileStore()
    {
        auto *file = new MemorySecretStore;
        KeyManager keys(new MissingKeychain, file, KeyStorage::Keychain);
        QSignalSpy backend(&keys, &KeyManager::backendChanged);
        keys.setStorage(KeyStorage::PlainFile);
        QCOMPARE(backend.count(), 1);
        QCOMPARE(keys.backend(), KeyManager::Backend::PlainFile);
        QSignalSpy saved(&keys, &KeyManager::saved);
        keys.save(account, key);
        QVERIFY(saved.wait(1000));
        QSignalSpy read(file, &SecretStore::readFinished);
        file->read(account);
        QVERIFY(read.wait(1000));
        QCOMPARE(read.at(0).at(1).toString(), key);

        QSignalSpy forgotten(&keys, &KeyManager::forgotten);
        keys.forget(account);
        QVERIFY(forgotten.wait(1000));
        QCOMPARE(keys.sessionKey(account), QString());
        file->read(account);
        QVERIFY(read.wait(1000));
        QCOMPARE(read.at(1).at(2).value<SecretStore::Error>(), SecretStore::Error::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeyManager)
#include "tst_keymanager.moc"
