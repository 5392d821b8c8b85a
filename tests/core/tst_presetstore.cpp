#include "store/database.h"
#include "store/presetfile.h"
#include "store/presetstore.h"
#include "testenv.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using rh::NodeField;
using rh::Preset;
using rh::PresetStore;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Preset make(const char *name, const char *webappId, const char *appName)
{
    Preset preset;
    preset.name = s(name);
    preset.webappId = s(webappId);
    preset.appName = s(appName);
    NodeField prompt;
    prompt.nodeId = s("122");
    prompt.fieldName = s("prompt");
    prompt.fieldValue = s("一个在教室里的金发女孩\n第二行");
    prompt.fieldType = s("STRING");
    prompt.fieldData = s(R"(["STRING", {"multiline": true}])");
    NodeField image;
    image.nodeId = s("15");
    image.fieldName = s("image");
    image.fieldValue = s("api/fa4b06dee7ca8624d0ed22e146fa7f1f1edfe5bd8e290aa38e16ce2ad687593a.png");
    image.fieldType = s("IMAGE");
    preset.nodes = {prompt, image};
    return preset;
}

QStringList names(const rh::Presets &presets)
{
    QStringList out;
    for (const Preset &preset : presets)
        out << preset.name;
    return out;
}

QStringList sl(const char *joined)
{
    return joined[0] ? s(joined).split(QLatin1Char('|')) : QStringList();
}

const QByteArray apiKey = "834a792dc64d419f85592f1e57145745"; // the seed example key

} // namespace

class TestPresetStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void init();
    void cleanup();
    void insertAndGet();
    void updateKeepsCreatedAndUsed();
    void updateUnknownIdFails();
    void renameDuplicateSaveAs();
    void orderingGroupsAppsFavouritesRecent();
    void search_data();
    void search();
    void removeAndRestore();
    void importAllIsOneTransaction();
    void survivesReopen();
    void batchSurvivesReopen();
    void presetsFromBeforeBatchesLoad();
    void apiKeyNeverStoredOrExported();

private:
    void open();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<rh::Database> m_db;
    std::unique_ptr<PresetStore> m_store;
    qint64 m_tick = 0;
};

void TestPresetStore::open()
{
    m_store.reset();
    m_db = std::make_unique<rh::Database>(m_dir->filePath(QStringLiteral("rhdesk.sqlite")));
    QVERIFY(m_db->open());
    m_store = std::make_unique<PresetStore>(m_db.get());
    // Every call to "now" is one second later: orderings by time are deterministic.
    m_store->setClock([this] { return QDateTime::fromMSecsSinceEpoch(1700000000000 + 1000 * ++m_tick, Qt::UTC); });
}

void TestPresetStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_tick = 0;
    open();
}

void TestPresetStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestPresetStore::insertAndGet()
{
    QSignalSpy changed(m_store.get(), &PresetStore::presetsChanged);
    Preset preset = make("金发女孩", "1877265245566922753", "Flux 文生图");
    preset.instanceType = s("plus");
    preset.webhookUrl = s("https://hooks.example.com/rh");
    preset.favourite = true;
    preset.setLocalPath(preset.nodes.at(1), s("/home/操作员/猫.png"));
    const qint64 id = m_store->save(preset);
    QVERIFY(id > 0);
    QCOMPARE(changed.count(), 1);
    const auto got = m_store->get(id);
    QVERIFY(got);
    QCOMPARE(got->id, id);
    QVERIFY(got->sameContent(preset));
    QCOMPARE(got->localPath(preset.nodes.at(1)), s("/home/操作员/猫.png"));
    QCOMPARE(got->createdAt, QDateTime::fromMSecsSinceEpoch(1700000001000, Qt::UTC));
    QCOMPARE(got->updatedAt, got->createdAt);
    QVERIFY(!got->lastUsedAt.isValid());
    QVERIFY(!m_store->get(id + 1));

    Preset unnamed; // null strings must not hit NOT NULL columns
    QVERIFY(m_store->save(unnamed) > 0);
    QCOMPARE(m_store->count(), 2);
}

