#include "settingsdialog.h"

#include "errortext.h"

#include "api/endpoint.h"
#include "model/outputname.h"
#include "store/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace rh {

SettingsDialog::SettingsDialog(AppSettings *settings, bool siteFixed, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_siteCombo = new QComboBox(this);
    m_siteCombo->setObjectName(QStringLiteral("settingsSiteComboBox"));
    m_siteCombo->addItem(tr("runninghub.cn (China)"), int(Site::Cn));
    m_siteCombo->addItem(tr("runninghub.ai (international)"), int(Site::Ai));
    m_siteCombo->addItem(tr("Custom server"), int(Site::Custom));
    m_siteCombo->setCurrentIndex(m_siteCombo->findData(int(settings->site())));
    m_siteCombo->setEnabled(!siteFixed);
    form->addRow(tr("&Site:"), m_siteCombo);
    m_customUrlEdit = new QLineEdit(settings->customBaseUrl(), this);
    m_customUrlEdit->setObjectName(QStringLiteral("customBaseUrlLineEdit"));
    m_customUrlEdit->setAccessibleName(tr("Custom server URL"));
    m_customUrlEdit->setPlaceholderText(QStringLiteral("https://proxy.example.com"));
    form->addRow(tr("Custom server &URL:"), m_customUrlEdit);
    m_clearTextLabel = new QLabel(ErrorText::keyInClear(), this);
    m_clearTextLabel->setObjectName(QStringLiteral("keyInClearLabel"));
    m_clearTextLabel->setAccessibleName(m_clearTextLabel->text());
    m_clearTextLabel->setWordWrap(true);
    m_clearTextLabel->setStyleSheet(QStringLiteral("color:#92400e;"));
    form->addRow(QString(), m_clearTextLabel);
    connect(m_customUrlEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateSiteRow);
    connect(m_siteCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateSiteRow);
    updateSiteRow();
    if (siteFixed)
        m_customUrlEdit->setEnabled(false);

    m_clientIdLabel = new QLabel(settings->clientId().isEmpty() ? tr("(none yet)") : settings->clientId(), this);
    m_clientIdLabel->setObjectName(QStringLiteral("settingsClientIdLabel"));
    m_clientIdLabel->setAccessibleName(settings->clientId());
    m_clientIdLabel->setAccessibleDescription(tr("Client ID"));
    m_clientIdLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Client ID:"), m_clientIdLabel);

    auto *folderRow = new QHBoxLayout;
    m_folderEdit = new QLineEdit(settings->outputFolder(), this);
    m_folderEdit->setObjectName(QStringLiteral("outputFolderLineEdit"));
    m_folderEdit->setAccessibleName(tr("Results folder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseFolderButton"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseFolder);
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Results folder:"), this);
    folderLabel->setBuddy(m_folderEdit); // addRow(text, layout) sets no buddy, so "&" would show
    form->addRow(folderLabel, folderRow);
    addOutputNameRows(form);

    m_intervalSpin = new QSpinBox(this);
    m_intervalSpin->setObjectName(QStringLiteral("pollIntervalSpinBox"));
    m_intervalSpin->setRange(2, 120);
    m_intervalSpin->setSuffix(tr(" s"));
    m_intervalSpin->setValue(settings->pollIntervalMs() / 1000);
    form->addRow(tr("Check the task &every:"), m_intervalSpin);
    m_deadlineSpin = new QSpinBox(this);
    m_deadlineSpin->setObjectName(QStringLiteral("pollDeadlineSpinBox"));
    m_deadlineSpin->setRange(1, 24 * 60);
    m_deadlineSpin->setSuffix(tr(" min"));
    m_deadlineSpin->setValue(settings->pollDeadlineMs() / 60000);
    form->addRow(tr("Stop &watching after:"), m_deadlineSpin);

    m_slotsSpin = new QSpinBox(this);
    m_slotsSpin->setObjectName(QStringLiteral("queueSlotsSpinBox"));
    m_slotsSpin->setRange(1, AppSettings::MaxQueueSlots);
    m_slotsSpin->setValue(settings->queueSlots());
    form->addRow(tr("Queue: runs at &once:"), m_slotsSpin);
    auto *slotsNote = new QLabel(tr("Consumer API keys run 1 task at a time; enterprise keys allow more. When the "
                                    "account is full, queued runs wait (421) and are sent when a task ends."),
                                 this);
    slotsNote->setObjectName(QStringLiteral("queueSlotsNoteLabel"));
    slotsNote->setWordWrap(true);
    form->addRow(QString(), slotsNote);
    addGuardrailRows(form);
    m_soundCheck = new QCheckBox(tr("Play a sou&nd when a batch ends"), this);
    m_soundCheck->setObjectName(QStringLiteral("queueSoundCheckBox"));
    m_soundCheck->setChecked(settings->queueSound());
    form->addRow(QString(), m_soundCheck);
    m_sleepLabel = new QLabel(tr("Neither org.freedesktop.login1 nor org.freedesktop.ScreenSaver answers on D-Bus "
                                 "here: the computer may fall asleep while a batch runs."),
                              this);
    m_sleepLabel->setObjectName(QStringLiteral("sleepUnavailableLabel"));
    m_sleepLabel->setWordWrap(true);
    m_sleepLabel->setAccessibleName(m_sleepLabel->text());
    m_sleepLabel->hide();
    form->addRow(QString(), m_sleepLabel);

    m_keyStorageCombo = new QComboBox(this);
    m_keyStorageCombo->setObjectName(QStringLiteral("keyStorageComboBox"));
    m_keyStorageCombo->addItem(tr("System keychain (recommended)"), int(KeyStorage::Keychain));
    m_keyStorageCombo->addItem(tr("This session only"), int(KeyStorage::SessionOnly));
    m_keyStorageCombo->addItem(tr("A file on this computer (not encrypted)"), int(KeyStorage::PlainFile));
    m_keyStorageCombo->setCurrentIndex(m_keyStorageCombo->findData(int(settings->keyStorage())));
    form->addRow(tr("Keep the API &key in:"), m_keyStorageCombo);

    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageCombo->addItem(tr("Same as the system"), QString());
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(settings->language())));
    form->addRow(tr("&Language (after a restart):"), m_languageCombo);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("settingsOkButton"));
    updateNamePreview();
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

