// When the database cannot be opened, the window says so in a dialog naming the file and what to do, and still
// runs what it can: the form and the run button stay usable.
#include "errortext.h"
#include "testenv.h"
#include "windowfixture.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QtTest>

using namespace rh;

class TestStorageProblem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void sentences_data()
    {
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no driver") << int(StorageProblem::NoSqliteDriver) << QStringLiteral("libqt6sql6-sqlite");
        QTest::newRow("cannot open") << int(StorageProblem::CannotOpen) << QStringLiteral("/srv/h/rhdesk.sqlite");
        QTest::newRow("too new") << int(StorageProblem::TooNew) << QStringLiteral("newer rhdesk");
        QTest::newRow("damaged") << int(StorageProblem::Damaged) << QStringLiteral("Keep a copy");
    }

    void sentences()
    {
        QFETCH(int, problem);
        QFETCH(QString, expected);
        const QString sentence = ErrorText::forStorage(StorageProblem(problem), QStringLiteral("/srv/h/rhdesk.sqlite"));
        QVERIFY2(sentence.contains(expected), qPrintable(sentence));
        QVERIFY(ErrorText::forStorage(StorageProblem::None, QString()).isEmpty());
    }

    void anUnopenableDatabaseIsADialogAndTheFormStillWorks()
    {
        test::WindowFixture f;
        // A folder where the database file should be: SQLite cannot open it.
        QVERIFY(QDir().mkpath(f.config().paths.databaseFile));
        QVERIFY(f.open());
        QCOMPARE(f.services->storageProblem(), StorageProblem::CannotOpen);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = f.find<QMessageBox>("storageProblemDialog")) && box->isVisible());
        QVERIFY2(box->text().contains(f.config().paths.databaseFile), qPrintable(box->text()));
        QVERIFY(f.find<QPushButton>("submitButton") != nullptr);
        box->accept();
        QTRY_VERIFY(!f.find<QMessageBox>("storageProblemDialog"));
    }

    void anOpenDatabaseShowsNoDialog()
    {
        test::WindowFixture f;
        QVERIFY(f.open());
        QCOMPARE(f.services->storageProblem(), StorageProblem::None);
        QApplication::processEvents();
        QVERIFY(!f.find<QMessageBox>("storageProblemDialog"));
    }
};

QTEST_MAIN(TestStorageProblem)
#include "tst_storageproblem.moc"
