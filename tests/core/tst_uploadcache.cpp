#include "store/database.h"
#include "store/uploadcache.h"
#include "testenv.h"

#include <QCryptographicHash>
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

    void sha256OfFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("hash");
        QTest::newRow("abc") << QByteArray("abc")
                             << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("3 MB of zeros, read in chunks")
            << QByteArray(3 * 1024 * 1024, '\0')
            << QString::fromLatin1(
                   QCryptographicHash::hash(QByteArray(3 * 1024 * 1024, '\0'), QCryptographicHash::Sha256).toHex());
    }

    void sha256OfFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, hash);
        const QString path = writeFile(QStringLiteral("图片 1.png"), content);
        QVERIFY(!path.isEmpty());
        QCOMPARE(UploadCache::sha256OfFile(path), hash);
    }

    void missingFileHasNoHash()
    {
        QCOMPARE(UploadCache::sha256OfFile(m_dir->filePath(QStringLiteral("nope"))), QString());
    }

    void rememberedAcrossReopen()
    {
        const QString local = writeFile(QStringLiteral("cat.png"), QByteArray("pixels"));
        const QString hash = UploadCache::sha256OfFile(local);
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
        QVERIFY(!cache.find(UploadCache::sha256OfFile(writeFile(QStringLiteral("dog.png"), "other"))));
        QVERIFY(cache.find(UploadCache::sha256OfFile(writeFile(QStringLiteral("copy.png"), "pixels"))));

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
