// Uploader: checked first, hashed on a worker (and counted as pending meanwhile), cached, then sent.
#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "session/connection.h"
#include "store/appsettings.h"
#include "store/database.h"
#include "store/uploadcache.h"
#include "testenv.h"
#include "transfer/filehash.h"
#include "transfer/uploader.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace rh;

Q_DECLARE_METATYPE(rh::FieldSpec::FileCheck)

namespace {

const QString uploadPath = QStringLiteral("/task/openapi/upload");

} // namespace

class TestUploader : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return QString();
        return path;
    }

    /// Signal names in the order they came, e.g. "pending 1", "uploaded", "pending 0".
    void record(Uploader *uploader)
    {
        m_events.clear();
        connect(uploader, &Uploader::pendingChanged, this,
                [this](int pending) { m_events.append(QStringLiteral("pending %1").arg(pending)); });
        connect(uploader, &Uploader::uploaded, this, [this](int, const QString &, bool fromCache) {
            m_events.append(fromCache ? QStringLiteral("uploaded from cache") : QStringLiteral("uploaded"));
        });
        connect(uploader, &Uploader::failed, this, [this] { m_events.append(QStringLiteral("failed")); });
        connect(uploader, &Uploader::refused, this, [this] { m_events.append(QStringLiteral("refused")); });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UploadCache> m_cache;
    QStringList m_events;

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        qRegisterMetaType<rh::FieldSpec::FileCheck>();
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->start());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_api = std::make_unique<ApiClient>(m_nam.get());
        m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_connection = std::make_unique<Connection>(
            m_settings.get(), nullptr, Connection::Fixed{m_server->baseUrl(), {}, SandboxServer::demoApiKey(), {}});
        m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("rhdesk.sqlite")));
        QVERIFY(m_db->open());
        m_cache = std::make_unique<UploadCache>(m_db.get());
    }
    void cleanup()
    {
        QThreadPool::globalInstance()->waitForDone();
        m_cache.reset();
        m_db.reset();
        m_connection.reset();
        m_settings.reset();
        m_api.reset();
        m_nam.reset();
        m_server.reset();
    }

    void newFileIsHashedSentAndRemembered()
    {
        const QString path = writeFile(QStringLiteral("cat.png"), QByteArray(3 * 1024 * 1024 + 7, 'c'));
        Uploader uploader(m_connection.get(), m_api.get(), m_cache.get());
        record(&uploader);
        QSignalSpy uploaded(&uploader, &Uploader::uploaded);
        uploader.upload(path, QStringLiteral("IMAGE"));
        QCOMPARE(uploader.pendingCount(), 1);
        QVERIFY(uploaded.wait(20000));
        const QString fileName = uploaded.at(0).at(1).toString();
        QCOMPARE(m_server->uploadedFile(fileName).size(), QFile(path).size());
        QTRY_COMPARE(uploader.pendingCount(), 0);
        QCOMPARE(m_events,
                 QStringList({QStringLiteral("pending 1"), QStringLiteral("uploaded"), QStringLiteral("pending 0")}));
        const std::optional<CachedUpload> known = m_cache->find(m_connection->server(), sha256OfFile(path));
        QVERIFY(known);
        QCOMPARE(known->fileName, fileName);
    }

    void knownFileIsPendingWhileHashed()
    {
        // The cache answers only after the hash, which is computed on a worker: until then the upload is pending,
        // so "Run waits for uploads" holds for it too.
        const QString path = writeFile(QStringLiteral("dog.png"), QByteArray("known pixels"));
        QVERIFY(m_cache->store({m_connection->server(),
                                sha256OfFile(path),
                                QStringLiteral("api/known.png"),
                                QStringLiteral("IMAGE"),
                                {},
                                {}}));
        Uploader uploader(m_connection.get(), m_api.get(), m_cache.get());
        record(&uploader);
        QSignalSpy uploaded(&uploader, &Uploader::uploaded);
        uploader.upload(path, QStringLiteral("IMAGE"));
        QCOMPARE(uploader.pendingCount(), 1);
        QCOMPARE(m_events, QStringList({QStringLiteral("pending 1")}));
        QVERIFY(uploaded.wait(10000));
        QCOMPARE(uploaded.at(0).at(1).toString(), QStringLiteral("api/known.png"));
        QCOMPARE(uploaded.at(0).at(2).toBool(), true);
        QCOMPARE(uploader.pendingCount(), 0);
        QCOMPARE(m_events, QStringList({QStringLiteral("pending 1"), QStringLiteral("uploaded from cache"),
                                        QStringLiteral("pending 0")}));
        QCOMPARE(m_server->requestCount(uploadPath), 0);
    }

    void destroyedWhileHashingSaysNothing()
    {
        const QString path = writeFile(QStringLiteral("big.png"), QByteArray(8 * 1024 * 1024, 'b'));
        auto *uploader = new Uploader(m_connection.get(), m_api.get(), m_cache.get());
        record(uploader);
        uploader->upload(path, QStringLiteral("IMAGE"));
        uploader->upload(path, QStringLiteral("IMAGE"));
        QCOMPARE(uploader->pendingCount(), 2);
        delete uploader; // e.g. the window closed while hashing
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
        QCOMPARE(m_events, QStringList({QStringLiteral("pending 1"), QStringLiteral("pending 2")}));
        QCOMPARE(m_server->requestCount(uploadPath), 0);
    }

    void withoutCacheSendsAtOnce()
    {
        const QString path = writeFile(QStringLiteral("fox.png"), QByteArray("fox pixels"));
        Uploader uploader(m_connection.get(), m_api.get(), nullptr);
        QSignalSpy uploaded(&uploader, &Uploader::uploaded);
        uploader.upload(path, QStringLiteral("IMAGE"));
        QCOMPARE(uploader.pendingCount(), 1);
        QVERIFY(uploaded.wait(10000));
        QCOMPARE(uploaded.at(0).at(2).toBool(), false);
        QCOMPARE(m_server->requestCount(uploadPath), 1);
    }

    void refusedFileIsNeverPending()
    {
        const QString path = writeFile(QStringLiteral("notes.txt"), QByteArray("text"));
        Uploader uploader(m_connection.get(), m_api.get(), m_cache.get());
        QSignalSpy refused(&uploader, &Uploader::refused);
        QSignalSpy pending(&uploader, &Uploader::pendingChanged);
        uploader.upload(path, QStringLiteral("IMAGE"));
        QCOMPARE(uploader.pendingCount(), 0);
        QVERIFY(refused.wait(5000));
        QCOMPARE(pending.count(), 0);
        QCOMPARE(m_server->requestCount(uploadPath), 0);
    }
};

QTEST_GUILESS_MAIN(TestUploader)
#include "tst_uploader.moc"
