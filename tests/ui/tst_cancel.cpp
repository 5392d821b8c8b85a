// Cancel through the real window: every press sends a cancel request or says why it does not, a failed cancel
// can be tried again, and the state shown follows the replies.
#include "errortext.h"
#include "formdriver.h"
#include "task/runcontroller.h"
#include "testenv.h"
#include "windowfixture.h"

#include "session/services.h"
#include "store/historystore.h"

#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString outputsPath = QStringLiteral("/task/openapi/outputs");
const QString cancelPath = QStringLiteral("/task/openapi/cancel");
constexpr int Long = 60000; // the task stays in one phase for the whole test

QString statusText(const test::WindowFixture &f)
{
    return f.find<QLabel>("taskStatusLabel")->text();
}

QString stateName(TaskState state)
{
    return ErrorText::stateName(state);
}

} // namespace

class TestCancel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void cancelAgainAfter807WhileQueued();
    void pressWhileCancelIsOutSaysSo();
};

void TestCancel::cancelAgainAfter807WhileQueued()
{
    test::WindowFixture f;
    QVERIFY(f.open(Long, Long));
    test::typeAppId(f, textApp);
    if (QTest::currentTestFailed())
        return;
    test::clickRun(f);
    QTRY_COMPARE(statusText(f), stateName(TaskState::Queued));
    auto *cancel = f.find<QPushButton>("cancelButton");
    auto *note = f.find<QLabel>("cancelNoteLabel");
    QTRY_VERIFY(cancel->isEnabled());
    QVERIFY(note->text().isEmpty());

    // As the real service did: cancel answers 807 while outputs goes on saying 813.
    f.sandbox.replyNext(cancelPath, R"({"code":807,"msg":"APIKEY_TASK_NOT_FOUND","data":null})");
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY2(note->text().contains(QLatin1String("807")), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QLatin1String("APIKEY_TASK_NOT_FOUND")), qPrintable(note->text()));
    QVERIFY(note->isVisible());
    QCOMPARE(note->accessibleName(), note->text());
    const int polls = f.sandbox.requestCount(outputsPath);
    QTRY_VERIFY(f.sandbox.requestCount(outputsPath) >= polls + 2);
    QCOMPARE(statusText(f), stateName(TaskState::Queued)); // what outputs says, not what the cancel guessed
    QVERIFY(cancel->isEnabled());
    QCOMPARE(f.sandbox.requestCount(cancelPath), 1);

    // The second press sends a second cancel; the sandbox carries it out and the state follows.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(statusText(f), stateName(TaskState::Cancelled));
    QCOMPARE(f.sandbox.requestCount(cancelPath), 2);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(note->text().isEmpty()); // the end itself says how it went
    const std::optional<RunRecord> run =
        f.window->services()->history()->run(f.window->runController()->currentRunId());
    QVERIFY(run);
    QCOMPARE(run->state, TaskState::Cancelled);
}

void TestCancel::pressWhileCancelIsOutSaysSo()
{
    test::WindowFixture f;
    QVERIFY(f.open(0, Long));
    test::typeAppId(f, textApp);
    if (QTest::currentTestFailed())
        return;
    test::clickRun(f);
    QTRY_COMPARE(statusText(f), stateName(TaskState::Running));
    auto *cancel = f.find<QPushButton>("cancelButton");
    auto *note = f.find<QLabel>("cancelNoteLabel");
    QTRY_VERIFY(cancel->isEnabled());
    // Two presses before any answer can arrive: the first sends, the second says it waits for that answer.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(note->text(), ErrorText::forCancel(CancelOutcome::Sent));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(note->text(), ErrorText::forCancel(CancelOutcome::AlreadyOut));
    QVERIFY(note->isVisible());
    QTRY_COMPARE(statusText(f), stateName(TaskState::Cancelled));
    QCOMPARE(f.sandbox.requestCount(cancelPath), 1);
}

QTEST_MAIN(TestCancel)
#include "tst_cancel.moc"
