// The mission's core loop through the real window: type, Run, watch the status; every failure a sentence.
#include "errortext.h"
#include "form/nodetablemodel.h"
#include "form/requestform.h"
#include "formdriver.h"
#include "testenv.h"
#include "windowfixture.h"

#include "api/apiclient.h"
#include "session/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");

} // namespace

class TestSubmit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void typeRunAndWatch();
    void webappIdDigitsOnTheWire();
    void bareNumberTaskIdShownExactly();
    void promptTipsMarkTheRow();
    void failuresAreSentences_data();
    void failuresAreSentences();
    void clientIdStoredKeyNot();

private:
    /// Opens the window on the sandbox and loads the text-to-image demo app.
    static void openWithApp(test::WindowFixture &f, int queuedMs = 0, int runningMs = 0);
};

void TestSubmit::openWithApp(test::WindowFixture &f, int queuedMs, int runningMs)
{
    QVERIFY(f.open(queuedMs, runningMs));
    test::typeAppId(f, textApp);
}

void TestSubmit::typeRunAndWatch()
{
    test::WindowFixture f;
    openWithApp(f, 300, 300);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(f.find<QPushButton>("submitButton")->accessibleName(), QStringLiteral("Run task"));
    test::clickRun(f);
    auto *status = f.find<QLabel>("taskStatusLabel");
    QCOMPARE(status->accessibleDescription(), QStringLiteral("Task status"));
    QTRY_VERIFY(status->text() == ErrorText::stateName(TaskState::Queued) ||
                status->text() == ErrorText::stateName(TaskState::Running));
    auto *taskId = f.find<QLineEdit>("taskIdLineEdit");
    QTRY_COMPARE(taskId->text().size(), 19);
    QCOMPARE(taskId->accessibleName(), taskId->text());
    QTRY_COMPARE(status->text(), ErrorText::stateName(TaskState::Success));
    QCOMPARE(status->accessibleName(), status->text());
    QCOMPARE(f.sandbox.requestCount(runPath), 1);
}

void TestSubmit::webappIdDigitsOnTheWire()
{
    test::WindowFixture f;
    openWithApp(f);
    if (QTest::currentTestFailed())
        return;
    test::clickRun(f);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
    const QByteArray body = f.sandbox.lastRequestBody(runPath);
    QVERIFY2(body.contains("\"webappId\":1877265245566922753") || body.contains("\"webappId\":\"1877265245566922753\""),
             body.constData());
    QVERIFY(!body.contains("1877265245566922800"));
}

void TestSubmit::bareNumberTaskIdShownExactly()
{
    test::WindowFixture f;
    openWithApp(f);
    if (QTest::currentTestFailed())
        return;
    f.sandbox.replyNext(
        runPath, R"({"code":0,"msg":"success","data":{"netWssUrl":null,"taskId":1907035719658053634,)"
                 R"("clientId":"0123456789abcdef0123456789abcdef","taskStatus":"QUEUED","promptTips":)"
                 R"("{\"result\": true, \"error\": null, \"outputs_to_execute\": [\"9\"], \"node_errors\": {}}"}})");
    test::clickRun(f);
    QTRY_COMPARE(f.find<QLineEdit>("taskIdLineEdit")->text(), QStringLiteral("1907035719658053634"));
}

void TestSubmit::promptTipsMarkTheRow()
{
    test::WindowFixture f;
    openWithApp(f);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = f.window->findChild<RequestForm *>()->model();
    int intRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->field(row).fieldType == QLatin1String("INT"))
            intRow = row;
    }
    QVERIFY2(intRow >= 0, "the demo text-to-image app has an INT input");
    const FieldSpec &spec = model->spec(intRow);
    QVERIFY(spec.maximum.has_value());
    model->setFieldValue(intRow, QString::number(qint64(*spec.maximum) + 100));
    test::clickRun(f);
    QTRY_VERIFY(model->hasProblem(intRow));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->hasProblem(row), row == intRow);
    QTRY_COMPARE(f.find<QLabel>("taskStatusLabel")->text(), ErrorText::stateName(TaskState::Rejected));
    QVERIFY(f.find<QPushButton>("submitButton")->isEnabled());
    const QString tip = model->index(intRow, NodeTableModel::LabelColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(model->field(intRow).nodeId), qPrintable(tip));
    // In words, naming the input as the app describes it; the server's own text only under Details.
    QVERIFY2(tip.contains(QLatin1String("more than the largest value allowed")), qPrintable(tip));
    QVERIFY2(tip.contains(ErrorText::fieldLabel(model->field(intRow))), qPrintable(tip));
    auto *messages = f.find<QListWidget>("nodeErrorsListWidget");
    QCOMPARE(messages->count(), 2);
    QVERIFY2(!messages->item(0)->text().contains(QLatin1String("Prompt outputs failed validation")),
             qPrintable(messages->item(0)->text()));
    QVERIFY(!f.find<QToolButton>("failureDetailsButton")->isHidden());
    const QString details = f.find<QPlainTextEdit>("failureDetailsTextEdit")->toPlainText();
    QVERIFY2(details.contains(QLatin1String("value_bigger_than_max: Value bigger than max")), qPrintable(details));
}

