// The account figure in the status bar, the guardrails in Settings and the question before a costly batch, in the
// real window on a real sandbox.
#include "formdriver.h"
#include "queuefixture.h"
#include "testenv.h"
#include "windowfixture.h"

#include "accountstatuslabel.h"
#include "displayformat.h"
#include "queue/costconfirm.h"
#include "queue/queueview.h"
#include "settingsdialog.h"

#include "session/accountmonitor.h"
#include "store/appsettings.h"
#include "task/runqueue.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QtTest>

using namespace rh;

Q_DECLARE_METATYPE(std::optional<rh::AccountStatus>)

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString accountPath = QStringLiteral("/uc/openapi/accountStatus");
constexpr int Wait = 20000;

AccountStatus status(std::optional<qint64> coins, std::optional<int> running, std::optional<QString> money = {},
                     std::optional<QString> currency = {})
{
    AccountStatus out;
    out.remainCoins = coins;
    out.currentTaskCounts = running;
    out.remainMoney = money;
    out.currency = currency;
    return out;
}

bool labelledByBuddy(QWidget *root, QWidget *field, const QString &text)
{
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() == field)
            return label->text().remove(QLatin1Char('&')).startsWith(text);
    }
    return false;
}

} // namespace

class TestAccountStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void cleanup() { DisplayFormat::setSandbox(false); }

    void text_data()
    {
        QTest::addColumn<std::optional<AccountStatus>>("status");
        QTest::addColumn<bool>("sandbox");
        QTest::addColumn<QString>("text");
        QTest::newRow("nothing yet") << std::optional<AccountStatus>() << false
                                     << QStringLiteral("— RH coins · — running");
        QTest::newRow("consumer") << std::optional<AccountStatus>(status(1234, 2)) << false
                                  << QStringLiteral("1,234 RH coins · 2 running");
        QTest::newRow("enterprise") << std::optional<AccountStatus>(
                                           status(1234, 0, QStringLiteral("88.88"), QStringLiteral("CNY")))
                                    << false << QStringLiteral("1,234 RH coins · 0 running · CNY 88.88");
        QTest::newRow("zero is shown as zero")
            << std::optional<AccountStatus>(status(0, 0)) << false << QStringLiteral("0 RH coins · 0 running");
        QTest::newRow("missing fields are dashes") << std::optional<AccountStatus>(status(std::nullopt, 3)) << false
                                                   << QStringLiteral("— RH coins · 3 running");
        QTest::newRow("money without a currency")
            << std::optional<AccountStatus>(status(5, std::nullopt, QStringLiteral("1.50"))) << false
            << QStringLiteral("5 RH coins · — running · 1.50");
        QTest::newRow("sandbox: simulated")
            << std::optional<AccountStatus>(status(1234, 2, QStringLiteral("88.88"), QStringLiteral("usd"))) << true
            << QStringLiteral("1,234 RH coins · 2 running · $88.88 (simulated)");
        QTest::newRow("sandbox, nothing yet")
            << std::optional<AccountStatus>() << true << QStringLiteral("— RH coins · — running (simulated)");
    }
    void text()
    {
        QFETCH(std::optional<AccountStatus>, status);
        QFETCH(bool, sandbox);
        DisplayFormat::setSandbox(sandbox);
        QTEST(AccountStatusLabel::textFor(status), "text");
    }

    void statusBarShowsTheAccount()
    {
        test::WindowFixture f;
        QVERIFY(f.open());
        auto *label = f.find<QLabel>("accountStatusLabel");
        QVERIFY(label);
        QCOMPARE(label->accessibleDescription(), QStringLiteral("Account status"));
        QVERIFY(f.window->statusBar()->isAncestorOf(label));
        // The sandbox's demo key is an enterprise key with 10,000 coins.
        QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("10,000 RH coins · 0 running · CNY 88.88"), Wait);
        QCOMPARE(label->accessibleName(), label->text()); // a value label keeps its value as its name
        QCOMPARE(f.sandbox.requestCount(accountPath), 1);
        QVERIFY(!f.sandbox.lastRequestBody(accountPath).contains("apiKey")); // lower-case apikey only
    }

    void sandboxFiguresAreSimulated()
    {
        test::WindowFixture f;
        f.sandboxMode = true; // as `rhdesk --sandbox`: nothing there costs money
        QVERIFY(f.open());
        auto *label = f.find<QLabel>("accountStatusLabel");
        QVERIFY(label);
        QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("10,000 RH coins · 0 running · CNY 88.88 (simulated)"),
                                  Wait);
        QCOMPARE(label->accessibleName(), label->text());
    }

    void guardrailsInSettings()
    {
        test::WindowFixture f;
        QVERIFY(f.open());
        SettingsDialog dialog(&f.services->settings(), true, f.window.get());
        auto *cap = dialog.findChild<QSpinBox *>(QStringLiteral("batchCapSpinBox"));
        auto *floor = dialog.findChild<QSpinBox *>(QStringLiteral("balanceFloorSpinBox"));
        auto *confirm = dialog.findChild<QSpinBox *>(QStringLiteral("confirmAboveSpinBox"));
        QVERIFY(cap && floor && confirm);
        QVERIFY(labelledByBuddy(&dialog, cap, QStringLiteral("Batch cap")));
        QVERIFY(labelledByBuddy(&dialog, floor, QStringLiteral("Balance floor")));
        QVERIFY(labelledByBuddy(&dialog, confirm, QStringLiteral("Ask before")));
        QCOMPARE(cap->text(), QStringLiteral("No cap"));
        QCOMPARE(confirm->value(), 1000);
        cap->setValue(500);
        floor->setValue(100);
        dialog.accept();
        AppSettings &settings = f.services->settings();
        QCOMPARE(settings.coinsLimit(AppSettings::Key::BatchCapCoins), qint64(500));
        QCOMPARE(settings.coinsLimit(AppSettings::Key::BalanceFloorCoins), qint64(100));
        // New batches get the cap.
        BatchRecord batch;
        batch.server = f.services->connection()->server();
        const qint64 id = f.services->queue()->addBatch(batch, {test::textJob(batch.server, QStringLiteral("x"))});
        QCOMPARE(f.services->queue()->batch(id)->capCoins, qint64(500));
        QVERIFY(dialog.sizeHint().height() <= 800);
    }

    void costlyBatchAsksFirst()
    {
        test::WindowFixture f;
        QVERIFY(f.open());
        f.services->settings().setCoinsLimit(AppSettings::Key::ConfirmAboveCoins, 5);
        test::pasteAppLink(f, textApp);
        f.find<QTabWidget>("rightTabWidget")->setCurrentIndex(RightPanel::QueueTab);
        auto *times = f.find<QSpinBox>("runTimesSpinBox");
        auto *add = f.find<QPushButton>("addToQueueButton");
        // No past runs: no estimate, no question.
        const int asked = CostConfirm::askedCount();
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(f.services->queue()->counts().succeeded, 1, Wait);
        QCOMPARE(CostConfirm::askedCount(), asked);
        // One run cost 2 coins: five are about 10, above 5. "No" queues nothing.
        times->setValue(5);
        CostConfirm::setNextAnswer(false);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(CostConfirm::askedCount(), asked + 1);
        QCOMPARE(f.services->queue()->jobs().size(), 1);
        CostConfirm::setNextAnswer(true);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(CostConfirm::askedCount(), asked + 2);
        QCOMPARE(f.services->queue()->jobs().size(), 6);
        // Two runs (4 coins) stay under the threshold: no question.
        times->setValue(2);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(CostConfirm::askedCount(), asked + 2);
        QCOMPARE(f.services->queue()->jobs().size(), 8);
    }
};

QTEST_MAIN(TestAccountStatus)
#include "tst_accountstatus.moc"
