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
    clear();
    for (const Account &account : m_accounts->accounts()) {
        const int port = account.baseUrl.port();
        const QString site = account.baseUrl.host() + (port < 0 ? QString() : QStringLiteral(":%1").arg(port));
        addItem(tr("%1 — %2", "account name — its site").arg(account.name, site), account.id);
        setItemData(count() - 1, account.baseUrl.toString(), Qt::ToolTipRole);
    }
    setCurrentIndex(findData(m_accounts->currentId()));
}

} // namespace rh
