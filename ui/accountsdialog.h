#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace rh {

class AccountBook;

/// Settings → Accounts…: the named accounts (site and key), the default one, import and export (never keys).
/// Everything happens in place, without further dialogs except the file choosers.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)
public:
    explicit AccountsDialog(AccountBook *book, QWidget *parent = nullptr);

    /// Fills the new-account fields with the form's site and key, so the key typed there can be kept as an
    /// account with one click.
    void suggest(const QUrl &baseUrl, const QString &key);
    /// Writes the export to @p path; false with a sentence in the dialog when it cannot be written.
    bool exportTo(const QString &path);
    /// Adds the accounts in the export at @p path; false with a sentence when it is not one.
    bool importFrom(const QString &path);

private:
    void fill();
    void onSelection();
    void addAccount();
    void renameAccount();
    void removeAccount();
    void makeDefault();
    void chooseExport();
    void chooseImport();
    QString selectedId() const;
    void say(const QString &sentence);

    AccountBook *m_book;
    QListWidget *m_list;
    QLineEdit *m_nameEdit;
    QComboBox *m_siteCombo;
    QLineEdit *m_urlEdit;
    QLineEdit *m_keyEdit;
    QPushButton *m_addButton;
    QPushButton *m_renameButton;
    QPushButton *m_removeButton;
    QPushButton *m_defaultButton;
    QLabel *m_noteLabel;
};

} // namespace rh
