// AppLoader's cover: fetched through one ApiCall like every other request, capped while reading.
#include "api/apicall.h"
#include "api/apiclient.h"
#include "apps/apploader.h"
#include "sandbox/sandboxserver.h"
#include "session/connection.h"
#include "store/appsettings.h"
#include "testenv.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");

QString thumbPath(const QString &webappId)
{
    return QStringLiteral("/files/cover-%1-thumb.png").arg(webappId);
}

} // namespace

class TestAppLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->start());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_api = std::make_unique<ApiClient>(m_nam.get());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_connection = std::make_unique<Connection>(
            m_settings.get(), nullptr, Connection::Fixed{m_server->baseUrl(), {}, SandboxServer::demoApiKey(), {}});
        m_loader = std::make_unique<AppLoader>(m_connection.get(), m_api.get(), nullptr);
    }
    void cleanup()
    {
        m_loader.reset();
        m_connection.reset();
        m_settings.reset();
        m_api.reset();
        m_nam.reset();
        m_server.reset();
    }

    void coverFollowsTheInputs()
    {
        QSignalSpy loaded(m_loader.get(), &AppLoader::loaded);
        QSignalSpy cover(m_loader.get(), &AppLoader::coverLoaded);
        m_loader->load(textApp);
        QVERIFY(cover.wait(10000));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(cover.at(0).at(0).toString(), textApp);
        QUrl url = m_server->baseUrl();
        url.setPath(thumbPath(textApp));
        QCOMPARE(cover.at(0).at(1).toByteArray(), m_server->fileBytes(url));
        QCOMPARE(m_server->requestCount(thumbPath(textApp)), 1);
    }

    void oversizedCoverIsDropped()
    {
        QVERIFY(SandboxServer::oversizedBytes() > AppLoader::MaxCoverBytes);
        m_server->failNext(thumbPath(textApp), SandboxServer::Fault::Oversized);
        QSignalSpy cover(m_loader.get(), &AppLoader::coverLoaded);
        QSignalSpy served(m_server.get(), &SandboxServer::requestServed);
        m_loader->load(textApp);
        QTRY_VERIFY(served.contains({thumbPath(textApp)}));
        // The cover's call ends (and deletes itself) without a picture.
        QTRY_VERIFY_WITH_TIMEOUT(m_api->findChildren<ApiCall *>().isEmpty(), 10000);
        QCOMPARE(cover.count(), 0);

        m_loader->reload(textApp); // the next answer is a normal picture again
        QVERIFY(cover.wait(10000));
        QVERIFY(cover.at(0).at(1).toByteArray().size() < AppLoader::MaxCoverBytes);
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<AppLoader> m_loader;
};

QTEST_GUILESS_MAIN(TestAppLoader)
#include "tst_apploader.moc"
