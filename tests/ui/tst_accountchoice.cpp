// The form's account selector: the bare key box for none or one account, "Account" with two or more; choosing an
// account sends the next run to that account's site with that account's key, and no key reaches a file.
#include "formdriver.h"
#include "testenv.h"
#include "windowfixture.h"

#include "session/connection.h"
#include "store/accountbook.h"
#include "store/appsettings.h"
#include "store/historystore.h"

#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
const QString keyA = QStringLiteral("choice-key-aaaaaaaaaaaaaaaaaaaaa");
const QString keyB = QStringLiteral("choice-key-bbbbbbbbbbbbbbbbbbbbb");
constexpr int Wait = 20000;

QString buddyText(QWidget *root, QWidget *field)
{
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() == field)
            return label->text();
    }
    return {};
}

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

class TestAccountChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void chosenAccountGetsTheRun()
    {
        test::WindowFixture f;
        f.fixedServer = false; // accounts are offered only when the server is not fixed
        QVERIFY(f.open());
        SandboxServer other;
        QVERIFY(other.start());
        other.setTimings(0, 0);
        f.sandbox.addKey(keyA, 3, 10000, true);
        other.addKey(keyB, 3, 10000, true);
        QWidget *window = f.window.get();
        auto *combo = f.find<QComboBox>("accountComboBox");
        auto *keyEdit = f.find<QLineEdit>("apiKeyLineEdit");
        auto *site = f.find<QComboBox>("siteComboBox");
        QVERIFY(combo && keyEdit && site);

        // None or one account: the bare key box, as for a first-time user.
        QVERIFY(!combo->isVisibleTo(window));
        QVERIFY(keyEdit->isVisibleTo(window));
        AccountBook *book = f.services->accountBook();
        const QString a = book->add(QStringLiteral("Studio A"), f.sandbox.baseUrl(), keyA);
        QVERIFY(!combo->isVisibleTo(window));
        const QString b = book->add(QStringLiteral("Studio B"), other.baseUrl(), keyB);

        // Two: the accounts instead of the key box and the site.
        QVERIFY(combo->isVisibleTo(window));
        QVERIFY(!keyEdit->isVisibleTo(window));
        QVERIFY(!site->isVisibleTo(window));
        QCOMPARE(buddyText(window, combo), QStringLiteral("&Account:"));
        QCOMPARE(combo->accessibleName(), QStringLiteral("Account"));
        QCOMPARE(combo->count(), 2);
        QVERIFY(combo->itemText(1).startsWith(QStringLiteral("Studio B — 127.0.0.1:")));
        Connection *connection = f.services->connection();
        QCOMPARE(combo->currentData().toString(), a); // the default is in use
        QTRY_COMPARE(connection->apiKey(), keyA);

        // Choose B with the keyboard, load the app and run: B's site, B's key.
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentData().toString(), b);
        QCOMPARE(connection->accountId(), b);
        QCOMPARE(connection->baseUrl(), other.baseUrl());
        QTRY_COMPARE(connection->apiKey(), keyB);
        const int runsOnA = f.sandbox.requestCount(runPath);
        test::pasteAppLink(f, textApp);
        if (QTest::currentTestFailed())
            return;
        test::clickRun(f);
        QTRY_COMPARE_WITH_TIMEOUT(other.taskCount(keyB), 1, Wait);
        QCOMPARE(other.taskCount(), 1);
        QVERIFY(other.lastRequestBody(runPath).contains(keyB.toUtf8()));
        QCOMPARE(f.sandbox.requestCount(runPath), runsOnA);
        QCOMPARE(f.sandbox.taskCount(), 0);
        HistoryFilter onB;
        onB.server = Endpoint::serverOf(other.baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(f.services->history()->count(onB), 1, Wait);

        // Back to A: the key box stays hidden and A's key is used again.
        QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(connection->accountId(), a);
        QTRY_COMPARE(connection->apiKey(), keyA);

        // An account without a key here: Run says where to give it one (its key box is not shown).
        const QString c = book->add(QStringLiteral("Studio C"), other.baseUrl());
        QCOMPARE(combo->count(), 3);
        QTest::keyClick(combo, Qt::Key_End);
        QCOMPARE(connection->accountId(), c);
        QVERIFY(connection->apiKey().isEmpty());
        // Run is offered again once B's task has ended and its results are saved (slow under a loaded machine).
        QTRY_VERIFY_WITH_TIMEOUT(f.find<QPushButton>("submitButton")->isEnabled(), Wait);
        test::clickRun(f);
        auto *problems = f.find<QListWidget>("nodeErrorsListWidget");
        QVERIFY(problems);
        QTRY_COMPARE(problems->count(), 1);
        QCOMPARE(problems->item(0)->text(),
                 QStringLiteral("This account has no API key on this computer. Give it one in File → Accounts…."));
        QCOMPARE(other.taskCount(), 1);

        // The keys are kept where keys are kept (here: memory), in no file of the data folder.
        QVERIFY(f.services->settings().sync());
        QCOMPARE(filesHolding(f.dir.path(), keyA), QStringList());
        QCOMPARE(filesHolding(f.dir.path(), keyB), QStringList());
    }
};

QTEST_MAIN(TestAccountChoice)
#include "tst_accountchoice.moc"
