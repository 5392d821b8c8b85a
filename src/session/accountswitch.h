#pragma once

#include "store/accountbook.h"

#include <QObject>

namespace rh {

class Connection;

/// Which named account the session talks as. With two accounts or more the Connection follows one of them: the
/// default at start, the one chosen in the form after that (for this session), the default again when the chosen
/// one is removed. With fewer, the site of the settings and the key typed in the form, as for a first-time user.
/// Never while the server is fixed (--sandbox, --base-url).
class AccountSwitch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSwitch)
public:
    AccountSwitch(AccountBook *book, Connection *connection, QObject *parent = nullptr);

    /// Whether the form offers the accounts instead of its key box.
    bool offersChoice() const;
    QList<Account> accounts() const { return m_book->accounts(); }
    /// The account the Connection uses; "" = none.
    QString currentId() const;
    /// Talks as account @p id from now on; false when there is no choice or no such account.
    bool choose(const QString &id);

Q_SIGNALS:
    /// The accounts, their names, the choice offered or the account in use changed.
    void changed();

private:
    void follow();

    AccountBook *m_book;
    Connection *m_connection;
};

} // namespace rh