bool SettingsDialog::customServerInClear() const
{
    const Endpoint custom{QUrl(m_customUrlEdit->text().trimmed(), QUrl::StrictMode), {}};
    return Site(m_siteCombo->currentData().toInt()) == Site::Custom && custom.sendsKeyInClear();
}

void SettingsDialog::setSleepUnavailable(bool unavailable)
{
    m_sleepLabel->setVisible(unavailable);
}

void SettingsDialog::updateSiteRow()
{
    m_customUrlEdit->setEnabled(m_siteCombo->isEnabled() && Site(m_siteCombo->currentData().toInt()) == Site::Custom);
    m_clearTextLabel->setVisible(customServerInClear());
}

void SettingsDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Results folder"), m_folderEdit->text());
    if (!folder.isEmpty())
        m_folderEdit->setText(folder);
}

void SettingsDialog::addOutputNameRows(QFormLayout *form)
{
    prepareWebSafeNames(); // the pinyin tables take a moment to build: on a worker, before the box is ticked
    m_outputNameEdit = new QLineEdit(m_settings->outputNamePattern(), this);
    m_outputNameEdit->setObjectName(QStringLiteral("outputNameEdit"));
    m_outputNameEdit->setPlaceholderText(OutputName::defaultPattern());
    m_outputNameEdit->setToolTip(tr("{app} the app's name, {label} the queue job's label, {date} and {time} when the "
                                    "results were saved, {taskId} the task's id, {n} the file's number in the task. "
                                    "A file that exists is never overwritten."));
    auto *nameLabel = new QLabel(tr("File n&ames:"), this);
    nameLabel->setBuddy(m_outputNameEdit);
    form->addRow(nameLabel, m_outputNameEdit);
    m_namePreviewLabel = new QLabel(this);
    m_namePreviewLabel->setObjectName(QStringLiteral("outputNamePreviewLabel"));
    m_namePreviewLabel->setWordWrap(true);
    m_namePreviewLabel->setTextFormat(Qt::PlainText);
    m_namePreviewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_namePreviewLabel);
    m_webSafeCheck = new QCheckBox(tr("Names safe for web uploa&ds"), this);
    m_webSafeCheck->setObjectName(QStringLiteral("webSafeNamesCheckBox"));
    m_webSafeCheck->setToolTip(tr("Only ASCII letters, digits, - and _: Chinese is spelt in pinyin (文生图 becomes "
                                  "wen_sheng_tu), other characters become _."));
    m_webSafeCheck->setChecked(m_settings->webSafeNames());
    form->addRow(QString(), m_webSafeCheck);
    connect(m_outputNameEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateNamePreview);
    connect(m_webSafeCheck, &QCheckBox::toggled, this, &SettingsDialog::updateNamePreview);
}

