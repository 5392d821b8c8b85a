// ErrorText, the one place that words failures: a task's failure keeps the server's code, an app without a name
// keeps its id, and every press of Cancel has a sentence.
#include "errortext.h"
#include "testenv.h"

#include <QtTest>

using namespace rh;

class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void forFailure_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("exception");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("805 with a node") << 805 << "APIKEY_TASK_STATUS_ERROR"
                                         << "KSampler"
                                         << "out of memory"
                                         << "Node KSampler (#3): out of memory (code 805: APIKEY_TASK_STATUS_ERROR)";
        QTest::newRow("805 alone") << 805 << "APIKEY_TASK_STATUS_ERROR"
                                   << ""
                                   << ""
                                   << "The task failed on RunningHub. (code 805: APIKEY_TASK_STATUS_ERROR)";
        QTest::newRow("FAILED run reply, no code") << 0 << ""
                                                   << "KSampler"
                                                   << "out of memory"
                                                   << "Node KSampler (#3): out of memory";
        QTest::newRow("nothing known") << 0 << ""
                                       << ""
                                       << ""
                                       << "";
        QTest::newRow("percent signs stay") << 805 << "E%1"
                                            << "N%2"
                                            << "100%1 done"
                                            << "Node N%2 (#3): 100%1 done (code 805: E%1)";
    }

    void forFailure()
    {
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(QString, node);
        QFETCH(QString, exception);
        FailedReason reason;
        reason.code = code;
        reason.message = message;
        reason.nodeName = node;
        reason.nodeId = node.isEmpty() ? QString() : QStringLiteral("3");
        reason.exceptionMessage = exception;
        QTEST(ErrorText::forFailure(reason), "sentence");
    }

    void appLabel_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("label");
        QTest::newRow("named") << "Flux"
                               << "1877265245566922753"
                               << "Flux";
        QTest::newRow("no name") << ""
                                 << "1877265245566922753"
                                 << "App 1877265245566922753";
        QTest::newRow("blank name") << "  "
                                    << "42"
                                    << "App 42";
        QTest::newRow("nothing") << ""
                                 << ""
                                 << "";
    }

    void appLabel()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        QTEST(ErrorText::appLabel(name, id), "label");
    }

    void everyCancelHasASentence()
    {
        QStringList sentences;
        for (CancelOutcome outcome : {CancelOutcome::Sent, CancelOutcome::AfterSubmit, CancelOutcome::AlreadyOut,
                                      CancelOutcome::NotActive, CancelOutcome::NotSent}) {
            const QString sentence = ErrorText::forCancel(outcome);
            QVERIFY(!sentence.isEmpty());
            QVERIFY(!sentences.contains(sentence));
            sentences.append(sentence);
        }
        const QString refused =
            ErrorText::forCancelAnswer(ApiError::server(807, QStringLiteral("APIKEY_TASK_NOT_FOUND")));
        QVERIFY2(refused.contains(QLatin1String("code 807: APIKEY_TASK_NOT_FOUND")), qPrintable(refused));
        QVERIFY(!ErrorText::forCancelAnswer({}).isEmpty());
        QVERIFY(ErrorText::forCancelAnswer({}) != refused);
    }
};

QTEST_MAIN(TestErrorText)
#include "tst_errortext.moc"
