#include "session/accountswitch.h"

#include "session/connection.h"

namespace rh {

AccountSwitch::AccountSwitch(AccountBook *book, Connection *connection, QObject *parent)
    : QObject(parent)
    , m_book(book)
    , m_connection(connection)
{
    Q_ASSERT(book && connection);
    connect(m_book, &AccountBook::changed, this, &AccountSwitch::follow);
    connect(m_connection, &Connection::changed, this, [this] {
        if (offersChoice() && m_connection->accountId().isEmpty())
            follow(); // a site chosen by other means: with accounts to choose from, one of them is in use
        else
            Q_EMIT changed();
    });
    follow();
}

bool AccountSwitch::offersChoice() const
{
    return !m_connection->isFixed() && m_book->accounts().size() >= 2;
}

QString AccountSwitch::currentId() const
{
    return m_connection->accountId();
}

bool AccountSwitch::choose(const QString &id)
{
    const std::optional<Account> account = m_book->account(id);
    if (!offersChoice() || !account)
        return false;
    m_connection->useAccount(*account);
    return true;
}

void AccountSwitch::follow()
{
    if (!offersChoice()) {
        m_connection->leaveAccount();
    } else {
        // The account in use again (its name or site may have changed), or the default when it is gone.
        const std::optional<Account> current = m_book->account(m_connection->accountId());
        const std::optional<Account> next = current ? current : m_book->account(m_book->defaultId());
        if (next)
            m_connection->useAccount(*next);
    }
    Q_EMIT changed();
}

} // namespace rh