void TestPresetStore::updateKeepsCreatedAndUsed()
{
    const qint64 id = m_store->save(make("a", "1", "App"));
    QVERIFY(m_store->markUsed(id));
    Preset preset = *m_store->get(id);
    const QDateTime used = preset.lastUsedAt;
    QVERIFY(used.isValid());
    preset.nodes[0].fieldValue = s("新的提示词");
    preset.setLocalPath(preset.nodes.at(1), QString());
    QCOMPARE(m_store->save(preset), id);
    const Preset after = *m_store->get(id);
    QCOMPARE(after.nodes.at(0).fieldValue, s("新的提示词"));
    QVERIFY(after.localPaths.isEmpty());
    QCOMPARE(after.createdAt, preset.createdAt);
    QCOMPARE(after.lastUsedAt, used);
    QVERIFY(after.updatedAt > preset.updatedAt);
    QCOMPARE(m_store->count(), 1);
}

void TestPresetStore::updateUnknownIdFails()
{
    Preset ghost = make("ghost", "1", "App");
    ghost.id = 999;
    QCOMPARE(m_store->save(ghost), 0);
    QCOMPARE(m_store->count(), 0);
    QVERIFY(!m_store->rename(999, s("x")));
    QVERIFY(!m_store->markUsed(999));
    QVERIFY(!m_store->setFavourite(999, true));
    QVERIFY(!m_store->remove(999));
    QCOMPARE(m_store->duplicate(999, s("x")), 0);
}

void TestPresetStore::renameDuplicateSaveAs()
{
    Preset original = make("原来", "1877265245566922753", "App");
    original.favourite = true;
    const qint64 id = m_store->save(original);
    QVERIFY(m_store->markUsed(id));
    QVERIFY(m_store->rename(id, s("改名")));
    QCOMPARE(m_store->get(id)->name, s("改名"));

    const qint64 copy = m_store->duplicate(id, s("改名 (2)"));
    QVERIFY(copy > 0 && copy != id);
    const Preset dup = *m_store->get(copy);
    QCOMPARE(dup.name, s("改名 (2)"));
    QCOMPARE(dup.nodes, original.nodes);
    QVERIFY(!dup.favourite);
    QVERIFY(!dup.lastUsedAt.isValid());

    Preset edited = *m_store->get(id);
    edited.nodes[0].fieldValue = s("edited");
    const qint64 other = m_store->saveAs(edited, s("另存"));
    QVERIFY(other > 0 && other != id && other != copy);
    QCOMPARE(m_store->get(other)->nodes.at(0).fieldValue, s("edited"));
    QCOMPARE(m_store->get(id)->nodes.at(0).fieldValue, original.nodes.at(0).fieldValue); // untouched
    QCOMPARE(m_store->count(), 3);
}

void TestPresetStore::orderingGroupsAppsFavouritesRecent()
{
    const qint64 zOld = m_store->save(make("z-old", "2", "zeta"));
    const qint64 zNew = m_store->save(make("z-new", "2", "zeta"));
    const qint64 aNever = m_store->save(make("a-never", "1", "Alpha"));
    const qint64 aUsed = m_store->save(make("a-used", "1", "Alpha"));
    const qint64 aFav = m_store->save(make("a-fav", "1", "Alpha"));
    const qint64 aRecent = m_store->save(make("a-recent", "1", "Alpha"));
    QVERIFY(m_store->markUsed(zOld));
    QVERIFY(m_store->markUsed(zNew));
    QVERIFY(m_store->markUsed(aUsed));
    QVERIFY(m_store->markUsed(aRecent));
    QVERIFY(m_store->setFavourite(aFav, true));
    Q_UNUSED(aNever);
    QCOMPARE(names(m_store->list()), sl("a-fav|a-recent|a-used|a-never|z-new|z-old"));
    QCOMPARE(names(m_store->forApp(s("2"))), sl("z-new|z-old"));
    QVERIFY(m_store->setFavourite(aFav, false));
    QVERIFY(m_store->setFavourite(zOld, true));
    QCOMPARE(names(m_store->list()), sl("a-recent|a-used|a-fav|a-never|z-old|z-new"));
    QVERIFY(m_store->get(zOld)->favourite);
}

