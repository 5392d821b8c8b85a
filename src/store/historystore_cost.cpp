// HistoryStore: what runs cost, summed in SQL (one aggregate each), here or on a worker.
#include "store/database.h"
#include "store/historyquery.h"
#include "store/historyread.h"
#include "store/historystore.h"
#include "store/storelog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rh {

namespace {

/// One pass over the chosen runs; '' is "not said", not 0. The servers the money comes from are counted, as each has
/// its own currency.
const QString costColumns = QStringLiteral(
    "count(*), count(NULLIF(r.coins, '')), total(CAST(NULLIF(r.coins, '') AS REAL)), count(NULLIF(r.money, '')),"
    " total(CAST(NULLIF(r.money, '') AS REAL)), count(DISTINCT CASE WHEN r.money != '' THEN r.server END)");

HistoryCost readCost(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    HistoryCost cost;
    if (!query.exec() || !query.next()) {
        qCWarning(lcStore) << "cost query failed:" << query.lastError().text();
        return cost;
    }
    cost.runs = query.value(0).toInt();
    cost.runsWithCoins = query.value(1).toInt();
    cost.coins = query.value(2).toDouble();
    cost.runsWithMoney = query.value(3).toInt();
    cost.money = query.value(4).toDouble();
    cost.moneyServers = query.value(5).toInt();
    return cost;
}

} // namespace

HistoryCost HistoryStore::cost(const HistoryFilter &filter) const
{
    return costOn(m_db->connection(), filter);
}

HistoryCost HistoryStore::costOn(const QSqlDatabase &db, const HistoryFilter &filter)
{
    // Found through the same indexes as count(). The filter's conditions name runs' columns bare: `r` is runs.
    const HistoryQuery sql = HistoryQuery::build(filter, Column::CreatedAt, Qt::DescendingOrder);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM runs r WHERE %2").arg(costColumns, sql.where));
    return readCost(query, sql.values);
}

QFuture<HistoryCost> HistoryStore::costLater(const HistoryFilter &filter) const
{
    return readLater(m_db->filePath(), HistoryCost{}, [filter](const QSqlDatabase &db) { return costOn(db, filter); });
}

HistoryCost HistoryStore::batchCost(qint64 batchId) const
{
    return batchCostOn(m_db->connection(), batchId);
}

HistoryCost HistoryStore::batchCostOn(const QSqlDatabase &db, qint64 batchId)
{
    // Every attempt of every job of the batch (a failed attempt may have cost too), through runs_job_id and
    // queue_jobs_batch. Jobs removed from the queue take their runs out of the batch's sum.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM queue_jobs j JOIN runs r ON r.job_id = j.id WHERE j.batch_id = ?")
                      .arg(costColumns));
    return readCost(query, {batchId});
}

QFuture<HistoryCost> HistoryStore::batchCostLater(qint64 batchId) const
{
    return readLater(m_db->filePath(), HistoryCost{},
                     [batchId](const QSqlDatabase &db) { return batchCostOn(db, batchId); });
}

} // namespace rh
