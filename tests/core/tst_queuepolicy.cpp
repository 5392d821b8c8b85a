// The queue's decision table ("what stops what"), row by row, and the job's stored words.
#include "model/job.h"
#include "model/queuepolicy.h"

#include <QtTest>

using namespace rh;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(rh::JobStep)
Q_DECLARE_METATYPE(rh::JobState)
Q_DECLARE_METATYPE(rh::GateEffect)
Q_DECLARE_METATYPE(rh::HoldReason)
Q_DECLARE_METATYPE(rh::TaskState)
Q_DECLARE_METATYPE(rh::FailedReason)

namespace {

ApiError error(Kind kind, int code = 0, const QString &message = {})
{
    return {kind, code, message, {}, {}};
}

} // namespace

class TestQueuePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decideFailure_data();
    void decideFailure();
    void decideEnd_data();
    void decideEnd();
    void shouldHoldBatch_data();
    void shouldHoldBatch();
    void failureKeyIsTheSameMistake();
    void describeEndKeepsTheServersWords();
    void describeFailureKeepsCodeAndMsg_data();
    void describeFailureKeepsCodeAndMsg();
    void nodeErrorComesBackFromItsFingerprint();
    void jobStateKeys();
    void holdReasonKeys();
};

void TestQueuePolicy::decideFailure_data()
{
    QTest::addColumn<JobStep>("step");
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<JobState>("job");
    QTest::addColumn<GateEffect>("gate");
    QTest::addColumn<HoldReason>("hold");
    QTest::addColumn<bool>("validation");

    const auto row = [](const char *name, JobStep step, const ApiError &e, JobState job, GateEffect gate,
                        HoldReason hold = HoldReason::None, bool validation = false) {
        QTest::newRow(name) << step << e << job << gate << hold << validation;
    };
    const JobStep submit = JobStep::Submit;
    // A full account: no task was created, wait and retry, never a failure.
    row("421 queue maxed", submit, ApiError::server(421, {}), JobState::Waiting, GateEffect::Busy);
    row("415 instances busy", submit, ApiError::server(415, {}), JobState::Waiting, GateEffect::Busy);
    row("1003 rate limit", submit, ApiError::server(1003, {}), JobState::Waiting, GateEffect::Busy);
    // The account cannot run anything: hold everything of it, the job waits untouched.
    for (const int code : {801, 802, 806, 412})
        row(qPrintable(QStringLiteral("%1 key").arg(code)), submit, ApiError::server(code, {}), JobState::Waiting,
            GateEffect::Hold, HoldReason::Key);
    row("414 compute balance", submit, ApiError::server(414, {}), JobState::Waiting, GateEffect::Hold,
        HoldReason::Balance);
    row("416 wallet empty", submit, ApiError::server(416, {}), JobState::Waiting, GateEffect::Hold,
        HoldReason::Balance);
    row("380 workflow gone", submit, ApiError::server(380, {}), JobState::Waiting, GateEffect::Hold,
        HoldReason::AppGone);
    row("901 app gone", submit, ApiError::server(901, {}), JobState::Waiting, GateEffect::Hold, HoldReason::AppGone);
    row("810 never run", submit, ApiError::server(810, {}), JobState::Waiting, GateEffect::Hold, HoldReason::AppGone);
    row("802 at upload", JobStep::Upload, ApiError::server(802, {}), JobState::Waiting, GateEffect::Hold,
        HoldReason::Key);
    // This job's mistake: it fails, the others go on; counts towards the batch rule.
    row("803 node info", submit, ApiError::server(803, {}), JobState::Failed, GateEffect::None, HoldReason::None, true);
    row("433 validation", submit, ApiError::server(433, {}), JobState::Failed, GateEffect::None, HoldReason::None,
        true);
    row("301 params", submit, ApiError::server(301, {}), JobState::Failed, GateEffect::None, HoldReason::None, true);
    row("809 too large", JobStep::Upload, ApiError::server(809, {}), JobState::Failed, GateEffect::None);
    row("unknown code", submit, ApiError::server(12345, {}), JobState::Failed, GateEffect::None);
    row("invalid before sending", submit, error(Kind::Invalid), JobState::Failed, GateEffect::None);
    // The server's own error: nothing created; back off and probe.
    row("500 at submit", submit, ApiError::server(500, {}), JobState::Waiting, GateEffect::Offline);
    row("808 upload failed", JobStep::Upload, ApiError::server(808, {}), JobState::Waiting, GateEffect::Offline);
    // Network: a submit that provably never left (connection refused, DNS) is safe to send again.
    row("submit connection refused", submit, error(Kind::Network), JobState::Waiting, GateEffect::Offline);
    row("submit untrusted certificate", submit, error(Kind::Tls), JobState::Waiting, GateEffect::Offline);
    row("upload network", JobStep::Upload, error(Kind::Network), JobState::Waiting, GateEffect::Offline);
    row("upload timeout", JobStep::Upload, error(Kind::Timeout), JobState::Waiting, GateEffect::Offline);
    row("upload 502 html", JobStep::Upload, error(Kind::Http, 502), JobState::Waiting, GateEffect::Offline);
    row("poll bad reply", JobStep::Poll, error(Kind::BadReply), JobState::Waiting, GateEffect::Offline);
    // A submit that may have reached the server: never sent again by itself.
    row("submit answer lost", submit, error(Kind::UnknownOutcome), JobState::Unknown, GateEffect::Offline);
    row("submit timeout", submit, error(Kind::Timeout), JobState::Unknown, GateEffect::Offline);
    row("submit 502 html", submit, error(Kind::Http, 502), JobState::Unknown, GateEffect::Offline);
    row("submit cut reply", submit, error(Kind::BadReply), JobState::Unknown, GateEffect::Offline);
    row("http 421 is not an envelope", submit, error(Kind::Http, 421), JobState::Unknown, GateEffect::Offline);
    row("cancelled", submit, error(Kind::Cancelled), JobState::Cancelled, GateEffect::None);
}

