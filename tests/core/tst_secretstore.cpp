#include "store/secretstore.h"
#include "testenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace rh;

namespace {

const QString accountA = QStringLiteral("www.runninghub.cn");
const QString accountB = QStringLiteral("127.0.0.1:8080");
const QString keyA = QStringLiteral("a1b2c3d4e5f60718293a4b5c6d7e8f90");
const QString keyB = QStringLiteral("密钥-with-unicode-0001");

// The test service name keeps these entries apart from the real app's "rhdesk".
const QString testService = QStringLiteral("rhdesk-tests");

struct Read
{
    QString account;
    QString key;
    SecretStore::Error error = SecretStore::Error::Failed;
};

// Runs one operation and waits for its single answer, checking it was not emitted from inside the call.
Read readNow(SecretStore &store, const QString &account)
{
    QSignalSpy spy(&store, &SecretStore::readFinished);
    store.read(account);
    if (spy.count() != 0 || !spy.wait(10000) || spy.count() != 1)
        return {};
    const QList<QVariant> args = spy.takeFirst();
    return {args.at(0).toString(), args.at(1).toString(), args.at(2).value<SecretStore::Error>()};
}

SecretStore::Error writeNow(SecretStore &store, const QString &account, const QString &key)
{
    QSignalSpy spy(&store, &SecretStore::writeFinished);
    store.write(account, key);
    if (spy.count() != 0 || !spy.wait(10000) || spy.count() != 1 || spy.at(0).at(0).toString() != account)
        return SecretStore::Error::Failed;
    return spy.at(0).at(1).value<SecretStore::Error>();
}

SecretStore::Error removeNow(SecretStore &store, const QString &account)
{
    QSignalSpy spy(&store, &SecretStore::removeFinished);
    store.remove(account);
    if (spy.count() != 0 || !spy.wait(10000) || spy.count() != 1 || spy.at(0).at(0).toString() != account)
        return SecretStore::Error::Failed;
    return spy.at(0).at(1).value<SecretStore::Error>();
}

// Write, read, overwrite, remove: the same contract for every store.
void checkContract(SecretStore &store)
{
    QCOMPARE(removeNow(store, accountA), SecretStore::Error::None); // removing nothing is fine
    QCOMPARE(readNow(store, accountA).error, SecretStore::Error::NotFound);
    QCOMPARE(writeNow(store, accountA, keyA), SecretStore::Error::None);
    QCOMPARE(writeNow(store, accountB, keyB), SecretStore::Error::None);
    const Read a = readNow(store, accountA);
    QCOMPARE(a.error, SecretStore::Error::None);
    QCOMPARE(a.account, accountA);
    QCOMPARE(a.key, keyA);
    QCOMPARE(readNow(store, accountB).key, keyB);
    QCOMPARE(writeNow(store, accountA, keyB), SecretStore::Error::None);
    QCOMPARE(readNow(store, accountA).key, keyB);
    QCOMPARE(removeNow(store, accountA), SecretStore::Error::None);
    const Read gone = readNow(store, accountA);
    QCOMPARE(gone.error, SecretStore::Error::NotFound);
    QCOMPARE(gone.key, QString());
    QCOMPARE(readNow(store, accountB).key, keyB);
    QCOMPARE(removeNow(store, accountB), SecretStore::Error::None);
}

// The file's permission bits as the kernel has them.
int unixMode(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void accountFor_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("account");
        QTest::newRow("cn") << QUrl(QStringLiteral("https://www.runninghub.cn")) << QStringLiteral("www.runninghub.cn");
        QTest::newRow("ai path") << QUrl(QStringLiteral("https://www.RunningHub.ai/x"))
                                 << QStringLiteral("www.runninghub.ai");
        QTest::newRow("sandbox port") << QUrl(QStringLiteral("http://127.0.0.1:43210"))
                                      << QStringLiteral("127.0.0.1:43210");
    }

