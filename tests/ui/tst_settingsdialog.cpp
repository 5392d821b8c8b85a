// The Settings dialog warns before the key would cross the network in clear text.
#include "settingsdialog.h"
#include "testenv.h"

#include "store/appsettings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace rh;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void plainHttpToAnotherComputerIsFlagged_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("https proxy") << QStringLiteral("https://proxy.example.com/rh") << false;
        QTest::newRow("http proxy") << QStringLiteral("http://proxy.example.com/rh") << true;
        QTest::newRow("http on the LAN") << QStringLiteral("http://192.168.1.20:8080") << true;
        QTest::newRow("http on this computer") << QStringLiteral("http://127.0.0.1:8080") << false;
        QTest::newRow("http to localhost") << QStringLiteral("http://localhost:8080") << false;
    }

    void plainHttpToAnotherComputerIsFlagged()
    {
        QFETCH(QString, url);
        QFETCH(bool, flagged);
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        SettingsDialog dialog(&settings, false);
        dialog.show();
        auto *site = dialog.findChild<QComboBox *>(QStringLiteral("settingsSiteComboBox"));
        site->setCurrentIndex(site->findData(int(Site::Custom)));
        dialog.findChild<QLineEdit *>(QStringLiteral("customBaseUrlLineEdit"))->setText(url);
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("keyInClearLabel"));
        QCOMPARE(warning->isVisible(), flagged);
        QCOMPARE(dialog.customServerInClear(), flagged);
        // The real sites are https: never flagged, whatever the custom box says.
        site->setCurrentIndex(site->findData(int(Site::Cn)));
        QVERIFY(!warning->isVisible());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
