#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rh {

class AppSettings;

/// Site, folders, timings, key storage and language. Writes to AppSettings on OK only.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    SettingsDialog(AppSettings *settings, bool siteFixed, QWidget *parent = nullptr);

    void accept() override;

    /// The custom server chosen would receive the key over plain http from outside this computer.
    bool customServerInClear() const;

private:
    void updateSiteRow();
    void chooseFolder();

    AppSettings *m_settings;
    QComboBox *m_siteCombo;
    QLineEdit *m_customUrlEdit;
    QLabel *m_clearTextLabel;
    QLabel *m_clientIdLabel;
    QLineEdit *m_folderEdit;
    QSpinBox *m_intervalSpin;
    QSpinBox *m_deadlineSpin;
    QComboBox *m_keyStorageCombo;
    QComboBox *m_languageCombo;
};

} // namespace rh
