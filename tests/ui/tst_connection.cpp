// The server and the key live in one place (Connection): what the user types or chooses in the window reaches every
// call — app loads, uploads, runs — without anyone passing it on by hand.
#include "form/nodetablemodel.h"
#include "formdriver.h"
#include "testenv.h"
#include "windowfixture.h"

#include "session/connection.h"
#include "session/services.h"
#include "store/appsettings.h"
#include "store/historystore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString imageApp = QStringLiteral("1894010498277093377");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
const QString uploadPath = QStringLiteral("/task/openapi/upload");
const QString demoPath = QStringLiteral("/api/webapp/apiCallDemo");
const QString otherKey = QStringLiteral("ffffffffffffffffffffffffffffffff");

void typeKey(test::WindowFixture &f, const QString &key)
{
    auto *edit = f.find<QLineEdit>("apiKeyLineEdit");
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, key);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void typedKeyReachesLoadsUploadsAndRuns()
    {
        test::WindowFixture f;
        test::pasteAppLink(f, imageApp);
        if (QTest::currentTestFailed())
            return;
        typeKey(f, otherKey);
        QCOMPARE(f.services->connection()->apiKey(), otherKey);

        // An upload and a run go out with the key just typed (the sandbox refuses it, which proves it).
        NodeTableModel *model = test::nodeModel(f);
        const int imageRow = test::rowOf(model, QStringLiteral("image"));
        test::dropFile(f, imageRow, test::writeImage(f.dir.filePath(QStringLiteral("k.png")), Qt::red));
        QTRY_COMPARE(f.sandbox.requestCount(uploadPath), 1);
        QVERIFY(f.sandbox.lastRequestBody(uploadPath).contains(otherKey.toUtf8()));
        QTRY_COMPARE(model->uploadState(imageRow), NodeTableModel::Upload::Failed);
        model->setFieldValue(imageRow, QStringLiteral("api/typed.png"));
        test::clickRun(f);
        QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
        QVERIFY(f.sandbox.lastRequestBody(runPath).contains(otherKey.toUtf8()));
        QVERIFY(!f.sandbox.lastRequestBody(runPath).contains(SandboxServer::demoApiKey().toUtf8()));

        // Loading another app asks with it too, and says what is wrong with it.
        f.find<QLineEdit>("webappIdLineEdit")->setText(textApp);
        QTest::mouseClick(f.find<QPushButton>("loadAppButton"), Qt::LeftButton);
        QTRY_VERIFY(f.find<QLabel>("appStatusLabel")->text().contains(QLatin1String("key")));

        typeKey(f, SandboxServer::demoApiKey());
        QTest::mouseClick(f.find<QPushButton>("loadAppButton"), Qt::LeftButton);
        QTRY_VERIFY(f.find<QLabel>("appNameLabel")->text().contains(QLatin1String("Text to image")));
    }

    void anotherServerReachesLoadsUploadsAndRuns()
    {
        test::WindowFixture f;
        f.fixedServer = false;
        test::pasteAppLink(f, imageApp);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(f.sandbox.requestCount(demoPath), 1);
        test::clickRun(f);
        QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
        QTRY_COMPARE(f.services->history()->count(), 1);

        // Settings → another custom server, as the Settings dialog's OK does.
        SandboxServer other;
        QVERIFY(other.start());
        f.services->settings().setCustomBaseUrl(other.baseUrl().toString());
        f.services->connection()->reloadSettings();
        QCOMPARE(f.services->connection()->baseUrl(), other.baseUrl());
        QVERIFY(f.find<QLineEdit>("apiKeyLineEdit")->text().isEmpty()); // keys are per server
        typeKey(f, SandboxServer::demoApiKey());

        // The history shows this server's runs only.
        auto *count = f.find<QLabel>("historyCountLabel");
        QVERIFY(count);
        QTRY_VERIFY2(count->text().startsWith(QLatin1String("0 run")), qPrintable(count->text()));

        QTest::mouseClick(f.find<QPushButton>("loadAppButton"), Qt::LeftButton);
        QTRY_COMPARE(other.requestCount(demoPath), 1);
        NodeTableModel *model = test::nodeModel(f);
        const int imageRow = test::rowOf(model, QStringLiteral("image"));
        test::dropFile(f, imageRow, test::writeImage(f.dir.filePath(QStringLiteral("s.png")), Qt::blue));
        QTRY_COMPARE(model->uploadState(imageRow), NodeTableModel::Upload::Done);
        QCOMPARE(other.requestCount(uploadPath), 1);
        test::clickRun(f);
        QTRY_COMPARE(other.requestCount(runPath), 1);
        QCOMPARE(f.sandbox.requestCount(demoPath), 1);
        QCOMPARE(f.sandbox.requestCount(uploadPath), 0);
        QCOMPARE(f.sandbox.requestCount(runPath), 1);
    }
};

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
