// Named accounts: add, rename, remove, the default, kept across a restart without their keys, import/export without
// keys; two accounts on two sandbox sites, each run on its own account's site with its own key.
#include "queuefixture.h"
#include "testenv.h"

#include "sandbox/sandboxserver.h"
#include "store/accountbook.h"
#include "store/appsettings.h"
#include "store/keymanager.h"
#include "store/secretstore.h"
#include "task/runqueue.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace rh;

namespace {

const QString keyA = QStringLiteral("studio-key-aaaaaaaaaaaaaaaaaaaaa");
const QString keyB = QStringLiteral("studio-key-bbbbbbbbbbbbbbbbbbbbb");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
constexpr int Wait = 30000;

/// Every file under @p folder that holds @p secret.
QStringList filesHolding(const QString &folder, const QString &secret)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret.toUtf8()))
            found.append(file.fileName());
    }
    return found;
}

} // namespace

class TestAccountBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void addRenameRemoveAndTheDefault()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        KeyManager keys(new MemorySecretStore, new MemorySecretStore, KeyStorage::Keychain);
        QString cn;
        QString ai;
        {
            AppSettings settings(ini);
            AccountBook book(&settings, &keys);
            QSignalSpy changed(&book, &AccountBook::changed);
            QVERIFY(book.add(QStringLiteral("Bad"), QUrl(QStringLiteral("ftp://example.com"))).isEmpty());
            cn = book.add(QStringLiteral("Studio"), AppSettings::siteUrl(Site::Cn), keyA);
            ai = book.add(QStringLiteral("studio"), AppSettings::siteUrl(Site::Ai), keyB);
            QCOMPARE(book.accounts().size(), 2);
            QCOMPARE(book.account(ai)->name, QStringLiteral("studio (2)")); // names are told apart
            QCOMPARE(book.defaultId(), cn);                                 // the first one
            QVERIFY(book.rename(ai, QStringLiteral("Studio .ai")));
            QVERIFY(book.setDefault(ai));
            QVERIFY(!book.setDefault(QStringLiteral("nobody")));
            QVERIFY(changed.count() >= 4);
            QCOMPARE(book.endpointFor(cn)->apiKey, keyA);
            QCOMPARE(book.endpointFor(ai)->baseUrl, AppSettings::siteUrl(Site::Ai));
            QVERIFY(settings.sync());
        }
        QVERIFY(filesHolding(dir.path(), keyA).isEmpty()); // the settings hold names and sites only
        AppSettings settings(ini);
        AccountBook again(&settings, &keys);
        QCOMPARE(again.accounts().size(), 2);
        QCOMPARE(again.defaultId(), ai);
        QCOMPARE(again.account(ai)->name, QStringLiteral("Studio .ai"));
        QVERIFY(again.remove(ai));
        QCOMPARE(again.defaultId(), cn); // another one becomes the default
        QTRY_VERIFY(keys.sessionKey(Account{ai, {}, AppSettings::siteUrl(Site::Ai)}.keyAccount()).isEmpty());
        QVERIFY(!again.endpointFor(ai));
    }

    void exportAndImportWithoutKeys()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("a.ini")));
        KeyManager keys(new MemorySecretStore, new MemorySecretStore, KeyStorage::Keychain);
        AccountBook book(&settings, &keys);
        const QString id =
            book.add(QStringLiteral("Proxy"), QUrl(QStringLiteral("https://proxy.example.com/rh")), keyA);
        const QByteArray exported = book.exportJson();
        QVERIFY(!exported.contains(keyA.toUtf8()));
        QVERIFY(!exported.contains(id.toUtf8()));
        QVERIFY(exported.contains("https://proxy.example.com/rh"));

        AppSettings other(dir.filePath(QStringLiteral("b.ini")));
        KeyManager otherKeys(new MemorySecretStore, new MemorySecretStore, KeyStorage::Keychain);
        AccountBook imported(&other, &otherKeys);
        QCOMPARE(imported.importJson("{\"accounts\": []}"), -1);
        QCOMPARE(imported.importJson("not json"), -1);
        QCOMPARE(imported.importJson(exported), 1);
        const Account account = imported.accounts().constFirst();
        QCOMPARE(account.name, QStringLiteral("Proxy"));
        QCOMPARE(account.baseUrl, QUrl(QStringLiteral("https://proxy.example.com/rh")));
        QVERIFY(!imported.endpointFor(account.id)); // the key must be typed again
    }

    void twoAccountsOnTwoSites()
    {
        SandboxServer siteA;
        SandboxServer siteB;
        QVERIFY(siteA.start() && siteB.start());
        siteA.setTimings(0, 60);
        siteB.setTimings(0, 60);
        siteA.addKey(keyA, 3, 10000);
        siteB.addKey(keyB, 3, 10000, true);
        QTemporaryDir dir;
        auto services = test::makeQueueServices(dir.path(), siteA.baseUrl(), SandboxServer::demoApiKey(), 2);
        AccountBook *book = services->accountBook();
        const QString a = book->add(QStringLiteral("Consumer"), siteA.baseUrl(), keyA);
        const QString b = book->add(QStringLiteral("Enterprise"), siteB.baseUrl(), keyB);
        QList<JobSpec> specs;
        for (int i = 1; i <= 6; ++i) {
            const Account account = *book->account(i % 2 ? a : b);
            JobSpec spec = test::textJob(account.server(), QStringLiteral("job %1").arg(i));
            spec.account = account.id;
            specs.append(spec);
        }
        RunQueue *queue = services->queue();
        queue->start();
        QCOMPARE(queue->add(specs).size(), 6);
        QTRY_COMPARE_WITH_TIMEOUT(queue->counts().succeeded, 6, Wait);
        // Each site saw its own account's runs, with its own key, and no other.
        QCOMPARE(siteA.taskCount(keyA), 3);
        QCOMPARE(siteA.taskCount(), 3);
        QCOMPARE(siteB.taskCount(keyB), 3);
        QCOMPARE(siteB.taskCount(), 3);
        QVERIFY(siteA.lastRequestBody(runPath).contains(keyA.toUtf8()));
        QVERIFY(siteB.lastRequestBody(runPath).contains(keyB.toUtf8()));
        const QHash<QString, int> promptsA = siteA.taskCountByPrompt();
        QCOMPARE(promptsA.value(QStringLiteral("job 1")), 1);
        QCOMPARE(promptsA.value(QStringLiteral("job 2")), 0);
        QCOMPARE(siteB.taskCountByPrompt().value(QStringLiteral("job 2")), 1);
        // No key in any file of the session (keys here live in memory: no keychain file, no opt-in file).
        services->settings().sync();
        QVERIFY2(filesHolding(dir.path(), keyA).isEmpty(), qPrintable(filesHolding(dir.path(), keyA).join(u',')));
        QVERIFY(filesHolding(dir.path(), keyB).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountBook)
#include "tst_accountbook.moc"
