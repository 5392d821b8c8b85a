#include "accountsdialog.h"

#include "store/accountbook.h"
#include "store/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace rh {

namespace {

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    return b;
}

} // namespace

AccountsDialog::AccountsDialog(AccountBook *book, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("accountsListWidget"));
    m_list->setAccessibleName(tr("Accounts"));
    layout->addWidget(m_list, 1);

    auto *actions = new QHBoxLayout;
    m_renameButton = button(tr("&Rename"), "renameAccountButton", this);
    m_removeButton = button(tr("Re&move"), "removeAccountButton", this);
    m_defaultButton = button(tr("Make &default"), "defaultAccountButton", this);
    auto *importButton = button(tr("&Import…"), "importAccountsButton", this);
    auto *exportButton = button(tr("E&xport…"), "exportAccountsButton", this);
    for (QPushButton *b : {m_renameButton, m_removeButton, m_defaultButton, importButton, exportButton})
        actions->addWidget(b);
    actions->addStretch(1);
    layout->addLayout(actions);

    auto *form = new QFormLayout;
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("accountNameLineEdit"));
    form->addRow(tr("&Name:"), m_nameEdit);
    m_siteCombo = new QComboBox(this);
    m_siteCombo->setObjectName(QStringLiteral("accountSiteComboBox"));
    m_siteCombo->addItem(QStringLiteral("runninghub.cn"), AppSettings::siteUrl(Site::Cn));
    m_siteCombo->addItem(QStringLiteral("runninghub.ai"), AppSettings::siteUrl(Site::Ai));
    m_siteCombo->addItem(tr("Custom server"), QUrl());
    form->addRow(tr("&Site:"), m_siteCombo);
    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("accountUrlLineEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("Server &URL:"), m_urlEdit);
    m_keyEdit = new QLineEdit(this);
    m_keyEdit->setObjectName(QStringLiteral("accountKeyLineEdit"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("API &key:"), m_keyEdit);
    layout->addLayout(form);
    m_addButton = button(tr("&Add account"), "addAccountButton", this);
    layout->addWidget(m_addButton, 0, Qt::AlignLeft);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("accountsNoteLabel"));
    m_noteLabel->setWordWrap(true);
    layout->addWidget(m_noteLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsDialog::onSelection);
    connect(m_siteCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_urlEdit->setEnabled(m_siteCombo->currentData().toUrl().isEmpty()); });
    connect(m_addButton, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_renameButton, &QPushButton::clicked, this, &AccountsDialog::renameAccount);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsDialog::removeAccount);
    connect(m_defaultButton, &QPushButton::clicked, this, &AccountsDialog::makeDefault);
    connect(importButton, &QPushButton::clicked, this, &AccountsDialog::chooseImport);
    connect(exportButton, &QPushButton::clicked, this, &AccountsDialog::chooseExport);
    connect(m_book, &AccountBook::changed, this, &AccountsDialog::fill);
    m_urlEdit->setEnabled(false);
    fill();
}

void AccountsDialog::fill()
{
    const QString keep = selectedId();
    m_list->clear();
    for (const Account &account : m_book->accounts()) {
        const QString site = account.baseUrl.host().isEmpty() ? account.baseUrl.toString() : account.baseUrl.host();
        const QString text = account.id == m_book->defaultId() ? tr("%1 — %2 (default)").arg(account.name, site)
                                                               : tr("%1 — %2").arg(account.name, site);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, account.id);
        if (account.id == keep)
            m_list->setCurrentItem(item);
    }
    onSelection();
}

QString AccountsDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void AccountsDialog::onSelection()
{
    const QString id = selectedId();
    for (QPushButton *b : {m_renameButton, m_removeButton, m_defaultButton})
        b->setEnabled(!id.isEmpty());
    m_defaultButton->setEnabled(!id.isEmpty() && id != m_book->defaultId());
    if (const std::optional<Account> account = m_book->account(id))
        m_nameEdit->setText(account->name);
}

void AccountsDialog::addAccount()
{
    QUrl url = m_siteCombo->currentData().toUrl();
    if (url.isEmpty())
        url = QUrl(m_urlEdit->text().trimmed(), QUrl::StrictMode);
    const QString id = m_book->add(m_nameEdit->text(), url, m_keyEdit->text());
    if (id.isEmpty()) {
        say(tr("The server URL must start with http:// or https://."));
        return;
    }
    m_keyEdit->clear();
    say(tr("Added “%1”.").arg(m_book->account(id)->name));
}

void AccountsDialog::renameAccount()
{
    if (m_book->rename(selectedId(), m_nameEdit->text()))
        say(tr("Renamed."));
}

void AccountsDialog::removeAccount()
{
    const std::optional<Account> account = m_book->account(selectedId());
    if (account && m_book->remove(account->id))
        say(tr("Removed “%1” and forgot its key.").arg(account->name));
}

void AccountsDialog::makeDefault()
{
    m_book->setDefault(selectedId());
}

void AccountsDialog::suggest(const QUrl &baseUrl, const QString &key)
{
    if (key.isEmpty() || !baseUrl.isValid())
        return;
    int index = m_siteCombo->findData(baseUrl);
    if (index < 0) {
        index = m_siteCombo->count() - 1; // custom
        m_urlEdit->setText(baseUrl.toString());
    }
    m_siteCombo->setCurrentIndex(index);
    m_keyEdit->setText(key);
    say(tr("The form's key is filled in: give it a name and press Add account to keep it as an account."));
}

bool AccountsDialog::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_book->exportJson()) < 0 || !file.commit()) {
        say(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    say(tr("Exported %n account(s), without their keys.", nullptr, int(m_book->accounts().size())));
    return true;
}

bool AccountsDialog::importFrom(const QString &path)
{
    QFile file(path);
    const int added = file.open(QIODevice::ReadOnly) ? m_book->importJson(file.read(1024 * 1024)) : -1;
    if (added < 0) {
        say(tr("%1 is not an accounts file of rhdesk.").arg(path));
        return false;
    }
    say(tr("Imported %n account(s); type each one's API key before using it.", nullptr, added));
    return true;
}

void AccountsDialog::chooseExport()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export accounts"), tr("accounts.json"), tr("Accounts (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AccountsDialog::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import accounts"), QString(), tr("Accounts (*.json)"));
    if (!path.isEmpty())
        importFrom(path);
}

void AccountsDialog::say(const QString &sentence)
{
    m_noteLabel->setText(sentence);
    m_noteLabel->setAccessibleName(sentence);
}

} // namespace rh
