#include "store/outputledger.h"

#include "model/taskstate.h"
#include "store/database.h"
#include "store/storelog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rh {

namespace {

bool exec(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value.typeId() == QMetaType::QString ? Database::text(value.toString()) : value);
    if (query.exec())
        return true;
    qCWarning(lcStore) << "output ledger query failed:" << query.lastError().text();
    return false;
}

} // namespace

OutputLedger::OutputLedger(Database *db)
    : m_db(db)
{
    Q_ASSERT(db);
}

bool OutputLedger::setDownloadPath(qint64 runId, int n, const QString &path)
{
    return m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE run_outputs SET download_path = ? WHERE run_id = ? AND n = ?"));
        return exec(query, {path, runId, n}) && query.numRowsAffected() == 1;
    });
}

bool OutputLedger::setDownloadError(qint64 runId, int n, const QString &error)
{
    return m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE run_outputs SET download_error = ? WHERE run_id = ? AND n = ?"));
        return exec(query, {error.isEmpty() ? QStringLiteral("failed") : error, runId, n}) &&
               query.numRowsAffected() == 1;
    });
}

QList<PendingDownload> OutputLedger::pending(const QString &server) const
{
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT r.id, r.app_name, r.task_id, r.cost_time, r.coins, r.money, r.third_party_money, o.n, o.file_url,"
        " o.file_type, o.node_id, o.local_path, o.download_path, o.download_error FROM runs r JOIN run_outputs o"
        " ON o.run_id = r.id WHERE r.server = ? AND r.state = ? AND r.id IN (SELECT run_id FROM run_outputs"
        " WHERE local_path = '' AND download_error = '') ORDER BY r.id, o.n"));
    QList<PendingDownload> runs;
    if (!exec(query, {server, taskStateKey(TaskState::Success)}))
        return runs;
    while (query.next()) {
        const qint64 runId = query.value(0).toLongLong();
        if (runs.isEmpty() || runs.constLast().runId != runId) {
            PendingDownload run;
            run.runId = runId;
            run.appName = query.value(1).toString();
            run.taskId = query.value(2).toString();
            runs.append(run);
        }
        PendingDownload &run = runs.last();
        TaskOutput output;
        output.taskCostTime = query.value(3).toString();
        output.consumeCoins = query.value(4).toString();
        output.consumeMoney = query.value(5).toString();
        output.thirdPartyConsumeMoney = query.value(6).toString();
        output.fileUrl = query.value(8).toString();
        output.fileType = query.value(9).toString();
        output.nodeId = query.value(10).toString();
        output.localPath = query.value(11).toString();
        run.outputs.append(output);
        run.downloadPaths.append(query.value(12).toString());
        run.givenUp.append(!query.value(13).toString().isEmpty());
    }
    return runs;
}

} // namespace rh
