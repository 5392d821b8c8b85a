#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rh {

class AppSettings;

/// Site, folders, output file names, timings, the queue's slots and sound, key storage and language. Writes to
/// AppSettings on OK only.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    SettingsDialog(AppSettings *settings, bool siteFixed, QWidget *parent = nullptr);

    void accept() override;
    /// Neither logind nor a screen saver service answered: say the computer may sleep during a batch.
    void setSleepUnavailable(bool unavailable);

    /// The custom server chosen would receive the key over plain http from outside this computer.
    bool customServerInClear() const;

private:
    void addGuardrailRows(QFormLayout *form);
    void addOutputNameRows(QFormLayout *form);
    void updateNamePreview();
    void updateSiteRow();
    void chooseFolder();

    AppSettings *m_settings;
    QComboBox *m_siteCombo;
    QLineEdit *m_customUrlEdit;
    QLabel *m_clearTextLabel;
    QLabel *m_clientIdLabel;
    QLineEdit *m_folderEdit;
    QLineEdit *m_outputNameEdit;
    QLabel *m_namePreviewLabel;
    QCheckBox *m_webSafeCheck;
    QPushButton *m_okButton = nullptr;
    QSpinBox *m_intervalSpin;
    QSpinBox *m_deadlineSpin;
    QSpinBox *m_slotsSpin;
    QCheckBox *m_soundCheck;
    QSpinBox *m_batchCapSpin;
    QSpinBox *m_balanceFloorSpin;
    QSpinBox *m_confirmAboveSpin;
    QLabel *m_sleepLabel;
    QComboBox *m_keyStorageCombo;
    QComboBox *m_languageCombo;
};

} // namespace rh