void TestQueuePolicy::decideFailure()
{
    QFETCH(JobStep, step);
    QFETCH(ApiError, error);
    QFETCH(JobState, job);
    QFETCH(GateEffect, gate);
    QFETCH(HoldReason, hold);
    QFETCH(bool, validation);
    const QueueDecision decision = rh::decideFailure(step, error);
    QCOMPARE(decision.job, job);
    QCOMPARE(decision.gate, gate);
    QCOMPARE(decision.hold, hold);
    QCOMPARE(decision.validation, validation);
    QVERIFY(!decision.rewatch);
}

void TestQueuePolicy::decideEnd_data()
{
    QTest::addColumn<TaskState>("state");
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("gaveUpOnFailures");
    QTest::addColumn<JobState>("job");
    QTest::addColumn<GateEffect>("gate");
    QTest::addColumn<bool>("validation");
    QTest::addColumn<bool>("rewatch");

    QTest::newRow("success") << TaskState::Success << ApiError{} << false << JobState::Succeeded << GateEffect::None
                             << false << false;
    QTest::newRow("805 failed at run time")
        << TaskState::Failed << ApiError{} << false << JobState::Failed << GateEffect::None << false << false;
    QTest::newRow("promptTips node errors")
        << TaskState::Rejected << ApiError{} << false << JobState::Failed << GateEffect::None << true << false;
    QTest::newRow("433") << TaskState::Rejected << ApiError::server(433, {}) << false << JobState::Failed
                         << GateEffect::None << true << false;
    QTest::newRow("807 not found") << TaskState::NotFound << ApiError{} << false << JobState::Failed << GateEffect::None
                                   << false << false;
    QTest::newRow("cancelled") << TaskState::Cancelled << ApiError{} << false << JobState::Cancelled << GateEffect::None
                               << false << false;
    QTest::newRow("answer lost") << TaskState::Unknown << error(Kind::UnknownOutcome) << false << JobState::Unknown
                                 << GateEffect::Offline << false << false;
    QTest::newRow("polls kept failing: look again later") << TaskState::GaveUp << error(Kind::Network) << true
                                                          << JobState::Running << GateEffect::Offline << false << true;
    QTest::newRow("deadline") << TaskState::GaveUp << ApiError{} << false << JobState::Failed << GateEffect::None
                              << false << false;
    QTest::newRow("refused 421") << TaskState::None << ApiError::server(421, {}) << false << JobState::Waiting
                                 << GateEffect::Busy << false << false;
    QTest::newRow("refused 803") << TaskState::None << ApiError::server(803, {}) << false << JobState::Failed
                                 << GateEffect::None << true << false;
    QTest::newRow("never sent") << TaskState::None << error(Kind::Network) << false << JobState::Waiting
                                << GateEffect::Offline << false << false;
}

void TestQueuePolicy::decideEnd()
{
    QFETCH(TaskState, state);
    QFETCH(ApiError, error);
    QFETCH(bool, gaveUpOnFailures);
    QFETCH(JobState, job);
    QFETCH(GateEffect, gate);
    QFETCH(bool, validation);
    QFETCH(bool, rewatch);
    TrackerEnd end;
    end.state = state;
    end.error = error;
    end.gaveUpOnFailures = gaveUpOnFailures;
    const QueueDecision decision = rh::decideEnd(end);
    QCOMPARE(decision.job, job);
    QCOMPARE(decision.gate, gate);
    QCOMPARE(decision.validation, validation);
    QCOMPARE(decision.rewatch, rewatch);
}

