#pragma once

#include <QComboBox>

namespace rh {

class AccountSwitch;
struct Account;

/// The form's account selector: the named accounts, the one in use current. Choosing one makes the session talk as
/// that account (its site, its key from where keys are kept). The form shows it instead of the key box when there
/// are two accounts or more (AccountSwitch::offersChoice).
class AccountCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountCombo)
public:
    explicit AccountCombo(AccountSwitch *accounts, QWidget *parent = nullptr);

    AccountSwitch *accounts() const { return m_accounts; }

private:
    void showAccounts();
    static QString itemTextFor(const Account &account);

    AccountSwitch *m_accounts;
};

} // namespace rh
