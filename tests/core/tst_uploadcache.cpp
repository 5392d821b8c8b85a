#include "store/database.h"
#include "store/uploadcache.h"
#include "testenv.h"
#include "transfer/filehash.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rh;

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
            QVERIFY(!cache.find(hash));
            CachedUpload upload;
            upload.sha256 = hash.toUpper(); // case does not matter
            upload.fileName = QStringLiteral("api/2c8f3d2e.png");
            upload.fileType = QStringLiteral("image");
            upload.uploadedAt = QDateTime::fromMSecsSinceEpoch(1732400000000, Qt::UTC);
            upload.localPath = local;
            QVERIFY(cache.store(upload));
        }
        Database db(dbPath);
        QVERIFY(db.open());
        UploadCache cache(&db);
        const std::optional<CachedUpload> found = cache.find(hash);
        QVERIFY(found);
        QCOMPARE(found->sha256, hash);
        QCOMPARE(found->fileName, QStringLiteral("api/2c8f3d2e.png"));
        QCOMPARE(found->fileType, QStringLiteral("image"));
        QCOMPARE(found->uploadedAt, QDateTime::fromMSecsSinceEpoch(1732400000000, Qt::UTC));
        QCOMPARE(found->localPath, local);
        QVERIFY(cache.find(hash.toUpper()));

        // Another file with other content is not found; the same content under another name is.
        QVERIFY(!cache.find(sha256OfFile(writeFile(QStringLiteral("dog.png"), "other"))));
        QVERIFY(cache.find(sha256OfFile(writeFile(QStringLiteral("copy.png"), "pixels"))));

        QVERIFY(cache.remove(hash));
        QVERIFY(!cache.find(hash));
    }

    void refusesIncompleteEntries()
    {
        Database db(m_dir->filePath(QStringLiteral("rhdesk.sqlite")));
        QVERIFY(db.open());
        UploadCache cache(&db);
        QVERIFY(!cache.store({QString(), QStringLiteral("api/x.png"), QString(), QDateTime(), QString()}));
        QVERIFY(!cache.store({QStringLiteral("ab"), QString(), QString(), QDateTime(), QString()}));
        // Only hash and name are needed; the rest may be left out.
        QVERIFY(cache.store({QStringLiteral("ab"), QStringLiteral("api/x.png"), QString(), QDateTime(), QString()}));
        QVERIFY(cache.find(QStringLiteral("ab"))->uploadedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestUploadCache)
#include "tst_uploadcache.moc"