void TestPresetStore::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << "" << sl("100% real|dog_1|猫 portrait|upscale");
    QTest::newRow("blank") << "   " << sl("100% real|dog_1|猫 portrait|upscale");
    QTest::newRow("name ascii case") << "PORTRAIT" << sl("猫 portrait");
    QTest::newRow("chinese name") << "猫" << sl("猫 portrait");
    QTest::newRow("app name") << "文生图" << sl("100% real|dog_1|猫 portrait");
    QTest::newRow("webapp id") << "1907035719658053634" << sl("upscale");
    QTest::newRow("id part") << "7265245" << sl("100% real|dog_1|猫 portrait");
    QTest::newRow("percent literal") << "0%" << sl("100% real");
    QTest::newRow("underscore literal") << "g_1" << sl("dog_1");
    QTest::newRow("underscore not wildcard") << "do_" << sl("");
    QTest::newRow("none") << "nothing here" << sl("");
    QTest::newRow("prompt text is not searched") << "金发女孩" << sl("");
}

void TestPresetStore::search()
{
    QFETCH(QString, text);
    for (const char *name : {"猫 portrait", "100% real", "dog_1"})
        QVERIFY(m_store->save(make(name, "1877265245566922753", "Flux 文生图")) > 0);
    QVERIFY(m_store->save(make("upscale", "1907035719658053634", "Upscale")) > 0);
    QStringList got = names(m_store->list(text));
    QTEST(got, "expected");
}

void TestPresetStore::removeAndRestore()
{
    Preset preset = make("删掉我", "1877265245566922753", "App");
    preset.favourite = true;
    preset.setLocalPath(preset.nodes.at(1), s("/srv/x.png"));
    const qint64 keep = m_store->save(make("keep", "1", "App"));
    const qint64 id = m_store->save(preset);
    QVERIFY(m_store->markUsed(id));
    const Preset before = *m_store->get(id);

    QSignalSpy removed(m_store.get(), &PresetStore::presetRemoved);
    const auto gone = m_store->remove(id);
    QVERIFY(gone);
    QCOMPARE(*gone, before);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toLongLong(), id);
    QVERIFY(!m_store->get(id));
    QVERIFY(!m_store->remove(id));

    QCOMPARE(m_store->restore(*gone), id);
    QCOMPARE(*m_store->get(id), before); // same id, content and times
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("UNIQUE constraint failed")));
    QCOMPARE(m_store->restore(*gone), 0); // never overwrites
    QCOMPARE(m_store->count(), 2);
    QVERIFY(m_store->get(keep));
}

void TestPresetStore::importAllIsOneTransaction()
{
    QVERIFY(m_store->save(make("existing", "1", "App")) > 0);
    const rh::Presets incoming{make("one", "1", "App"), make("boom", "1", "App"), make("three", "2", "B")};
    {
        // A real failure in the middle of the batch: SQLite refuses the second insert.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER fail_boom BEFORE INSERT ON presets"
                                          " WHEN NEW.name = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END")));
    }
    QSignalSpy changed(m_store.get(), &PresetStore::presetsChanged);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("preset query failed: .*boom")));
    QVERIFY(m_store->importAll(incoming).isEmpty());
    QCOMPARE(names(m_store->list()), sl("existing"));
    QCOMPARE(changed.count(), 0);
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER fail_boom")));
    }
    const QList<qint64> ids = m_store->importAll(incoming);
    QCOMPARE(ids.size(), 3);
    QCOMPARE(m_store->get(ids.at(1))->name, s("boom"));
    QCOMPARE(m_store->count(), 4);
    QCOMPARE(changed.count(), 1);
}

void TestPresetStore::survivesReopen()
{
    Preset preset = make("持久", "1877265245566922753", "App");
    preset.setLocalPath(preset.nodes.at(1), s("/data/图.png"));
    const qint64 id = m_store->save(preset);
    QVERIFY(m_store->markUsed(id));
    const Preset before = *m_store->get(id);
    m_store.reset();
    m_db.reset();
    open();
    QCOMPARE(*m_store->get(id), before);
}

