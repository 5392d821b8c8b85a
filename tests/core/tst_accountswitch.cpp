// Which account the session talks as: none with fewer than two accounts (the form's key box, the settings' site),
// the default with two or more, the chosen one after, the default again when the chosen one goes; never while the
// server is fixed.
#include "testenv.h"

#include "session/accountswitch.h"
#include "session/connection.h"
#include "store/accountbook.h"
#include "store/appsettings.h"
#include "store/keymanager.h"
#include "store/secretstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace rh;

namespace {

const QString keyA = QStringLiteral("switch-key-aaaaaaaaaaaaaaaaaaaaa");
const QString keyB = QStringLiteral("switch-key-bbbbbbbbbbbbbbbbbbbbb");
const QString siteKey = QStringLiteral("switch-key-sssssssssssssssssssss");
const QUrl urlA(QStringLiteral("https://a.example.com"));
const QUrl urlB(QStringLiteral("http://127.0.0.1:4567"));

struct Session
{
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    KeyManager keys{new MemorySecretStore, new MemorySecretStore, KeyStorage::Keychain};
    std::unique_ptr<Connection> connection;
    std::unique_ptr<AccountBook> book;
    std::unique_ptr<AccountSwitch> accounts;

    explicit Session(const Connection::Fixed &fixed = {})
    {
        settings.setSite(Site::Cn);
        connection = std::make_unique<Connection>(&settings, &keys, fixed);
        book = std::make_unique<AccountBook>(&settings, &keys);
        accounts = std::make_unique<AccountSwitch>(book.get(), connection.get());
    }
};

} // namespace

class TestAccountSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void twoAccountsOrMoreAreChosenFrom()
    {
        Session s;
        s.connection->setRememberKey(true);
        s.connection->setApiKey(siteKey);
        QVERIFY(!s.accounts->offersChoice());
        const QString a = s.book->add(QStringLiteral("A"), urlA, keyA);
        // One account: still the settings' site and the key typed in the form.
        QVERIFY(!s.accounts->offersChoice());
        QVERIFY(s.connection->accountId().isEmpty());
        QCOMPARE(s.connection->baseUrl(), AppSettings::siteUrl(Site::Cn));

        QSignalSpy changed(s.accounts.get(), &AccountSwitch::changed);
        const QString b = s.book->add(QStringLiteral("B"), urlB, keyB);
        QVERIFY(s.accounts->offersChoice());
        QVERIFY(!changed.isEmpty());
        // The default (the first added) is in use: its site, its key.
        QCOMPARE(s.accounts->currentId(), a);
        QCOMPARE(s.connection->baseUrl(), urlA);
        QCOMPARE(s.connection->site(), Site::Custom);
        QTRY_COMPARE(s.connection->apiKey(), keyA);

        QVERIFY(s.accounts->choose(b));
        QCOMPARE(s.connection->accountId(), b);
        QCOMPARE(s.connection->server(), Endpoint::serverOf(urlB));
        QTRY_COMPARE(s.connection->apiKey(), keyB);
        QVERIFY(!s.accounts->choose(QStringLiteral("no such account")));
        QCOMPARE(s.connection->accountId(), b);

        // A rename keeps the account in use; removing it falls back to the default.
        QVERIFY(s.book->rename(b, QStringLiteral("B2")));
        QCOMPARE(s.connection->accountId(), b);
        QVERIFY(s.book->remove(b));
        // One left: back to the settings' site and its own key.
        QVERIFY(!s.accounts->offersChoice());
        QVERIFY(s.connection->accountId().isEmpty());
        QCOMPARE(s.connection->baseUrl(), AppSettings::siteUrl(Site::Cn));
        QTRY_COMPARE(s.connection->apiKey(), siteKey);
    }

    void theDefaultReplacesARemovedChoice()
    {
        Session s;
        const QString a = s.book->add(QStringLiteral("A"), urlA, keyA);
        const QString b = s.book->add(QStringLiteral("B"), urlB, keyB);
        const QString c = s.book->add(QStringLiteral("C"), AppSettings::siteUrl(Site::Ai));
        QVERIFY(s.accounts->choose(c));
        QCOMPARE(s.connection->site(), Site::Ai);
        QVERIFY(s.connection->apiKey().isEmpty()); // no key given to C yet
        s.book->setKey(c, keyB);
        QTRY_COMPARE(s.connection->apiKey(), keyB); // given in Accounts… while in use
        s.book->setKey(c, keyA);
        QTRY_COMPARE(s.connection->apiKey(), keyA); // and replaced there: runs go out with the new key
        QVERIFY(s.book->setDefault(b));
        QVERIFY(s.book->remove(c));
        QCOMPARE(s.connection->accountId(), b);
        QTRY_COMPARE(s.connection->apiKey(), keyB);
        // A site chosen by other means does not leave the accounts.
        s.connection->setSite(Site::Cn);
        QCOMPARE(s.connection->accountId(), b);
        Q_UNUSED(a)
    }

    void startsOnTheDefault()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        KeyManager keys(new MemorySecretStore, new MemorySecretStore, KeyStorage::Keychain);
        QString b;
        {
            AppSettings settings(ini);
            AccountBook book(&settings, &keys);
            book.add(QStringLiteral("A"), urlA, keyA);
            b = book.add(QStringLiteral("B"), urlB, keyB);
            QVERIFY(book.setDefault(b));
        }
        AppSettings settings(ini);
        Connection connection(&settings, &keys);
        AccountBook book(&settings, &keys);
        book.loadKeys();
        AccountSwitch accounts(&book, &connection);
        QCOMPARE(connection.accountId(), b);
        QTRY_COMPARE(connection.apiKey(), keyB);
        QVERIFY(!settings.fileName().isEmpty());
        QVERIFY(settings.sync());
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(keyB.toUtf8())); // keys stay in the keychain
    }

    void neverWhileFixed()
    {
        Session s({urlA, {}, {}, QStringLiteral("fixed")});
        s.book->add(QStringLiteral("A"), urlA, keyA);
        s.book->add(QStringLiteral("B"), urlB, keyB);
        QVERIFY(!s.accounts->offersChoice());
        QVERIFY(s.connection->accountId().isEmpty());
        QCOMPARE(s.connection->baseUrl(), urlA);
    }
};

QTEST_MAIN(TestAccountSwitch)
#include "tst_accountswitch.moc"