void TestSubmit::failuresAreSentences_data()
{
    QTest::addColumn<QString>("reply");    // a JSON body, or a fault name
    QTest::addColumn<QString>("expected"); // part of the sentence
    QTest::newRow("421") << R"({"code":421,"msg":"TASK_QUEUE_MAXED","data":null})"
                         << "No task was created";
    QTest::newRow("802") << R"({"code":802,"msg":"APIKEY_UNAUTHORIZED","data":null})"
                         << "API key is invalid";
    QTest::newRow("803") << R"({"code":803,"msg":"APIKEY_INVALID_NODE_INFO","data":null})"
                         << "Reload the app";
    QTest::newRow("901") << R"({"code":901,"msg":"WEBAPP_NOT_EXISTS","data":null})"
                         << "app does not exist";
    QTest::newRow("unknown code") << R"({"code":4242,"msg":"SOMETHING_NEW","data":null})"
                                  << "4242";
    QTest::newRow("html 502") << "Http502Html"
                              << "HTTP 502";
    QTest::newRow("cut body") << "CutBody"
                              << "not sent again";
    QTest::newRow("timeout") << "NoAnswer"
                             << "not sent again";
}

void TestSubmit::failuresAreSentences()
{
    QFETCH(QString, reply);
    QFETCH(QString, expected);
    test::WindowFixture f;
    openWithApp(f);
    if (QTest::currentTestFailed())
        return;
    f.window->services()->api()->setTimeoutMs(500);
    if (reply.startsWith(QLatin1Char('{')))
        f.sandbox.replyNext(runPath, reply.toUtf8());
    else if (reply == QLatin1String("Http502Html"))
        f.sandbox.failNext(runPath, SandboxServer::Fault::Http502Html);
    else if (reply == QLatin1String("CutBody"))
        f.sandbox.failNext(runPath, SandboxServer::Fault::CutBody);
    else
        f.sandbox.failNext(runPath, SandboxServer::Fault::NoAnswer);
    test::clickRun(f);
    auto *error = f.find<QLabel>("errorLabel");
    QTRY_VERIFY2(error->text().contains(expected), qPrintable(error->text()));
    QCOMPARE(error->accessibleName(), error->text());
    QCOMPARE(error->accessibleDescription(), QStringLiteral("Error"));
    QTRY_VERIFY(f.find<QPushButton>("submitButton")->isEnabled());
    QCOMPARE(f.sandbox.requestCount(runPath), 1); // never resubmitted
}

void TestSubmit::clientIdStoredKeyNot()
{
    test::WindowFixture f;
    openWithApp(f);
    f.find<QCheckBox>("rememberKeyCheckBox")->setChecked(true); // kept, but never in the settings file
    if (QTest::currentTestFailed())
        return;
    test::clickRun(f);
    auto *clientId = f.find<QLabel>("clientIdLabel");
    QTRY_COMPARE(clientId->accessibleName().size(), 32);
    const QByteArray shown = clientId->accessibleName().toLatin1();
    // Ended first: closing with a live task asks whether to quit (QuitGuard), which a test cannot answer.
    QTRY_COMPARE(f.find<QLabel>("taskStatusLabel")->text(), ErrorText::stateName(TaskState::Success));
    // Quit as a person does: closeEvent writes the settings now. Destroying the window alone leaves the write to
    // QSettings' own deferred update, which a slow (sanitizer) run may not have reached yet.
    QVERIFY(f.window->close());
    f.window.reset();
    QFile ini(f.settingsPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY2(bytes.contains(shown), bytes.constData());
    QVERIFY(!bytes.contains(SandboxServer::demoApiKey().toLatin1()));
}

QTEST_MAIN(TestSubmit)
#include "tst_submit.moc"