void TestPresetStore::batchSurvivesReopen()
{
    Preset preset = make("每周封面", "1877265245566922753", "App");
    preset.batch.sheetPath = s("/data/周报/封面.xlsx");
    preset.batch.sheetName = s("第 12 周");
    preset.batch.skipProblems = false;
    preset.batch.columns = {{s("提示词"), s("input:122:prompt")}, {s("Notes"), QString()}, {s("label"), s("label")}};
    const qint64 id = m_store->save(preset);
    QVERIFY(id > 0);
    // A restart: a new database and store on the same file.
    m_store.reset();
    m_db.reset();
    open();
    const auto got = m_store->get(id);
    QVERIFY(got);
    QVERIFY(got->sameContent(preset));
    QCOMPARE(got->batch, preset.batch);
    // Saving it again without changing the batch keeps it; a plain preset has none.
    QVERIFY(m_store->save(*got) == id);
    QCOMPARE(m_store->get(id)->batch, preset.batch);
    const qint64 plain = m_store->save(make("plain", "1877265245566922753", "App"));
    QVERIFY(m_store->get(plain)->batch.isEmpty());
    // The sheet's path is this machine's: preset files never carry it.
    QVERIFY(!rh::exportPresets(m_store->list()).contains("封面.xlsx"));
}

void TestPresetStore::presetsFromBeforeBatchesLoad()
{
    const qint64 id = m_store->save(make("旧", "1877265245566922753", "App"));
    QVERIFY(id > 0);
    // A row as schema v6 left it (the column's default), and one a newer rhdesk wrote in a format this one does not
    // know: both load with their values and without a batch.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE presets SET batch_json = ''")));
    QVERIFY(m_store->get(id));
    QVERIFY(m_store->get(id)->batch.isEmpty());
    QCOMPARE(m_store->get(id)->nodes.size(), 2);
    QVERIFY(query.exec(
        QStringLiteral(R"(UPDATE presets SET batch_json = '{"version": 2, "sheetPath": "/x.csv", "sources": []}')")));
    const auto newer = m_store->get(id);
    QVERIFY(newer);
    QCOMPARE(newer->name, s("旧"));
    QCOMPARE(newer->nodes.size(), 2);
    QVERIFY(newer->batch.isEmpty());
    // Saving it here keeps the newer batch for the rhdesk that wrote it.
    Preset edited = *newer;
    edited.name = s("旧 2");
    QCOMPARE(m_store->save(edited), id);
    QVERIFY(query.exec(QStringLiteral("SELECT batch_json FROM presets WHERE id = %1").arg(id)) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral(R"({"version": 2, "sheetPath": "/x.csv", "sources": []})"));
}

void TestPresetStore::apiKeyNeverStoredOrExported()
{
    const QByteArray body = R"({"apiKey":")" + apiKey + R"(","webappId":1877265245566922753,"instanceType":"plus",)" +
                            R"("nodeInfoList":[{"nodeId":"122","fieldName":"prompt","fieldValue":"猫"}]})";
    rh::PresetImport imported = rh::importRequestBody(body);
    QVERIFY(imported.ok());
    imported.presets[0].name = s("from docs");
    const QList<qint64> ids = m_store->importAll(imported.presets);
    QCOMPARE(ids.size(), 1);
    const Preset stored = *m_store->get(ids.first());
    QCOMPARE(stored.webappId, s("1877265245566922753"));
    QCOMPARE(stored.nodes.first().fieldValue, s("猫"));
    const QByteArray exported = rh::exportPresets(m_store->list());
    QVERIFY(exported.contains("1877265245566922753"));
    QVERIFY(!exported.contains(apiKey));

    m_store.reset();
    m_db.reset(); // closes the connection: WAL content is checkpointed into the file
    QByteArray everything;
    QDirIterator files(m_dir->path(), QDir::Files);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        everything += file.readAll();
    }
    QVERIFY(everything.contains(QStringLiteral("from docs").toUtf8())); // we did read the data
    QVERIFY(!everything.contains(apiKey));
}

QTEST_GUILESS_MAIN(TestPresetStore)
#include "tst_presetstore.moc"
