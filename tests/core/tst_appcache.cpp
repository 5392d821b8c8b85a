#include "store/appcache.h"
#include "store/database.h"
#include "testenv.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rh;

namespace {

AppInfo sampleApp()
{
    AppInfo info;
    info.webappId = QStringLiteral("1877265245566922753");
    info.name = QStringLiteral("电商产品图 Product shot");
    info.coverUrl = QStringLiteral("https://rh-images.example/cover.png");
    info.thumbnailUrl = QStringLiteral("https://rh-images.example/thumb.webp");
    NodeField image;
    image.nodeId = QStringLiteral("39");
    image.nodeName = QStringLiteral("LoadImage");
    image.fieldName = QStringLiteral("image");
    image.fieldValue = QStringLiteral("api/8a1b.png");
    image.fieldType = QStringLiteral("IMAGE");
    image.fieldData = QString();
    image.description = QStringLiteral("上传图片");
    image.descriptionEn = QStringLiteral("Upload an image");
    NodeField list = image;
    list.nodeId = QStringLiteral("52");
    list.nodeName = QStringLiteral("Style \"quoted\"");
    list.fieldName = QStringLiteral("style");
    list.fieldValue = QStringLiteral("水彩");
    list.fieldType = QStringLiteral("LIST");
    list.fieldData = QStringLiteral(R"([{"name":"水彩","index":"1"},{"name":"oil\npaint","index":2.0}])");
    list.description = QString();
    list.descriptionEn = QStringLiteral("Style\twith tab");
    info.nodes = {image, list};
    return info;
}

const QString cn = QStringLiteral("https://www.runninghub.cn");

} // namespace

class TestAppCache : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("rhdesk.sqlite")); }

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void storeAndLoadAcrossReopen()
    {
        const AppInfo info = sampleApp();
        const QDateTime fetched = QDateTime::fromMSecsSinceEpoch(1732400000123, Qt::UTC);
        {
            Database db(path());
            QVERIFY(db.open());
            AppCache cache(&db);
            QVERIFY(!cache.load(cn, info.webappId));
            QVERIFY(cache.store(cn, info, fetched));
        }
        Database db(path());
        QVERIFY(db.open());
        AppCache cache(&db);
        const std::optional<CachedApp> loaded = cache.load(cn, info.webappId);
        QVERIFY(loaded);
        QCOMPARE(loaded->info.webappId, info.webappId);
        QCOMPARE(loaded->info.name, info.name);
        QCOMPARE(loaded->info.coverUrl, info.coverUrl);
        QCOMPARE(loaded->info.thumbnailUrl, info.thumbnailUrl);
        QCOMPARE(loaded->info.nodes.size(), 2);
        QCOMPARE(loaded->info.nodes, info.nodes); // all eight fields of every node
        QCOMPARE(loaded->fetchedAt, fetched);
    }

    void replacesAndRemoves()
    {
        Database db(path());
        QVERIFY(db.open());
        AppCache cache(&db);
        AppInfo info = sampleApp();
        QVERIFY(cache.store(cn, info));
        info.name = QStringLiteral("renamed");
        info.nodes.removeLast();
        QVERIFY(cache.store(cn, info));
        QCOMPARE(cache.load(cn, info.webappId)->info.name, QStringLiteral("renamed"));
        QCOMPARE(cache.load(cn, info.webappId)->info.nodes.size(), 1);
        QVERIFY(cache.load(cn, info.webappId)->fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QVERIFY(cache.remove(cn, info.webappId));
        QVERIFY(!cache.load(cn, info.webappId));
    }

    void eachServerHasItsOwnEntries()
    {
        Database db(path());
        QVERIFY(db.open());
        AppCache cache(&db);
        AppInfo real = sampleApp();
        AppInfo fake = sampleApp();
        fake.name = QStringLiteral("文生图 · 沙盒演示");
        fake.nodes.removeLast();
        QVERIFY(cache.store(cn, real));
        QVERIFY(cache.store(QStringLiteral("sandbox"), fake));
        QCOMPARE(cache.load(cn, real.webappId)->info.name, real.name);
        QCOMPARE(cache.load(cn, real.webappId)->info.nodes.size(), 2);
        QCOMPARE(cache.load(QStringLiteral("sandbox"), real.webappId)->info.name, fake.name);
        QVERIFY(!cache.load(QStringLiteral("https://www.runninghub.ai"), real.webappId));
        QVERIFY(cache.remove(QStringLiteral("sandbox"), real.webappId));
        QVERIFY(cache.load(cn, real.webappId));
    }

    void minimalApp()
    {
        Database db(path());
        QVERIFY(db.open());
        AppCache cache(&db);
        AppInfo info; // null strings everywhere but the id
        info.webappId = QStringLiteral("42");
        info.nodes = {NodeField()};
        QVERIFY(cache.store(cn, info));
        const std::optional<CachedApp> loaded = cache.load(cn, QStringLiteral("42"));
        QVERIFY(loaded);
        QCOMPARE(loaded->info.name, QString());
        QCOMPARE(loaded->info.nodes, info.nodes);
    }

    void refusesAnAppWithoutId()
    {
        Database db(path());
        QVERIFY(db.open());
        AppCache cache(&db);
        AppInfo info = sampleApp();
        info.webappId.clear();
        QVERIFY(!cache.store(cn, info));
    }

    void malformedRowIsAMiss()
    {
        Database db(path());
        QVERIFY(db.open());
        AppCache cache(&db);
        QVERIFY(QSqlQuery(db.connection())
                    .exec(QStringLiteral("INSERT INTO app_cache (server, webapp_id, nodes_json, fetched_at)"
                                         " VALUES ('https://www.runninghub.cn', '5', 'not json', 1)")));
        QVERIFY(!cache.load(cn, QStringLiteral("5")));
    }
};

QTEST_GUILESS_MAIN(TestAppCache)
#include "tst_appcache.moc"