    void accountFor()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, account);
        QCOMPARE(SecretStore::accountFor(url), account);
    }

    void memoryStore()
    {
        MemorySecretStore store;
        QCOMPARE(store.kind(), SecretStore::Kind::Memory);
        checkContract(store);
    }

    void fileStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/apikeys.json"));
        FileSecretStore store(path);
        QCOMPARE(store.kind(), SecretStore::Kind::PlainFile);
        checkContract(store);
        QVERIFY(!QFile::exists(path)); // the last key removed takes the file with it

        QCOMPARE(writeNow(store, accountA, keyA), SecretStore::Error::None);
        QCOMPARE(unixMode(path), 0600);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains(accountA.toUtf8()));
        QVERIFY(content.contains(keyA.toUtf8())); // plain text, as the opt-in warning says

        FileSecretStore again(path); // another instance (next start) reads the same file
        QCOMPARE(readNow(again, accountA).key, keyA);
    }

    void fileStoreTightensALooseFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("apikeys.json"));
        QFile loose(path);
        QVERIFY(loose.open(QIODevice::WriteOnly));
        loose.write("{}");
        loose.close();
        QVERIFY(loose.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        FileSecretStore store(path);
        QCOMPARE(writeNow(store, accountA, keyA), SecretStore::Error::None);
        QCOMPARE(unixMode(path), 0600);
    }

    void fileStoreMalformedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("apikeys.json"));
        QFile bad(path);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not json");
        bad.close();
        FileSecretStore store(path);
        QCOMPARE(readNow(store, accountA).error, SecretStore::Error::Failed);
        QCOMPARE(writeNow(store, accountA, keyA), SecretStore::Error::None); // saving a key repairs it
        QCOMPARE(readNow(store, accountA).key, keyA);
    }

    void fileStoreUnwritable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("apikeys.json"));
        QVERIFY(QDir().mkpath(path)); // a directory in the way
        FileSecretStore store(path);
        QCOMPARE(writeNow(store, accountA, keyA), SecretStore::Error::Failed);
    }

    void keychainErrorMapping_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<SecretStore::Error>("error");
        QTest::newRow("NoError") << 0 << SecretStore::Error::None;
        QTest::newRow("EntryNotFound") << 1 << SecretStore::Error::NotFound;
        QTest::newRow("CouldNotDeleteEntry") << 2 << SecretStore::Error::Failed;
        QTest::newRow("AccessDeniedByUser") << 3 << SecretStore::Error::AccessDenied;
        QTest::newRow("AccessDenied") << 4 << SecretStore::Error::AccessDenied;
        QTest::newRow("NoBackendAvailable") << 5 << SecretStore::Error::NoKeychain;
        QTest::newRow("NotImplemented") << 6 << SecretStore::Error::NoKeychain;
        QTest::newRow("OtherError (Unknown error, no Secret Service)") << 7 << SecretStore::Error::NoKeychain;
    }

    void keychainErrorMapping()
    {
        QFETCH(int, code);
        QFETCH(SecretStore::Error, error);
        QCOMPARE(KeychainSecretStore::mapError(code), error);
    }

    // With tests/support/with-keyring.sh (as tests/run-all.sh runs the suite) a gnome-keyring Secret Service is
    // running and the keychain must work; without one, every operation must end quickly with NoKeychain.
    void keychain()
    {
        const bool keyringStarted = qEnvironmentVariableIsSet("GNOME_KEYRING_CONTROL");
        KeychainSecretStore store(testService);
        QCOMPARE(store.kind(), SecretStore::Kind::Keychain);
        const SecretStore::Error probe = writeNow(store, accountA, keyA);
        if (probe == SecretStore::Error::NoKeychain) {
            QVERIFY2(!keyringStarted, "a Secret Service was started but the keychain did not answer");
            checkNoKeychain(store);
            return;
        }
        QCOMPARE(probe, SecretStore::Error::None);
        checkContract(store);
    }

    // The same without any D-Bus session, in a child process: QtKeychain's D-Bus connection is made once per
    // process, so the "nowhere" bus must be set before the first use.
    void keychainWithoutSessionBus()
    {
        if (qEnvironmentVariableIsSet("RHDESK_TEST_NO_BUS")) {
            KeychainSecretStore store(testService);
            checkNoKeychain(store);
            return;
        }
        QTemporaryDir dir;
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RHDESK_TEST_NO_BUS"), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=%1/no-bus").arg(dir.path()));
        env.remove(QStringLiteral("DISPLAY")); // no X11 autolaunch of a bus either
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("keychainWithoutSessionBus")});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestSecretStore::keychainWithoutSessionBus()"), output.constData());
    }

private:
    void checkNoKeychain(SecretStore &store)
    {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(writeNow(store, accountA, keyA), SecretStore::Error::NoKeychain);
        const Read read = readNow(store, accountA);
        QCOMPARE(read.error, SecretStore::Error::NoKeychain);
        QCOMPARE(read.key, QString());
        QCOMPARE(removeNow(store, accountA), SecretStore::Error::NoKeychain);
        QVERIFY2(timer.elapsed() < 5000, "a missing keychain must be reported quickly");
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
