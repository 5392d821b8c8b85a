#include "store/appsettings.h"
#include "store/keymanager.h"
#include "store/secretstore.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rh;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("rhdesk.ini")); }
    QByteArray iniBytes() const
    {
        QFile file(iniPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void everyKeyHasAUniqueName()
    {
        QStringList names;
        for (AppSettings::Key key : AppSettings::allKeys()) {
            const QString name = AppSettings::keyName(key);
            QVERIFY(!name.isEmpty());
            QVERIFY2(!names.contains(name), qPrintable(name));
            QVERIFY(!name.contains(QLatin1String("key"), Qt::CaseInsensitive) || name == QLatin1String("keyStorage"));
            names.append(name);
        }
        QCOMPARE(names.size(), 25);
    }

    void defaults()
    {
        AppSettings settings(iniPath());
        QCOMPARE(settings.site(), Site::Cn);
        QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("https://www.runninghub.cn")));
        QCOMPARE(settings.customBaseUrl(), QString());
        QCOMPARE(settings.lastWebappId(), QString());
        QCOMPARE(settings.instanceType(), QString());
        QCOMPARE(settings.webhookUrl(), QString());
        QCOMPARE(settings.clientId(), QString());
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.outputFolder(),
                 QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + QStringLiteral("/rhdesk"));
        QCOMPARE(settings.pollIntervalMs(), 5000);
        QCOMPARE(settings.pollDeadlineMs(), 30 * 60 * 1000);
        QCOMPARE(settings.maxOutputBytes(), qint64(2) * 1024 * 1024 * 1024);
        QCOMPARE(settings.keyStorage(), KeyStorage::Keychain);
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.windowState().isEmpty());
        QCOMPARE(settings.queueSlots(), 1); // consumer keys run one task at a time
        QVERIFY(!settings.queueSound());
        QVERIFY(settings.splitterState().isEmpty());
        QVERIFY(!settings.advancedOpen());
        QCOMPARE(settings.outputNamePattern(), QStringLiteral("{app}_{date}_{time}_{n}"));
        QVERIFY(!settings.webSafeNames());
        QCOMPARE(settings.status(), QSettings::NoError);
        QVERIFY(!QFile::exists(iniPath())); // reading writes nothing
    }

    void queueSlotsStayInRange_data()
    {
        QTest::addColumn<int>("written");
        QTest::addColumn<int>("read");
        QTest::newRow("enterprise") << 5 << 5;
        QTest::newRow("most") << 20 << 20;
        QTest::newRow("too many") << 50 << 20;
        QTest::newRow("none") << 0 << 1;
        QTest::newRow("negative") << -3 << 1;
    }
    void queueSlotsStayInRange()
    {
        QFETCH(int, written);
        QFETCH(int, read);
        {
            AppSettings settings(iniPath());
            QVERIFY(settings.setQueueSlots(written));
            QVERIFY(settings.setQueueSound(true));
        }
        AppSettings settings(iniPath());
        QCOMPARE(settings.queueSlots(), read);
        QVERIFY(settings.queueSound());
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(AppSettings::keyName(AppSettings::Key::QueueSlots), 999); // edited by hand
        raw.sync();
        QCOMPARE(AppSettings(iniPath()).queueSlots(), 20);
    }

    void roundTrip()
    {
        const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00\xff", 9);
        {
            AppSettings settings(iniPath());
            QVERIFY(settings.setSite(Site::Ai));
            QVERIFY(settings.setCustomBaseUrl(QStringLiteral(" http://127.0.0.1:8080 ")));
            QVERIFY(settings.setLastWebappId(QStringLiteral("1877265245566922753")));
            QVERIFY(settings.setInstanceType(QStringLiteral("plus")));
            QVERIFY(settings.setWebhookUrl(QStringLiteral("https://example.com/hook?a=1&b=2")));
            QVERIFY(settings.setClientId(QStringLiteral("c0ffee")));
            QVERIFY(settings.setLanguage(QStringLiteral("zh_CN")));
            QVERIFY(settings.setOutputFolder(QStringLiteral("/srv/输出 folder")));
            QVERIFY(settings.setPollIntervalMs(1500));
            QVERIFY(settings.setPollDeadlineMs(120000));
            QVERIFY(settings.setMaxOutputBytes(qint64(5) * 1024 * 1024 * 1024)); // beyond int
            QVERIFY(settings.setKeyStorage(KeyStorage::PlainFile));
            QVERIFY(settings.setWindowGeometry(geometry));
            QVERIFY(settings.setWindowState(QByteArray("state")));
            QVERIFY(settings.setSplitterState(QByteArray("split")));
            QVERIFY(settings.setAdvancedOpen(true));
            QVERIFY(settings.setOutputNamePattern(QStringLiteral("{label}-{taskId}-{n} 图")));
            QVERIFY(settings.setWebSafeNames(true));
        }
        AppSettings settings(iniPath());
        QCOMPARE(settings.site(), Site::Ai);
        QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("https://www.runninghub.ai")));
        QCOMPARE(settings.customBaseUrl(), QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(settings.lastWebappId(), QStringLiteral("1877265245566922753"));
        QCOMPARE(settings.instanceType(), QStringLiteral("plus"));
        QCOMPARE(settings.webhookUrl(), QStringLiteral("https://example.com/hook?a=1&b=2"));
        QCOMPARE(settings.clientId(), QStringLiteral("c0ffee"));
        QCOMPARE(settings.language(), QStringLiteral("zh_CN"));
        QCOMPARE(settings.outputFolder(), QStringLiteral("/srv/输出 folder"));
        QCOMPARE(settings.pollIntervalMs(), 1500);
        QCOMPARE(settings.pollDeadlineMs(), 120000);
        QCOMPARE(settings.maxOutputBytes(), qint64(5) * 1024 * 1024 * 1024);
        QCOMPARE(settings.keyStorage(), KeyStorage::PlainFile);
        QCOMPARE(settings.windowGeometry(), geometry);
        QCOMPARE(settings.windowState(), QByteArray("state"));
        QCOMPARE(settings.outputNamePattern(), QStringLiteral("{label}-{taskId}-{n} 图"));
        QVERIFY(settings.webSafeNames());
        QVERIFY(settings.setOutputNamePattern(QStringLiteral("  "))); // blank: the default again
        QCOMPARE(settings.outputNamePattern(), QStringLiteral("{app}_{date}_{time}_{n}"));

        QVERIFY(settings.reset(AppSettings::Key::PollIntervalMs));
        QCOMPARE(settings.pollIntervalMs(), 5000);
    }

    void baseUrl_data()
    {
        QTest::addColumn<QString>("custom");
        QTest::addColumn<QUrl>("expected");
        QTest::newRow("sandbox") << QStringLiteral("http://127.0.0.1:43210")
                                 << QUrl(QStringLiteral("http://127.0.0.1:43210"));
        QTest::newRow("https proxy") << QStringLiteral("https://rh.example.com/base")
                                     << QUrl(QStringLiteral("https://rh.example.com/base"));
        QTest::newRow("empty") << QString() << QUrl();
        QTest::newRow("no scheme") << QStringLiteral("www.runninghub.cn") << QUrl();
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << QUrl();
        QTest::newRow("garbage") << QStringLiteral("http://exa mple.com") << QUrl();
    }

    void baseUrl()
    {
        QFETCH(QString, custom);
        QFETCH(QUrl, expected);
        AppSettings settings(iniPath());
        QVERIFY(settings.setSite(Site::Custom));
        QVERIFY(settings.setCustomBaseUrl(custom));
        QCOMPARE(settings.site(), Site::Custom);
        QCOMPARE(settings.baseUrl(), expected);
    }

    void malformedValuesFallBack()
    {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(AppSettings::keyName(AppSettings::Key::Site), QStringLiteral("moon"));
            raw.setValue(AppSettings::keyName(AppSettings::Key::PollIntervalMs), QStringLiteral("soon"));
            raw.setValue(AppSettings::keyName(AppSettings::Key::PollDeadlineMs), -5);
            raw.setValue(AppSettings::keyName(AppSettings::Key::KeyStorage), QStringLiteral("cloud"));
            raw.setValue(AppSettings::keyName(AppSettings::Key::MaxOutputBytes), QStringLiteral("-1"));
        }
        AppSettings settings(iniPath());
        QCOMPARE(settings.site(), Site::Cn);
        QCOMPARE(settings.pollIntervalMs(), 5000);
        QCOMPARE(settings.pollDeadlineMs(), 30 * 60 * 1000);
        QCOMPARE(settings.keyStorage(), KeyStorage::Keychain);
        QCOMPARE(settings.maxOutputBytes(), qint64(2) * 1024 * 1024 * 1024);
    }

    void clientIdOnlyReplacedByANewOne()
    {
        AppSettings settings(iniPath());
        QVERIFY(!settings.updateClientId(QString()));
        QVERIFY(!QFile::exists(iniPath()));
        QVERIFY(settings.updateClientId(QStringLiteral("first")));
        QCOMPARE(settings.clientId(), QStringLiteral("first"));
        QVERIFY(!settings.updateClientId(QStringLiteral("first")));
        QVERIFY(!settings.updateClientId(QString()));
        QCOMPARE(settings.clientId(), QStringLiteral("first"));
        QVERIFY(settings.updateClientId(QStringLiteral("second")));
        QVERIFY(settings.sync());
        QCOMPARE(AppSettings(iniPath()).clientId(), QStringLiteral("second"));
    }

    void settersLeaveTheWritingToSync()
    {
        // Writing the file per setter stalled the GUI thread: setters change the value in memory, another thread
        // writes the file, and sync() waits for it.
        AppSettings settings(iniPath());
        QVERIFY(settings.setLastWebappId(QStringLiteral("1877265245566922753")));
        QVERIFY(settings.setPollIntervalMs(1500));
        QCOMPARE(settings.lastWebappId(), QStringLiteral("1877265245566922753"));
        QVERIFY(settings.sync());
        QVERIFY(iniBytes().contains("1877265245566922753"));
        QCOMPARE(AppSettings(iniPath()).pollIntervalMs(), 1500);
    }

    void savedByItselfOnTheNextEventLoopTurn()
    {
        AppSettings settings(iniPath());
        QVERIFY(settings.setClientId(QStringLiteral("c0ffee")));
        QVERIFY(settings.setLanguage(QStringLiteral("zh_CN")));
        QTRY_VERIFY(iniBytes().contains("c0ffee") && iniBytes().contains("zh_CN"));
    }

    void unwritableFileIsReported()
    {
        // A directory where the file should be: sync() cannot write and says so; so do the setters from then on.
        const QString path = m_dir->filePath(QStringLiteral("taken.ini"));
        QVERIFY(QDir().mkpath(path));
        AppSettings settings(path);
        settings.setLastWebappId(QStringLiteral("1"));
        QVERIFY(!settings.sync());
        QCOMPARE(settings.status(), QSettings::AccessError);
        QVERIFY(!settings.setLastWebappId(QStringLiteral("2")));
    }

    void guardrailLimits()
    {
        AppSettings settings(m_dir->filePath(QStringLiteral("guard.ini")));
        QVERIFY(settings.setCoinsLimit(AppSettings::Key::BatchCapCoins, 500));
        QVERIFY(settings.setCoinsLimit(AppSettings::Key::BalanceFloorCoins, -3)); // never negative
        QVERIFY(settings.setCoinsLimit(AppSettings::Key::ConfirmAboveCoins, 0));  // 0 = never ask
        QVERIFY(settings.sync());
        AppSettings again(m_dir->filePath(QStringLiteral("guard.ini")));
        QCOMPARE(again.coinsLimit(AppSettings::Key::BatchCapCoins), qint64(500));
        QCOMPARE(again.coinsLimit(AppSettings::Key::BalanceFloorCoins), qint64(0));
        QCOMPARE(again.coinsLimit(AppSettings::Key::ConfirmAboveCoins), qint64(0));
    }

    void apiKeyIsNeverWritten()
    {
        const QString apiKey = QStringLiteral("0123456789abcdef0123456789abcdef");
        AppSettings settings(iniPath());
        for (AppSettings::Key key : AppSettings::allKeys())
            QVERIFY(settings.reset(key));
        QVERIFY(settings.setSite(Site::Custom));
        QVERIFY(settings.setCustomBaseUrl(QStringLiteral("http://127.0.0.1:1")));
        QVERIFY(settings.setClientId(QStringLiteral("client")));
        QVERIFY(settings.setKeyStorage(KeyStorage::SessionOnly));

        // The key goes through the key manager the way the window does it, in every storage mode.
        KeyManager keys(new MemorySecretStore, new MemorySecretStore, settings.keyStorage());
        QSignalSpy saved(&keys, &KeyManager::saved);
        const QString account = SecretStore::accountFor(settings.baseUrl());
        for (KeyStorage storage : {KeyStorage::SessionOnly, KeyStorage::Keychain, KeyStorage::PlainFile}) {
            QVERIFY(settings.setKeyStorage(storage));
            keys.setStorage(storage);
            keys.save(account, apiKey);
            QVERIFY(saved.wait(1000));
        }
        QVERIFY(settings.sync());
        const QByteArray bytes = iniBytes();
        QVERIFY(bytes.contains("client"));
        QVERIFY(!bytes.contains(apiKey.toLatin1()));
        QVERIFY(!bytes.contains(apiKey.left(8).toLatin1()));
        QVERIFY(!bytes.contains("apiKey"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
