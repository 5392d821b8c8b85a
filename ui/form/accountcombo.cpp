#include "form/accountcombo.h"

#include "session/accountswitch.h"

namespace rh {

AccountCombo::AccountCombo(AccountSwitch *accounts, QWidget *parent)
    : QComboBox(parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("accountComboBox"));
    setAccessibleName(tr("Account"));
    setToolTip(tr("The RunningHub account runs go to: its site and its key (File → Accounts…)"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, [this](int index) { m_accounts->choose(itemData(index).toString()); });
    connect(m_accounts, &AccountSwitch::changed, this, &AccountCombo::showAccounts);
    showAccounts();
}

void AccountCombo::showAccounts()
{
    const QSignalBlocker blocker(this);
    const QList<Account> accounts = m_accounts->accounts();
    // Rebuilt only when the list itself changed: the Connection changes often (keys arrive), an open list must stay.
    bool same = count() == accounts.size();
    for (int i = 0; same && i < count(); ++i)
        same = itemData(i).toString() == accounts.at(i).id && itemText(i) == itemTextFor(accounts.at(i));
    if (!same) {
        clear();
        for (const Account &account : accounts) {
            addItem(itemTextFor(account), account.id);
            setItemData(count() - 1, account.baseUrl.toString(), Qt::ToolTipRole);
        }
    }
    setCurrentIndex(findData(m_accounts->currentId()));
}

QString AccountCombo::itemTextFor(const Account &account)
{
    const int port = account.baseUrl.port();
    const QString site = account.baseUrl.host() + (port < 0 ? QString() : QStringLiteral(":%1").arg(port));
    return tr("%1 — %2", "account name — its site").arg(account.name, site);
}

} // namespace rh
