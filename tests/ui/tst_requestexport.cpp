// "Copy as curl" must be a command a shell runs as written: the exact body, the key only from the variable.
#include "form/requestexport.h"
#include "testenv.h"

#include <QProcess>
#include <QtTest>

using namespace rh;

namespace {

RunRequest awkwardRequest()
{
    RunRequest request;
    request.webappId = QStringLiteral("1877265245566922753");
    NodeField prompt;
    prompt.nodeId = QStringLiteral("122");
    prompt.fieldName = QStringLiteral("prompt");
    prompt.fieldValue = QStringLiteral("it's a \"quoted\" 金发女孩\nsecond line $HOME `date` \\ end");
    request.nodes = {prompt};
    request.instanceType = QStringLiteral("plus");
    return request;
}

} // namespace

class TestRequestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void shellRunsTheExactBodyWithTheKeyFromTheVariable()
    {
        const RunRequest request = awkwardRequest();
        const QString command = RequestExport::curlCommand(request, QUrl(QStringLiteral("https://www.runninghub.cn")));
        QVERIFY(command.contains(QStringLiteral("https://www.runninghub.cn/task/openapi/ai-app/run")));
        const QString key = QStringLiteral("k3y0000000000000000000000000000k");
        QVERIFY(!command.contains(key));

        // A stand-in curl prints the body it was given (the 9th argument) and the Authorization header.
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(RequestExport::keyVariable(), key);
        shell.setProcessEnvironment(env);
        shell.start(QStringLiteral("bash"),
                    {QStringLiteral("-c"), QStringLiteral("curl() { printf '%s\\n%s' \"$7\" \"$9\"; }\n") + command});
        QVERIFY(shell.waitForFinished(10000));
        QCOMPARE(shell.exitCode(), 0);
        const QByteArray out = shell.readAllStandardOutput();
        const int newline = out.indexOf('\n');
        QCOMPARE(out.left(newline), QByteArray("Authorization: Bearer ") + key.toLatin1());
        QCOMPARE(out.mid(newline + 1), request.toJson(key));
    }

    void previewMasksTheKey()
    {
        const QByteArray preview = awkwardRequest().toPreviewJson();
        QVERIFY(preview.contains("1877265245566922753"));
        QVERIFY(!preview.contains("k3y0"));
    }
};

QTEST_MAIN(TestRequestExport)
#include "tst_requestexport.moc"
