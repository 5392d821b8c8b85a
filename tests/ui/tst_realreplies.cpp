// Replies shaped like the real RunningHub service's (tests/data/real), shown through the real window: a nameless
// app, CKPT and LORA inputs with their node's tooltip, a prompt that starts with blank lines, and an 805 with its
// code.
#include "errortext.h"
#include "form/nodetablemodel.h"
#include "form/requestform.h"
#include "formdriver.h"
#include "testenv.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString demoPath = QStringLiteral("/api/webapp/apiCallDemo");
const QString outputsPath = QStringLiteral("/task/openapi/outputs");
const QString appId = QStringLiteral("2031457790664018946");
constexpr int Long = 60000;

/// Opens the window and loads app `appId` whose apiCallDemo reply is the body in tests/data/real.
void loadRecordedApp(test::WindowFixture &f, const QString &file)
{
    QVERIFY(f.open());
    // The covers point at the sandbox, where they are not found: a test never reaches the internet.
    QByteArray body = test::readData(file);
    body.replace("https://rh-images.xiaoyaoyou.com/", f.sandbox.baseUrl().toString().toUtf8() + "/nowhere/");
    f.sandbox.replyNext(demoPath, body);
    test::typeAppId(f, appId);
}

QString cellText(test::WindowFixture &f, int row, int role = Qt::DisplayRole)
{
    QAbstractItemModel *model = f.find<QTableView>("nodeTableView")->model();
    return model->index(row, NodeTableModel::ValueColumn).data(role).toString();
}

} // namespace

class TestRealReplies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void namelessAppShowsItsId();
    void ckptAndLoraShowTheirTooltip();
    void promptStartingWithBlankLines();
    void failure805ShowsItsCode_data();
    void failure805ShowsItsCode();
};

void TestRealReplies::namelessAppShowsItsId()
{
    test::WindowFixture f;
    loadRecordedApp(f, QStringLiteral("real/apicalldemo-no-webappname.json"));
    if (QTest::currentTestFailed())
        return;
    auto *header = f.find<QLabel>("appNameLabel");
    QCOMPARE(header->text(), QStringLiteral("App %1").arg(appId));
    QCOMPARE(header->accessibleName(), header->text());
    QCOMPARE(test::nodeModel(f)->rowCount(), 3);
    // The app keeps no made-up name: history and presets fall back to the id on their own.
    QVERIFY(f.window->findChild<RequestForm *>()->appInfo().name.isEmpty());
}

void TestRealReplies::ckptAndLoraShowTheirTooltip()
{
    test::WindowFixture f;
    loadRecordedApp(f, QStringLiteral("real/apicalldemo-ckpt-lora.json"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(f.find<QLabel>("appNameLabel")->text(), QString::fromUtf8("水彩人像 LoRA 文生图"));
    const QString ckptHint = QStringLiteral("Which checkpoint file the workflow loads.");
    QCOMPARE(cellText(f, 0), QStringLiteral("realistic_portrait_v3.safetensors"));
    QCOMPARE(cellText(f, 0, Qt::ToolTipRole), ckptHint);
    QCOMPARE(cellText(f, 1, Qt::ToolTipRole), QStringLiteral("Which LoRA file is laid over the model."));

    auto *ckpt = qobject_cast<QLineEdit *>(test::openEditor(f, 0));
    QVERIFY(ckpt);
    QCOMPARE(ckpt->objectName(), QStringLiteral("textValueEditor")); // an unknown type is edited as text
    QCOMPARE(ckpt->text(), QStringLiteral("realistic_portrait_v3.safetensors"));
    QCOMPARE(ckpt->toolTip(), ckptHint);
    QCOMPARE(ckpt->placeholderText(), ckptHint);
    QCOMPARE(ckpt->accessibleName(), QStringLiteral("Base model"));
}

void TestRealReplies::promptStartingWithBlankLines()
{
    test::WindowFixture f;
    // An app's detail: name/inputNodes, instanceType "lite", LIST in ComfyUI combo form, a prompt after two "\n".
    loadRecordedApp(f, QStringLiteral("real/webapp-detail-lite.json"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(f.find<QLabel>("appNameLabel")->text(), QString::fromUtf8("节气海报 · 文生图"));
    QCOMPARE(f.find<QComboBox>("instanceTypeComboBox")->currentData().toString(), QStringLiteral("default"));

    const QString prompt = test::nodeModel(f)->field(2).fieldValue;
    QVERIFY(prompt.startsWith(QLatin1String("\n\n")));
    QCOMPARE(cellText(f, 2), QString::fromUtf8("为一款手工茶饮品牌绘制一张竖版节气海报「谷雨·新茶」。 …"));
    QCOMPARE(cellText(f, 2, Qt::ToolTipRole), prompt);
    auto *editor = qobject_cast<QPlainTextEdit *>(test::openEditor(f, 2));
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), prompt); // the whole text, blank lines included

    auto *ratio = qobject_cast<QComboBox *>(test::openEditor(f, 0));
    QVERIFY(ratio);
    QCOMPARE(ratio->count(), 11);
    QCOMPARE(ratio->currentData().toString(), QStringLiteral("3:4"));
    QCOMPARE(cellText(f, 0), QStringLiteral("3:4"));
}

void TestRealReplies::failure805ShowsItsCode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<bool>("traceback");
    QTest::newRow("805 with failedReason")
        << test::readData(QStringLiteral("real/outputs-805-failedreason.json"))
        << QStringLiteral("Node VAEDecode (#8): Given groups=1, weight of size [512, 4, 3, 3], expected input[1, 16, "
                          "128, 128] to have 4 channels, but got 16 channels instead (code 805: "
                          "APIKEY_TASK_STATUS_ERROR)")
        << true;
    QTest::newRow("805 without a reason")
        << QByteArray(R"({"code":805,"msg":"APIKEY_TASK_STATUS_ERROR","data":null})")
        << QStringLiteral("The task failed on RunningHub. (code 805: APIKEY_TASK_STATUS_ERROR)") << false;
}

void TestRealReplies::failure805ShowsItsCode()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, sentence);
    QFETCH(bool, traceback);
    test::WindowFixture f;
    QVERIFY(f.open(0, Long));
    test::typeAppId(f, textApp);
    if (QTest::currentTestFailed())
        return;
    f.sandbox.replyNext(outputsPath, body); // the first poll gets the recorded failure
    test::clickRun(f);
    QTRY_COMPARE(f.find<QLabel>("taskStatusLabel")->text(), ErrorText::stateName(TaskState::Failed));
    auto *error = f.find<QLabel>("errorLabel");
    QCOMPARE(error->text(), sentence);
    QCOMPARE(error->accessibleName(), sentence);
    QCOMPARE(f.find<QToolButton>("failureDetailsButton")->isVisible(), traceback);
    if (traceback)
        QVERIFY(
            f.find<QPlainTextEdit>("failureDetailsTextEdit")->toPlainText().startsWith(QLatin1String("RuntimeError")));
}

QTEST_MAIN(TestRealReplies)
#include "tst_realreplies.moc"
