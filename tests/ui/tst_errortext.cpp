// ErrorText, the one place that words failures: a task's failure keeps the server's code, an app without a name
// keeps its id, and every press of Cancel has a sentence.
#include "errortext.h"
#include "model/queuepolicy.h"
#include "testenv.h"

#include <QtTest>

using namespace rh;

class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void everyServerCode_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says"); // a word of the sentence that tells what to do
        QTest::newRow("301") << 301 << "malformed";
        QTest::newRow("380") << 380 << "runninghub.ai";
        QTest::newRow("412") << 412 << "key";
        QTest::newRow("414") << 414 << "Top up";
        QTest::newRow("415") << 415 << "No task was created";
        QTest::newRow("416") << 416 << "Top up";
        QTest::newRow("421") << 421 << "No task was created";
        QTest::newRow("423") << 423 << "task";
        QTest::newRow("433") << 433 << "marked inputs";
        QTest::newRow("435") << 435 << "plus";
        QTest::newRow("436") << 436 << "Renew";
        QTest::newRow("500") << 500 << "Try again";
        QTest::newRow("801") << 801 << "Upgrade";
        QTest::newRow("802") << 802 << "Copy it again";
        QTest::newRow("803") << 803 << "Reload";
        QTest::newRow("805") << 805 << "failed";
        QTest::newRow("806") << 806 << "Check the key";
        QTest::newRow("807") << 807 << "task";
        QTest::newRow("808") << 808 << "Try again";
        QTest::newRow("809") << 809 << "30 MB";
        QTest::newRow("810") << 810 << "Run it once";
        QTest::newRow("901") << 901 << "runninghub.ai";
        QTest::newRow("unknown code") << 4242 << "4242";
    }

    void everyServerCode()
    {
        QFETCH(int, code);
        QFETCH(QString, says);
        ApiError error;
        error.kind = ApiError::Kind::Server;
        error.code = code;
        error.message = QStringLiteral("SERVER_NAME_%1").arg(code);
        const QString sentence = ErrorText::forError(error);
        QVERIFY2(sentence.contains(says), qPrintable(sentence));
        // The server's code and words stay with the sentence, for support.
        QVERIFY2(sentence.contains(QString::number(code)), qPrintable(sentence));
        QVERIFY2(sentence.contains(error.message), qPrintable(sentence));
    }

    void everyKindOfFailure_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("network") << int(ApiError::Kind::Network) << "Could not reach the server";
        QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << "did not answer in time";
        QTest::newRow("unknown outcome") << int(ApiError::Kind::UnknownOutcome) << "not sent again";
        QTest::newRow("error page") << int(ApiError::Kind::Http) << "HTTP 502";
        QTest::newRow("unreadable") << int(ApiError::Kind::BadReply) << "could not be read";
        QTest::newRow("stopped") << int(ApiError::Kind::Cancelled) << "Stopped";
        QTest::newRow("refused before sending") << int(ApiError::Kind::Invalid) << "the client's own words";
    }

    void everyKindOfFailure()
    {
        QFETCH(int, kind);
        QFETCH(QString, says);
        ApiError error;
        error.kind = ApiError::Kind(kind);
        error.code = 502;
        error.message = QStringLiteral("the client's own words");
        error.taskId = QStringLiteral("1907035719658053634");
        const QString sentence = ErrorText::forError(error);
        QVERIFY2(sentence.contains(says), qPrintable(sentence));
        QVERIFY2(sentence.contains(error.taskId), qPrintable(sentence)); // a task to look up stays named
    }

    void refusedFiles_data()
    {
        QTest::addColumn<int>("check");
        QTest::addColumn<QString>("says");
        QTest::newRow("too large") << int(FieldSpec::FileCheck::TooLarge) << "30 MB";
        QTest::newRow("wrong type") << int(FieldSpec::FileCheck::WrongType) << "png, webp";
        QTest::newRow("not media") << int(FieldSpec::FileCheck::NotMedia) << "png, webp";
        QTest::newRow("empty") << int(FieldSpec::FileCheck::Empty) << "empty";
        QTest::newRow("fine: nothing to say") << int(FieldSpec::FileCheck::Ok) << "";
    }

    void refusedFiles()
    {
        QFETCH(int, check);
        QFETCH(QString, says);
        const QString sentence =
            ErrorText::forFileCheck(FieldSpec::FileCheck(check), {QStringLiteral("png"), QStringLiteral("webp")});
        QVERIFY2(says.isEmpty() ? sentence.isEmpty() : sentence.contains(says), qPrintable(sentence));
    }

    void presetImports_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("presetIndex");
        QTest::addColumn<int>("nodeIndex");
        QTest::addColumn<QString>("says");
        QTest::newRow("too large") << int(PresetImport::Error::TooLarge) << -1 << -1 << "too large";
        QTest::newRow("not JSON") << int(PresetImport::Error::NotJson) << -1 << -1 << "not JSON";
        QTest::newRow("not presets") << int(PresetImport::Error::NotPresetFile) << -1 << -1 << "neither";
        QTest::newRow("newer") << int(PresetImport::Error::NewerVersion) << -1 << -1 << "version 7";
        QTest::newRow("the file's member") << int(PresetImport::Error::BadContent) << -1 << -1 << "file itself";
        QTest::newRow("a preset's member") << int(PresetImport::Error::BadContent) << 1 << -1 << "Preset 2 has";
        QTest::newRow("an input's member") << int(PresetImport::Error::BadContent) << 1 << 2 << "Preset 2, input 3";
    }

    void presetImports()
    {
        QFETCH(int, error);
        QFETCH(int, presetIndex);
        QFETCH(int, nodeIndex);
        QFETCH(QString, says);
        PresetImport import;
        import.error = PresetImport::Error(error);
        import.presetIndex = presetIndex;
        import.nodeIndex = nodeIndex;
        import.member = QStringLiteral("webappId");
        import.version = 7;
        const QString sentence = ErrorText::forPresetImport(import, QStringLiteral("“a.json”"));
        QVERIFY2(sentence.contains(says) && sentence.contains(QStringLiteral("“a.json”")), qPrintable(sentence));
        QVERIFY(sentence.startsWith(QLatin1String("Nothing was imported")));
    }

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

    void nodeErrors_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("input"); // extra_info.input_name
        QTest::addColumn<QString>("details");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("bigger than max")
            << "value_bigger_than_max"
            << "steps"
            << "steps: 200 > 100"
            << "“Sampling steps” (node 45) is 200, more than the largest value allowed (100). Enter 100 or less.";
        QTest::newRow("smaller than min")
            << "value_smaller_than_min"
            << "cfg"
            << "cfg: -1.0 < 0.0"
            << "“Guidance” (node 45) is -1.0, less than the smallest value allowed (0.0). Enter 0.0 or more.";
        QTest::newRow("bigger, odd details") << "value_bigger_than_max"
                                             << "steps"
                                             << "too big"
                                             << "“Sampling steps” (node 45) is more than the largest value allowed.";
        QTest::newRow("not in list") << "value_not_in_list"
                                     << "sampler_name"
                                     << "sampler_name: 'euler_x' not in ['euler', 'dpmpp_2m']"
                                     << "“Sampler” (node 45): “euler_x” is not one of the app's choices. Choose one "
                                        "from the list.";
        QTest::newRow("custom validation") << "custom_validation_failed"
                                           << "image"
                                           << "image - Invalid image file: D:\\a.jpg"
                                           << "The app's own check refused “Photo” (node 12). For a file, choose it "
                                              "again so that it is uploaded again; otherwise check the value.";
        QTest::newRow("wrong type, known field") << "invalid_input_type"
                                                 << "steps"
                                                 << "steps, abc, could not convert string to int: 'abc'"
                                                 << "“Sampling steps” (node 45) must be a whole number.";
        QTest::newRow("wrong type, unknown input") << "invalid_input_type"
                                                   << "denoise"
                                                   << ""
                                                   << "“denoise” (node 45, KSampler) has a value of the wrong kind.";
        QTest::newRow("missing") << "required_input_missing"
                                 << "seed"
                                 << "seed"
                                 << "“seed” (node 45, KSampler) needs a value, and none was sent. Fill it in.";
        QTest::newRow("check crashed") << "exception_during_validation"
                                       << ""
                                       << "boom"
                                       << "RunningHub could not check “Sampling steps” (node 45): the check itself "
                                          "failed. Try again later.";
        QTest::newRow("workflow wiring") << "return_type_mismatch"
                                         << "model"
                                         << ""
                                         << "The app's workflow is wired wrongly at “model” (node 45, KSampler); only "
                                            "the app's author can fix it.";
        QTest::newRow("unknown type keeps the server's words")
            << "brand_new_check"
            << "steps"
            << "steps: odd"
            << "“Sampling steps” (node 45): Server words (steps: odd)";
    }

    void nodeErrors()
    {
        QFETCH(QString, type);
        QFETCH(QString, input);
        QFETCH(QString, details);
        const auto field = [](const QString &node, const QString &name, const QString &type, const QString &label) {
            NodeField f;
            f.nodeId = node;
            f.fieldName = name;
            f.fieldType = type;
            f.descriptionEn = label;
            return f;
        };
        const NodeFields fields{
            field(QStringLiteral("12"), QStringLiteral("image"), QStringLiteral("IMAGE"), QStringLiteral("Photo")),
            field(QStringLiteral("45"), QStringLiteral("steps"), QStringLiteral("INT"),
                  QStringLiteral("Sampling steps")),
            field(QStringLiteral("45"), QStringLiteral("cfg"), QStringLiteral("FLOAT"), QStringLiteral("Guidance")),
            field(QStringLiteral("45"), QStringLiteral("sampler_name"), QStringLiteral("LIST"),
                  QStringLiteral("Sampler"))};
        NodeError error;
        error.nodeId = input == QLatin1String("image") ? QStringLiteral("12") : QStringLiteral("45");
        error.classType = QStringLiteral("KSampler");
        error.type = type;
        error.message = QStringLiteral("Server words");
        error.details = details;
        error.inputName = input;
        QTEST(ErrorText::forNodeError(error, fields), "sentence");
    }

    void queueJobsWordValidationAsTheFormDoes()
    {
        // A job the server refused: what the queue stores (the server's words, the failure's fingerprint) and its
        // request; the tooltip reads like the form's sentence and keeps the server's words below.
        PromptTips tips;
        tips.nodeErrors.append({QStringLiteral("45"), QStringLiteral("KSampler"),
                                QStringLiteral("value_bigger_than_max"), QStringLiteral("Value bigger than max"),
                                QStringLiteral("steps: 200 > 100"), QStringLiteral("steps")});
        Job job;
        NodeField steps;
        steps.nodeId = QStringLiteral("45");
        steps.fieldName = QStringLiteral("steps");
        steps.fieldType = QStringLiteral("INT");
        steps.descriptionEn = QStringLiteral("Sampling steps");
        job.request.nodes = {steps};
        const JobError words = describeEnd(TaskState::Rejected, {}, {}, tips);
        job.errorCode = words.code;
        job.errorText = words.text;
        job.failureKey = failureKey({}, tips);
        QCOMPARE(ErrorText::forJobFailure(job),
                 QStringLiteral("“Sampling steps” (node 45) is 200, more than the largest value allowed (100). Enter "
                                "100 or less.\nRunningHub's words: #45 steps: Value bigger than max steps: 200 > 100"));
        // Another failure keeps the stored words; a job without an error has none.
        Job failed;
        failed.errorText = QStringLiteral("KSampler (#3): out of memory");
        failed.failureKey = failureKey(ApiError::server(805, failed.errorText), {});
        QCOMPARE(ErrorText::forJobFailure(failed), failed.errorText);
        QCOMPARE(ErrorText::forJobFailure(Job()), QString());
    }

    void queueJobsKeepTheServersCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tooltip");
        QTest::newRow("805 with its msg and node")
            << "805"
            << "APIKEY_TASK_STATUS_ERROR: VAEDecode (#8): out of memory"
            << "APIKEY_TASK_STATUS_ERROR: VAEDecode (#8): out of memory (code 805)";
        QTest::newRow("803") << "803"
                             << "APIKEY_INVALID_NODE_INFO"
                             << "APIKEY_INVALID_NODE_INFO (code 803)";
        QTest::newRow("807") << "807"
                             << "APIKEY_TASK_NOT_FOUND"
                             << "APIKEY_TASK_NOT_FOUND (code 807)";
        QTest::newRow("a client word is no code") << "gave_up"
                                                  << "deadline"
                                                  << "deadline";
        QTest::newRow("a file problem") << "file"
                                        << "/x.png"
                                        << "/x.png";
        QTest::newRow("a code without words") << "805"
                                              << ""
                                              << "";
    }

    void queueJobsKeepTheServersCode()
    {
        QFETCH(QString, code);
        QFETCH(QString, text);
        Job job;
        job.errorCode = code;
        job.errorText = text;
        QTEST(ErrorText::forJobFailure(job), "tooltip");
    }

    void promptErrors_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("nodeErrors");
        QTest::addColumn<QString>("says");
        QTest::newRow("outputs failed") << "prompt_outputs_failed_validation"
                                        << "Prompt outputs failed validation" << true << "the marked inputs say why";
        QTest::newRow("outputs failed, no node")
            << "prompt_outputs_failed_validation"
            << "Prompt outputs failed validation" << false << "checked the inputs and refused them.";
        QTest::newRow("no outputs") << "prompt_no_outputs"
                                    << "Prompt has no outputs" << false << "has no output";
        QTest::newRow("missing node") << "missing_node_type"
                                      << "Node 'Foo' not found" << false << "does not have";
        QTest::newRow("invalid prompt") << "invalid_prompt"
                                        << "Cannot execute" << false << "could not check the app's workflow";
        QTest::newRow("plain string") << ""
                                      << "Something odd" << false << "refused the run: Something odd";
        QTest::newRow("nothing") << ""
                                 << "" << false << "";
    }

    void promptErrors()
    {
        QFETCH(QString, type);
        QFETCH(QString, error);
        QFETCH(bool, nodeErrors);
        QFETCH(QString, says);
        PromptTips tips;
        tips.present = true;
        tips.errorType = type;
        tips.error = error;
        if (nodeErrors)
            tips.nodeErrors.append(NodeError{
                QStringLiteral("45"), QStringLiteral("KSampler"), QStringLiteral("value_bigger_than_max"),
                QStringLiteral("Value bigger than max"), QStringLiteral("steps: 200 > 100"), QStringLiteral("steps")});
        const QString sentence = ErrorText::forPromptError(tips);
        QVERIFY2(says.isEmpty() ? sentence.isEmpty() : sentence.contains(says), qPrintable(sentence));
        // The server's own words are kept for Details, untranslated.
        const QString details = ErrorText::serverDetails(tips);
        QVERIFY2(details.contains(error), qPrintable(details));
        if (!type.isEmpty())
            QVERIFY2(details.contains(type), qPrintable(details));
        if (nodeErrors)
            QVERIFY2(details.contains(QLatin1String("#45 KSampler [steps] value_bigger_than_max: Value bigger than max "
                                                    "(steps: 200 > 100)")),
                     qPrintable(details));
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
