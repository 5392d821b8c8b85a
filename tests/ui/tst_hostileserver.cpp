// What a hostile or broken server does to the real window: a page built to stall a regex, a certificate nobody
// trusts, an output that never ends. Each ends as a sentence, the window keeps turning, nothing fills the disk.
#include "errortext.h"
#include "formdriver.h"
#include "testenv.h"
#include "untrustedtlsserver.h"
#include "windowfixture.h"

#include "session/connection.h"
#include "store/appsettings.h"
#include "transfer/downloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString demoPath = QStringLiteral("/api/webapp/apiCallDemo");
const QString outputsPath = QStringLiteral("/task/openapi/outputs");

/// The longest the event loop went without turning while it lived: a frozen window shows as a long gap.
class StallWatch
{
public:
    StallWatch()
    {
        m_clock.start();
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
                         [this] { m_longestMs = qMax(m_longestMs, m_clock.restart()); });
        m_timer.start();
    }
    /// Includes the time since the last turn: the stall may be the very thing the caller just waited through.
    qint64 longestMs() const { return qMax(m_longestMs, m_clock.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longestMs = 0;
};

void loadApp(test::WindowFixture &f)
{
    auto *id = f.find<QLineEdit>("webappIdLineEdit");
    id->clear();
    QTest::keyClicks(id, textApp);
    QTest::mouseClick(f.find<QPushButton>("loadAppButton"), Qt::LeftButton);
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void hostileErrorPageIsAnErrorNotAFreeze();
    void untrustedCertificateIsSaidSo();
    void endlessOutputIsThatFilesError();
};

// 64 KiB of "<style>" as the answer to loading an app: a backtracking regex once froze the window 1–3 s on it
// (far longer under sanitizers). Now it is an error page like any other, and the event loop keeps turning.
void TestHostileServer::hostileErrorPageIsAnErrorNotAFreeze()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    const QByteArray page = test::readData(QStringLiteral("hostile/style-flood-64k.html"));
    f.sandbox.replyNext(demoPath, page, 502, "text/html");
    auto *status = f.find<QLabel>("appStatusLabel");
    StallWatch watch;
    loadApp(f);
    QTRY_VERIFY2(status->text().contains(QLatin1String("HTTP 502")), qPrintable(status->text()));
    QCOMPARE(f.sandbox.requestCount(demoPath), 1);
    // Not a speed target but a freeze detector: the linear scan takes a few ms, the old regex about a second.
    QVERIFY2(watch.longestMs() < 300, QByteArray::number(watch.longestMs()));
}

void TestHostileServer::untrustedCertificateIsSaidSo()
{
    test::WindowFixture f;
    f.fixedServer = false; // a custom server from the settings, as a user enters a proxy
    QVERIFY(f.open());
    test::UntrustedTlsServer tls;
    QVERIFY(tls.start());
    QVERIFY(f.services->settings().setCustomBaseUrl(tls.baseUrl().toString()));
    f.services->connection()->reloadSettings();
    f.services->connection()->setApiKey(SandboxServer::demoApiKey());
    QCOMPARE(f.services->connection()->baseUrl(), tls.baseUrl());
    loadApp(f);
    auto *status = f.find<QLabel>("appStatusLabel");
    QTRY_VERIFY2(status->text().contains(QLatin1String("certificate is not trusted")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QLatin1String("API key was not sent")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QLatin1String("SSL handshake failed")), qPrintable(status->text())); // Qt's
    QVERIFY(!status->text().contains(QLatin1String("Could not reach")));
    QCOMPARE(tls.encryptedConnections(), 0);
}

// The outputs list names a small file and one the file server streams without end: the small one is saved, the
// other stops at the cap from the settings as that result's own sentence, and nothing of it stays on disk.
void TestHostileServer::endlessOutputIsThatFilesError()
{
    test::WindowFixture f;
    {
        AppSettings settings(f.settingsPath());
        QVERIFY(settings.setMaxOutputBytes(1024 * 1024));
    }
    QVERIFY(f.open());
    test::typeAppId(f, textApp);
    if (QTest::currentTestFailed())
        return;
    const QString base = f.sandbox.baseUrl().toString();
    f.sandbox.replyNext(outputsPath, QStringLiteral(R"({"code":0,"msg":"success","data":[)"
                                                    R"({"fileUrl":"%1/files/small.png","fileType":"png"},)"
                                                    R"({"fileUrl":"%1/files/endless.png","fileType":"png"}]})")
                                         .arg(base)
                                         .toUtf8());
    f.sandbox.streamNext(QStringLiteral("/files/small.png"), 1000);
    f.sandbox.streamNext(QStringLiteral("/files/endless.png"), -1, false);
    test::clickRun(f);
    auto *error = f.find<QLabel>("errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY2(error->text().contains(QLatin1String("1 result(s) could not be saved")) ||
                 error->text().contains(QLatin1String("1 result could not be saved")),
             qPrintable(error->text()));
    auto *messages = f.find<QListWidget>("nodeErrorsListWidget");
    QCOMPARE(messages->count(), 1);
    DownloadError tooLarge;
    tooLarge.index = 1;
    tooLarge.kind = DownloadError::Kind::TooLarge;
    tooLarge.limitBytes = 1024 * 1024;
    QCOMPARE(messages->item(0)->text(), ErrorText::forDownload(tooLarge));
    QVERIFY2(messages->item(0)->text().startsWith(QLatin1String("Result 2 was not saved: it is larger than 1.00 MiB")),
             qPrintable(messages->item(0)->text()));
    const QDir results(f.dir.filePath(QStringLiteral("results")));
    QCOMPARE(results.entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 1);
}

QTEST_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
