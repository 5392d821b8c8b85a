// The Settings dialog warns before the key would cross the network in clear text, and names output files.
#include "settingsdialog.h"
#include "testenv.h"

#include "store/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

    void fileNamesArePreviewedAndStored()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        SettingsDialog dialog(&settings, false);
        dialog.show();
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("outputNameEdit"));
        auto *preview = dialog.findChild<QLabel *>(QStringLiteral("outputNamePreviewLabel"));
        auto *webSafe = dialog.findChild<QCheckBox *>(QStringLiteral("webSafeNamesCheckBox"));
        QVERIFY(edit && preview && webSafe);
        QCOMPARE(edit->text(), QStringLiteral("{app}_{date}_{time}_{n}"));
        QVERIFY(!webSafe->isChecked());
        // The label's Alt-letter goes to the box.
        bool labelled = false;
        for (auto *label : dialog.findChildren<QLabel *>())
            labelled = labelled || (label->buddy() == edit && label->text() == QStringLiteral("File n&ames:"));
        QVERIFY(labelled);
        const QString today = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
        QVERIFY2(preview->text().startsWith(QStringLiteral("Example: Text to image_") + today + QLatin1Char('_')) &&
                     preview->text().endsWith(QStringLiteral("_1.png")),
                 qPrintable(preview->text()));
        QCOMPARE(preview->accessibleName(), preview->text());

        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("{label}/{taskId}-{n}"));
        QCOMPARE(preview->text(), QStringLiteral("Example: Row 7_1907035719658053634-1.png"));
        QCOMPARE(preview->accessibleName(), preview->text());
        QTest::mouseClick(webSafe, Qt::LeftButton);
        QCOMPARE(preview->text(), QStringLiteral("Example: Row_7_1907035719658053634-1.png"));
        QCOMPARE(preview->accessibleName(), preview->text());

        // A brace that is no placeholder is refused visibly: the preview says which, and OK waits.
        QTest::keyClicks(edit, QStringLiteral("{id}"));
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("settingsOkButton"));
        QVERIFY2(preview->text().contains(QStringLiteral("{id}")), qPrintable(preview->text()));
        QCOMPARE(preview->accessibleName(), preview->text());
        QVERIFY(!ok->isEnabled());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(settings.outputNamePattern(), QStringLiteral("{app}_{date}_{time}_{n}"));

        QTest::keyClick(edit, Qt::Key_End);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(settings.outputNamePattern(), QStringLiteral("{label}/{taskId}-{n}"));
        QVERIFY(settings.webSafeNames());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
