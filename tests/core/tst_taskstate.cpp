#include "model/taskstate.h"
#include "testenv.h"

#include <QSet>
#include <QtTest>

using rh::TaskState;
Q_DECLARE_METATYPE(rh::TaskState)

class TestTaskState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void serverWords_data();
    void serverWords();
    void keysRoundTrip();
    void terminal();
};

void TestTaskState::serverWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<TaskState>("state");
    QTest::newRow("CREATE") << QStringLiteral("CREATE") << TaskState::Create;
    QTest::newRow("QUEUED") << QStringLiteral("QUEUED") << TaskState::Queued;
    QTest::newRow("RUNNING") << QStringLiteral("RUNNING") << TaskState::Running;
    QTest::newRow("SUCCESS") << QStringLiteral("SUCCESS") << TaskState::Success;
    QTest::newRow("FAILED") << QStringLiteral("FAILED") << TaskState::Failed;
    QTest::newRow("lower, spaces") << QStringLiteral(" running ") << TaskState::Running;
    QTest::newRow("empty") << QString() << TaskState::Unknown;
    QTest::newRow("new word") << QStringLiteral("PAUSED") << TaskState::Unknown;
}

void TestTaskState::serverWords()
{
    QFETCH(QString, word);
    QFETCH(TaskState, state);
    QCOMPARE(rh::taskStateFromServer(word), state);
}

void TestTaskState::keysRoundTrip()
{
    QSet<QString> keys;
    for (int i = int(TaskState::None); i <= int(TaskState::GaveUp); ++i) {
        const auto state = TaskState(i);
        const QString key = rh::taskStateKey(state);
        QCOMPARE(key, key.toLower());
        QVERIFY(!keys.contains(key));
        keys.insert(key);
        QCOMPARE(rh::taskStateFromKey(key), state);
    }
    // Stored in databases: these words must never change.
    QCOMPARE(rh::taskStateKey(TaskState::Queued), QStringLiteral("queued"));
    QCOMPARE(rh::taskStateKey(TaskState::NotFound), QStringLiteral("not_found"));
    QCOMPARE(rh::taskStateFromKey(QStringLiteral("nonsense")), TaskState::Unknown);
}

void TestTaskState::terminal()
{
    QVERIFY(!rh::isTerminal(TaskState::None));
    QVERIFY(!rh::isTerminal(TaskState::Submitting));
    QVERIFY(!rh::isTerminal(TaskState::Create));
    QVERIFY(!rh::isTerminal(TaskState::Queued));
    QVERIFY(!rh::isTerminal(TaskState::Running));
    QVERIFY(rh::isTerminal(TaskState::Success));
    QVERIFY(rh::isTerminal(TaskState::Failed));
    QVERIFY(rh::isTerminal(TaskState::Rejected));
    QVERIFY(rh::isTerminal(TaskState::Cancelled));
    QVERIFY(rh::isTerminal(TaskState::NotFound));
    QVERIFY(rh::isTerminal(TaskState::Unknown));
    QVERIFY(rh::isTerminal(TaskState::GaveUp));
}

QTEST_GUILESS_MAIN(TestTaskState)
#include "tst_taskstate.moc"
