#include "keybook.h"

namespace rh::sandbox {

KeyBook::KeyBook()
{
    m_plans.insert(demoKey(), KeyPlan{3, 10000, true});
}

QString KeyBook::demoKey()
{
    return QStringLiteral("sandbox-demo-key-000000000000000");
}

void KeyBook::setConcurrency(const QString &key, int limit)
{
    auto it = m_plans.find(key);
    if (it != m_plans.end())
        it->concurrency = limit;
}

void KeyBook::setBalance(const QString &key, qint64 coins)
{
    auto it = m_plans.find(key);
    if (it != m_plans.end())
        it->balanceCoins = coins;
}

} // namespace rh::sandbox
