#pragma once

#include <QHash>
#include <QString>

namespace rh::sandbox {

/// What one API key of the sandbox may do, as RunningHub sells it: consumer keys run one task at a time,
/// enterprise keys more; each key has a balance that finished runs spend.
struct KeyPlan
{
    int concurrency = 1;         ///< unfinished tasks at once before 421
    qint64 balanceCoins = 10000; ///< coins before any run
    bool enterprise = false;     ///< accountStatus reports money (null on consumer keys)
};

/// The keys the sandbox accepts. The demo key is always there (enterprise-like: 3 at once).
class KeyBook
{
public:
    KeyBook();

    static QString demoKey();

    bool knows(const QString &key) const { return m_plans.contains(key); }
    KeyPlan plan(const QString &key) const { return m_plans.value(key); }
    void set(const QString &key, const KeyPlan &plan) { m_plans.insert(key, plan); }
    void setConcurrency(const QString &key, int limit);
    void setBalance(const QString &key, qint64 coins);

private:
    QHash<QString, KeyPlan> m_plans;
};

} // namespace rh::sandbox