void TestQueuePolicy::shouldHoldBatch_data()
{
    QTest::addColumn<QStringList>("ended");
    QTest::addColumn<bool>("hold");
    const QString a = QStringLiteral("tips:3:steps:value_bigger_than_max:steps: 200 > 100");
    const QString b = QStringLiteral("803:APIKEY_INVALID_NODE_INFO");
    QTest::newRow("three the same") << QStringList{a, a, a} << true;
    QTest::newRow("more, first three the same") << QStringList{a, a, a, QString()} << true;
    QTest::newRow("two only") << QStringList{a, a} << false;
    QTest::newRow("a success first") << QStringList{QString(), a, a, a} << false;
    QTest::newRow("a success between") << QStringList{a, QString(), a} << false;
    QTest::newRow("different mistakes") << QStringList{a, b, a} << false;
    QTest::newRow("none") << QStringList{} << false;
}

void TestQueuePolicy::shouldHoldBatch()
{
    QFETCH(QStringList, ended);
    QFETCH(bool, hold);
    QCOMPARE(rh::shouldHoldBatch(ended), hold);
}

void TestQueuePolicy::failureKeyIsTheSameMistake()
{
    PromptTips tips;
    tips.nodeErrors.append({QStringLiteral("3"), QStringLiteral("KSampler"), QStringLiteral("value_bigger_than_max"),
                            QStringLiteral("Value bigger than max"), QStringLiteral("steps: 200 > 100"),
                            QStringLiteral("steps")});
    QCOMPARE(failureKey({}, tips), failureKey({}, tips));
    PromptTips other = tips;
    other.nodeErrors.first().details = QStringLiteral("steps: 300 > 100");
    QVERIFY(failureKey({}, tips) != failureKey({}, other));
    QCOMPARE(failureKey(ApiError::server(803, QStringLiteral("x ")), {}),
             failureKey(ApiError::server(803, QStringLiteral("x")), {}));
    QVERIFY(failureKey(ApiError::server(803, {}), {}) != failureKey(ApiError::server(433, {}), {}));
    QVERIFY(failureKey(error(Kind::Network), {}).isEmpty());
}

void TestQueuePolicy::nodeErrorComesBackFromItsFingerprint()
{
    PromptTips tips;
    // A subgraph's node id and the details hold colons of their own.
    tips.nodeErrors.append({QStringLiteral("12:3"), QStringLiteral("KSampler"), QStringLiteral("value_not_in_list"),
                            QStringLiteral("Value not in list"), QStringLiteral("sampler_name: 'x' not in ['a']"),
                            QStringLiteral("sampler_name")});
    const std::optional<NodeError> back = nodeErrorOf(failureKey({}, tips));
    QVERIFY(back);
    QCOMPARE(back->nodeId, QStringLiteral("12:3"));
    QCOMPARE(back->inputName, QStringLiteral("sampler_name"));
    QCOMPARE(back->type, QStringLiteral("value_not_in_list"));
    QCOMPARE(back->details, QStringLiteral("sampler_name: 'x' not in ['a']"));
    PromptTips topLevel;
    topLevel.error = QStringLiteral("Prompt outputs failed validation");
    QVERIFY(!nodeErrorOf(failureKey({}, topLevel)));
    QVERIFY(!nodeErrorOf(failureKey(ApiError::server(803, QStringLiteral("x")), {})));
    QVERIFY(!nodeErrorOf(QStringLiteral("tips:3:steps:value_bigger_than_max:steps: 200 > 100"))); // older form
    QVERIFY(!nodeErrorOf(QString()));
}

