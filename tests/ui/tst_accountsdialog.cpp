// Settings → Accounts…: add, rename, remove, the default, import/export without keys; every field labelled.
#include "accountsdialog.h"
#include "testenv.h"

#include "store/accountbook.h"
#include "store/appsettings.h"
#include "store/keymanager.h"
#include "store/secretstore.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace rh;

namespace {

const QString key = QStringLiteral("dialog-key-ccccccccccccccccccccc");

} // namespace

class TestAccountsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void manageAccounts()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        KeyManager keys(new MemorySecretStore, new MemorySecretStore, KeyStorage::Keychain);
        AccountBook book(&settings, &keys);
        AccountsDialog dialog(&book);
        dialog.show();
        const auto find = [&dialog](const char *name) { return dialog.findChild<QWidget *>(QLatin1String(name)); };
        for (const char *name :
             {"accountNameLineEdit", "accountSiteComboBox", "accountUrlLineEdit", "accountKeyLineEdit"}) {
            bool labelled = false;
            for (const QLabel *label : dialog.findChildren<QLabel *>())
                labelled = labelled || label->buddy() == find(name);
            QVERIFY2(labelled, name);
        }
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("accountsListWidget"));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("accountNameLineEdit"));
        auto *site = dialog.findChild<QComboBox *>(QStringLiteral("accountSiteComboBox"));
        auto *keyEdit = dialog.findChild<QLineEdit *>(QStringLiteral("accountKeyLineEdit"));
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addAccountButton"));
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);

        QTest::keyClicks(name, QStringLiteral("Studio"));
        QTest::keyClicks(keyEdit, key);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("(default)")));
        QVERIFY(keyEdit->text().isEmpty()); // the key left the dialog for the keychain
        const QString cn = book.accounts().constFirst().id;
        QCOMPARE(book.endpointFor(cn)->apiKey, key);

        name->setText(QStringLiteral("Overseas"));
        site->setCurrentIndex(1);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        list->setCurrentRow(1);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("defaultAccountButton")), Qt::LeftButton);
        QCOMPARE(book.defaultId(), book.accounts().at(1).id);
        list->setCurrentRow(1);
        name->setText(QStringLiteral("Overseas team"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("renameAccountButton")), Qt::LeftButton);
        QCOMPARE(book.accounts().at(1).name, QStringLiteral("Overseas team"));

        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        QVERIFY(dialog.exportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(key.toUtf8()));
        list->setCurrentRow(0);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeAccountButton")), Qt::LeftButton);
        QCOMPARE(book.accounts().size(), 1);
        QVERIFY(dialog.importFrom(path));
        QCOMPARE(book.accounts().size(), 3);
        QVERIFY(!dialog.importFrom(dir.filePath(QStringLiteral("s.ini"))));
        QVERIFY(dialog.sizeHint().height() <= 800);
    }

    void theFormsKeyBecomesAnAccount()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        KeyManager keys(new MemorySecretStore, new MemorySecretStore, KeyStorage::Keychain);
        AccountBook book(&settings, &keys);
        AccountsDialog dialog(&book);
        dialog.suggest(QUrl(QStringLiteral("http://127.0.0.1:8080")), key);
        auto *site = dialog.findChild<QComboBox *>(QStringLiteral("accountSiteComboBox"));
        QCOMPARE(site->currentIndex(), site->count() - 1); // a custom server
        dialog.findChild<QLineEdit *>(QStringLiteral("accountNameLineEdit"))->setText(QStringLiteral("Proxy"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addAccountButton")), Qt::LeftButton);
        QCOMPARE(book.accounts().size(), 1);
        const Account account = book.accounts().constFirst();
        QCOMPARE(account.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(book.endpointFor(account.id)->apiKey, key);
        QVERIFY(!settings.accountsJson().contains(key));
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
