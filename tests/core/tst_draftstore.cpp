// The form kept across restarts, per server, without the key and without uploads that were not finished.
#include "store/database.h"
#include "store/draftstore.h"
#include "testenv.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rh;

namespace {

NodeField input(const QString &nodeId, const QString &fieldName, const QString &value, const QString &type)
{
    NodeField field;
    field.nodeId = nodeId;
    field.nodeName = QStringLiteral("Node ") + nodeId;
    field.fieldName = fieldName;
    field.fieldValue = value;
    field.fieldType = type;
    field.fieldData = QStringLiteral(R"(["INT", {"min": 1, "max": 50}])");
    field.description = QStringLiteral("提示词");
    field.descriptionEn = QStringLiteral("Prompt");
    return field;
}

DraftState sampleState()
{
    DraftState state;
    state.webappId = QStringLiteral("1877265245566922753");
    state.rowsApp = state.webappId;
    state.app.webappId = state.webappId;
    state.app.name = QStringLiteral("文生图 (Text to image)");
    state.app.coverUrl = QStringLiteral("https://example/cover.png");
    state.app.nodes = {
        input(QStringLiteral("6"), QStringLiteral("text"), QStringLiteral("default"), QStringLiteral("STRING")),
        input(QStringLiteral("12"), QStringLiteral("image"), QStringLiteral("sample.png"), QStringLiteral("IMAGE"))};
    state.fields = state.app.nodes;
    state.fields[0].fieldValue = QStringLiteral("一只猫\nsecond line, \"quoted\"");
    state.fields[1].fieldValue = QStringLiteral("api/abc.png");
    state.instanceType = QStringLiteral("plus");
    state.webhookUrl = QStringLiteral("https://hook.example/x?a=1");
    state.media.insert({QStringLiteral("12"), QStringLiteral("image")},
                       {MediaState::Upload::Done, QStringLiteral("/home/li/杯子.png"), QStringLiteral("杯子.png")});
    state.media.insert({QStringLiteral("6"), QStringLiteral("text")},
                       {MediaState::Upload::Uploading, QStringLiteral("/srv/pictures/half.png"), QString()});
    state.baseline.webappId = state.webappId;
    state.baseline.nodes = state.app.nodes;
    return state;
}

} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void roundTripPerServer()
    {
        const QString path = m_dir->filePath(QStringLiteral("rhdesk.sqlite"));
        const DraftState state = sampleState();
        {
            Database db(path);
            QVERIFY(db.open());
            DraftStore store(&db);
            QVERIFY(!store.load(QStringLiteral("sandbox")));
            QVERIFY(store.save(QStringLiteral("sandbox"), state));
            DraftState other = state;
            other.webappId = QStringLiteral("42");
            QVERIFY(store.save(QStringLiteral("https://www.runninghub.cn"), other));
        }
        Database db(path);
        QVERIFY(db.open());
        DraftStore store(&db);
        const std::optional<DraftState> back = store.load(QStringLiteral("sandbox"));
        QVERIFY(back);
        QCOMPARE(back->webappId, state.webappId);
        QCOMPARE(back->rowsApp, state.rowsApp);
        QCOMPARE(back->app.name, state.app.name);
        QCOMPARE(back->app.nodes, state.app.nodes);
        QCOMPARE(back->fields, state.fields);
        QCOMPARE(back->instanceType, state.instanceType);
        QCOMPARE(back->webhookUrl, state.webhookUrl);
        QCOMPARE(back->baseline, state.baseline);
        // Only the finished upload is kept: a restart has no upload under way.
        QCOMPARE(back->media.size(), 1);
        const MediaState image = back->media.value({QStringLiteral("12"), QStringLiteral("image")});
        QCOMPARE(image.upload, MediaState::Upload::Done);
        QCOMPARE(image.localPath, QStringLiteral("/home/li/杯子.png"));
        QCOMPARE(store.load(QStringLiteral("https://www.runninghub.cn"))->webappId, QStringLiteral("42"));
        QVERIFY(store.remove(QStringLiteral("sandbox")));
        QVERIFY(!store.load(QStringLiteral("sandbox")));
    }

    void neverTheKey()
    {
        const QString key = QStringLiteral("0123456789abcdef0123456789abcdef");
        const QByteArray json = DraftStore::toJson(sampleState());
        QVERIFY(!json.contains(key.toLatin1()));
        QVERIFY(!json.contains("apiKey"));
    }

    void refusesWhatIsNotADraft_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("nope");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no version") << QByteArray(R"({"webappId": "1"})");
        QTest::newRow("newer version") << QByteArray(R"({"version": 2, "webappId": "1"})");
    }

    void refusesWhatIsNotADraft()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!DraftStore::fromJson(json));
    }

    void lenientAboutMissingMembers()
    {
        const std::optional<DraftState> state = DraftStore::fromJson(R"({"version": 1, "webappId": "7"})");
        QVERIFY(state);
        QCOMPARE(state->webappId, QStringLiteral("7"));
        QVERIFY(state->fields.isEmpty());
        QVERIFY(state->media.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