void TestQueuePolicy::describeEndKeepsTheServersWords()
{
    FailedReason reason;
    reason.nodeName = QStringLiteral("KSampler");
    reason.nodeId = QStringLiteral("3");
    reason.exceptionMessage = QStringLiteral("out of memory");
    JobError words = describeEnd(TaskState::Failed, {}, reason, {});
    QCOMPARE(words.code, QStringLiteral("805"));
    QCOMPARE(words.text, QStringLiteral("KSampler (#3): out of memory"));
    PromptTips tips;
    tips.nodeErrors.append({QStringLiteral("3"), QStringLiteral("KSampler"), QStringLiteral("value_bigger_than_max"),
                            QStringLiteral("Value bigger than max"), QStringLiteral("steps: 200 > 100"),
                            QStringLiteral("steps")});
    words = describeEnd(TaskState::Rejected, {}, {}, tips);
    QCOMPARE(words.code, QStringLiteral("tips"));
    QCOMPARE(words.text, QStringLiteral("#3 steps: Value bigger than max steps: 200 > 100"));
    words = describeEnd(TaskState::Rejected, ApiError::server(433, QStringLiteral("VALIDATE_PROMPT_FAILED")), {}, {});
    QCOMPARE(words.code, QStringLiteral("433"));
    QCOMPARE(words.text, QStringLiteral("VALIDATE_PROMPT_FAILED"));
    QCOMPARE(describeEnd(TaskState::NotFound, {}, {}, {}).code, QStringLiteral("807"));
    words = describeEnd(TaskState::None, ApiError::server(421, QStringLiteral("TASK_QUEUE_MAXED")), {}, {});
    QCOMPARE(words.code, QStringLiteral("421"));
    QCOMPARE(words.text, QStringLiteral("TASK_QUEUE_MAXED"));
    words = describeEnd(TaskState::Unknown, error(Kind::UnknownOutcome, 0, QStringLiteral("closed")), {}, {});
    QVERIFY(words.code.isEmpty());
    QCOMPARE(words.text, QStringLiteral("closed"));
}

void TestQueuePolicy::describeFailureKeepsCodeAndMsg_data()
{
    QTest::addColumn<FailedReason>("reason");
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    FailedReason node;
    node.nodeName = QStringLiteral("VAEDecode");
    node.nodeId = QStringLiteral("8");
    node.exceptionMessage = QStringLiteral("out of memory");
    FailedReason coded = node; // an outputs reply 805: its envelope's code and msg came with it
    coded.code = 805;
    coded.message = QStringLiteral("APIKEY_TASK_STATUS_ERROR");
    FailedReason bare; // 805 with data null
    bare.code = 805;
    bare.message = QStringLiteral("APIKEY_TASK_STATUS_ERROR");
    QTest::newRow("805 with failedReason") << coded << ApiError() << "805"
                                           << "APIKEY_TASK_STATUS_ERROR: VAEDecode (#8): out of memory";
    QTest::newRow("805 without failedReason") << bare << ApiError() << "805"
                                              << "APIKEY_TASK_STATUS_ERROR";
    QTest::newRow("FAILED run reply, no envelope code") << node << ApiError() << "805"
                                                        << "VAEDecode (#8): out of memory";
    QTest::newRow("nothing but the error")
        << FailedReason() << error(Kind::Server, 805, QStringLiteral("failed")) << "805"
        << "failed";
}

void TestQueuePolicy::describeFailureKeepsCodeAndMsg()
{
    QFETCH(FailedReason, reason);
    QFETCH(ApiError, error);
    const JobError words = describeFailure(reason, error);
    QTEST(words.code, "code");
    QTEST(words.text, "text");
    const JobError end = describeEnd(TaskState::Failed, error, reason, {}); // the queue's words are the same
    QCOMPARE(end.code, words.code);
    QCOMPARE(end.text, words.text);
}

void TestQueuePolicy::jobStateKeys()
{
    for (int i = int(JobState::Waiting); i <= int(JobState::OnHold); ++i) {
        const auto state = JobState(i);
        QCOMPARE(jobStateFromKey(jobStateKey(state)), state);
        QVERIFY(!(isLive(state) && isEnded(state)));
        // Where History has the same word, the stored key is History's too.
        if (const std::optional<TaskState> same = historyStateOf(state))
            QCOMPARE(jobStateKey(state), taskStateKey(*same));
    }
    QCOMPARE(jobStateKey(JobState::Succeeded), QStringLiteral("success"));
    QCOMPARE(jobStateFromKey(QStringLiteral("from a newer version")), JobState::OnHold); // never sent by surprise
    QVERIFY(isLive(JobState::Uploading) && isLive(JobState::Running) && !isLive(JobState::Waiting));
    QVERIFY(isEnded(JobState::Unknown) && !isEnded(JobState::OnHold));
}

void TestQueuePolicy::holdReasonKeys()
{
    for (const HoldReason reason : {HoldReason::None, HoldReason::Key, HoldReason::Balance, HoldReason::AppGone,
                                    HoldReason::Validation, HoldReason::Budget})
        QCOMPARE(holdReasonFromKey(holdReasonKey(reason)), reason);
    QVERIFY(holdReasonFromKey(QStringLiteral("newer")) != HoldReason::None); // an unknown hold still holds
}

QTEST_APPLESS_MAIN(TestQueuePolicy)
#include "tst_queuepolicy.moc"
