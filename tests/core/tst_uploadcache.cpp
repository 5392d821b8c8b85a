#include "store/database.h"
#include "store/uploadcache.h"
#include "testenv.h"
#include "transfer/filehash.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rh;

namespace {

const QString cn = QStringLiteral("https://www.runninghub.cn");
const QDateTime uploaded = QDateTime::fromMSecsSinceEpoch(1732400000000, Qt::UTC);
const QDateTime hourLater = uploaded.addSecs(3600);

} // namespace

class TestUploadCache : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return QString();
        return path;
    }

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void rememberedAcrossReopen()
    {
        const QString local = writeFile(QStringLiteral("cat.png"), QByteArray("pixels"));
        const QString hash = sha256OfFile(local);
        const QString dbPath = m_dir->filePath(QStringLiteral("rhdesk.sqlite"));
        {
            Database db(dbPath);
            QVERIFY(db.open());
            UploadCache cache(&db);
            QVERIFY(!cache.find(cn, hash, hourLater));
            CachedUpload upload;
            upload.server = cn;
            upload.sha256 = hash.toUpper(); // case does not matter
            upload.fileName = QStringLiteral("api/2c8f3d2e.png");
            upload.fileType = QStringLiteral("image");
            upload.uploadedAt = uploaded;
            upload.localPath = local;
            QVERIFY(cache.store(upload));
        }
        Database db(dbPath);
        QVERIFY(db.open());
        UploadCache cache(&db);
        const std::optional<CachedUpload> found = cache.find(cn, hash, hourLater);
        QVERIFY(found);
        QCOMPARE(found->sha256, hash);
        QCOMPARE(found->fileName, QStringLiteral("api/2c8f3d2e.png"));
        QCOMPARE(found->fileType, QStringLiteral("image"));
        QCOMPARE(found->uploadedAt, QDateTime::fromMSecsSinceEpoch(1732400000000, Qt::UTC));
        QCOMPARE(found->localPath, local);
        QVERIFY(cache.find(cn, hash.toUpper(), hourLater));

        // Another file with other content is not found; the same content under another name is.
        QVERIFY(!cache.find(cn, sha256OfFile(writeFile(QStringLiteral("dog.png"), "other")), hourLater));
        QVERIFY(cache.find(cn, sha256OfFile(writeFile(QStringLiteral("copy.png"), "pixels")), hourLater));

        QVERIFY(cache.remove(cn, hash));
        QVERIFY(!cache.find(cn, hash, hourLater));
    }

    void refusesIncompleteEntries()
    {
        Database db(m_dir->filePath(QStringLiteral("rhdesk.sqlite")));
        QVERIFY(db.open());
        UploadCache cache(&db);
        QVERIFY(!cache.store({cn, QString(), QStringLiteral("api/x.png"), QString(), QDateTime(), QString()}));
        QVERIFY(!cache.store({cn, QStringLiteral("ab"), QString(), QString(), QDateTime(), QString()}));
        // Only hash and name are needed; the rest may be left out.
        QVERIFY(
            cache.store({cn, QStringLiteral("ab"), QStringLiteral("api/x.png"), QString(), QDateTime(), QString()}));
        QVERIFY(cache.find(cn, QStringLiteral("ab"))->uploadedAt.isValid());
    }

    void fileNamesBelongToTheirServerAndExpire()
    {
        Database db(m_dir->filePath(QStringLiteral("rhdesk.sqlite")));
        QVERIFY(db.open());
        UploadCache cache(&db);
        const QString hash = QStringLiteral("ab12");
        QVERIFY(cache.store({QStringLiteral("sandbox"), hash, QStringLiteral("api/fake.png"), {}, uploaded, {}}));
        QVERIFY(!cache.find(cn, hash, hourLater)); // the sandbox's fileName never reaches the real server
        QVERIFY(cache.store({cn, hash, QStringLiteral("api/real.png"), {}, uploaded, {}}));
        QCOMPARE(cache.find(cn, hash, hourLater)->fileName, QStringLiteral("api/real.png"));
        QCOMPARE(cache.find(QStringLiteral("sandbox"), hash, hourLater)->fileName, QStringLiteral("api/fake.png"));
        // RunningHub keeps an upload for about a day: after 20 hours it is uploaded again.
        QVERIFY(cache.find(cn, hash, uploaded.addSecs(19 * 3600)));
        QVERIFY(!cache.find(cn, hash, uploaded.addSecs(20 * 3600)));
    }
};

QTEST_GUILESS_MAIN(TestUploadCache)
#include "tst_uploadcache.moc"