void SettingsDialog::updateNamePreview()
{
    const QStringList unknown = OutputName::unknownPlaceholders(m_outputNameEdit->text());
    if (!unknown.isEmpty()) {
        m_namePreviewLabel->setText(ErrorText::unknownNamePlaceholders(unknown));
        m_namePreviewLabel->setStyleSheet(QStringLiteral("color:#b91c1c;"));
    } else {
        // A made-up run in the UI language, so the preview shows what the Chinese becomes in web-safe names.
        const OutputNameFields example{tr("Text to image"), tr("Row 7"), QStringLiteral("1907035719658053634"),
                                       QDateTime::currentDateTime(), 1};
        TaskOutput png;
        png.fileType = QStringLiteral("png");
        const OutputName naming(m_outputNameEdit->text(), m_webSafeCheck->isChecked());
        m_namePreviewLabel->setText(tr("Example: %1").arg(naming.fileName(example, png)));
        m_namePreviewLabel->setStyleSheet(QString());
    }
    m_namePreviewLabel->setAccessibleName(m_namePreviewLabel->text());
    if (m_okButton)
        m_okButton->setEnabled(unknown.isEmpty());
}

void SettingsDialog::addGuardrailRows(QFormLayout *form)
{
    const auto coinsSpin = [this](const char *name, AppSettings::Key key, const QString &offText) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QLatin1String(name));
        spin->setRange(0, 100000000);
        spin->setSingleStep(100);
        spin->setGroupSeparatorShown(true);
        spin->setSuffix(tr(" coins"));
        spin->setSpecialValueText(offText); // shown for 0
        spin->setValue(int(qMin<qint64>(m_settings->coinsLimit(key), spin->maximum())));
        return spin;
    };
    m_batchCapSpin = coinsSpin("batchCapSpinBox", AppSettings::Key::BatchCapCoins, tr("No cap"));
    m_batchCapSpin->setToolTip(tr("A batch stops before a run would make it spend more than this (estimated from "
                                  "the app's past runs)."));
    form->addRow(tr("Batch ca&p:"), m_batchCapSpin);
    m_balanceFloorSpin = coinsSpin("balanceFloorSpinBox", AppSettings::Key::BalanceFloorCoins, tr("None"));
    m_balanceFloorSpin->setToolTip(tr("The queue stops while the account has less than this left."));
    form->addRow(tr("Balance &floor:"), m_balanceFloorSpin);
    m_confirmAboveSpin = coinsSpin("confirmAboveSpinBox", AppSettings::Key::ConfirmAboveCoins, tr("Never ask"));
    form->addRow(tr("Ask before &queueing more than:"), m_confirmAboveSpin);
}

void SettingsDialog::accept()
{
    const Site site = Site(m_siteCombo->currentData().toInt());
    if (site == Site::Custom) {
        const QUrl url(m_customUrlEdit->text().trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty()) {
            QMessageBox::warning(this, tr("Settings"),
                                 tr("The custom server URL must start with http:// or https://."));
            return;
        }
        const bool wasInClear = Endpoint{m_settings->baseUrl(), {}}.sendsKeyInClear();
        if (customServerInClear() && !wasInClear &&
            QMessageBox::warning(this, tr("Send the key unencrypted?"), ErrorText::keyInClear(),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return;
    }
    const QStringList unknown = OutputName::unknownPlaceholders(m_outputNameEdit->text());
    if (!unknown.isEmpty()) { // OK is disabled meanwhile; the preview says why
        m_outputNameEdit->setFocus();
        return;
    }
    const auto storage = KeyStorage(m_keyStorageCombo->currentData().toInt());
    if (storage == KeyStorage::PlainFile && m_settings->keyStorage() != KeyStorage::PlainFile) {
        const auto answer = QMessageBox::warning(
            this, tr("Store the key unencrypted?"),
            tr("The API key will be written to a file that anyone with access to your user account can read. "
               "Use this only when no keychain is available. Continue?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_settings->setSite(site);
    m_settings->setCustomBaseUrl(m_customUrlEdit->text().trimmed());
    m_settings->setOutputFolder(m_folderEdit->text().trimmed());
    m_settings->setOutputNamePattern(m_outputNameEdit->text().trimmed());
    m_settings->setWebSafeNames(m_webSafeCheck->isChecked());
    m_settings->setPollIntervalMs(m_intervalSpin->value() * 1000);
    m_settings->setPollDeadlineMs(m_deadlineSpin->value() * 60000);
    m_settings->setQueueSlots(m_slotsSpin->value());
    m_settings->setQueueSound(m_soundCheck->isChecked());
    m_settings->setCoinsLimit(AppSettings::Key::BatchCapCoins, m_batchCapSpin->value());
    m_settings->setCoinsLimit(AppSettings::Key::BalanceFloorCoins, m_balanceFloorSpin->value());
    m_settings->setCoinsLimit(AppSettings::Key::ConfirmAboveCoins, m_confirmAboveSpin->value());
    m_settings->setKeyStorage(storage);
    m_settings->setLanguage(m_languageCombo->currentData().toString());
    QDialog::accept();
}

} // namespace rh
