#include "store/historystore.h"

#include "model/budget.h"
#include "model/queueprogress.h"
#include "store/database.h"
#include "store/historyquery.h"
#include "store/historyread.h"
#include "store/storelog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace rh {

namespace {

const QString runColumns = QStringLiteral(
    "id, created_at, webapp_id, app_name, request_json, task_id, client_id, state, state_changed_at, error_code,"
    " error_text, cost_time, coins, money, third_party_money, unknown_outcome, server, job_id, attempt, account");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

RunRecord recordFromQuery(const QSqlQuery &query)
{
    RunRecord run;
    run.id = query.value(0).toLongLong();
    run.createdAt = fromMs(query.value(1));
    run.webappId = query.value(2).toString();
    run.appName = query.value(3).toString();
    run.requestJson = query.value(4).toString().toUtf8();
    run.taskId = query.value(5).toString();
    run.clientId = query.value(6).toString();
    run.state = taskStateFromKey(query.value(7).toString());
    run.stateChangedAt = fromMs(query.value(8));
    run.errorCode = query.value(9).toString();
    run.errorText = query.value(10).toString();
    run.costTime = query.value(11).toString();
    run.coins = query.value(12).toString();
    run.money = query.value(13).toString();
    run.thirdPartyMoney = query.value(14).toString();
    run.unknownOutcome = query.value(15).toBool();
    run.server = query.value(16).toString();
    run.jobId = query.value(17).toLongLong();
    run.attempt = query.value(18).toInt();
    run.account = query.value(19).toString();
    return run;
}

bool execQuery(QSqlQuery &query, const QVariantList &values)
{
    // Every string column is NOT NULL: bind a null QString as ''.
    for (const QVariant &value : values)
        query.addBindValue(value.typeId() == QMetaType::QString ? Database::text(value.toString()) : value);
    if (query.exec())
        return true;
    qCWarning(lcStore) << "history query failed:" << query.lastError().text() << query.lastQuery();
    return false;
}

// Keys of every terminal state, as stored: the complement is "still running somewhere".
QStringList terminalKeys()
{
    QStringList keys;
    for (int i = int(TaskState::None); i <= int(TaskState::GaveUp); ++i) {
        const auto state = TaskState(i);
        if (isTerminal(state))
            keys.append(QLatin1Char('\'') + taskStateKey(state) + QLatin1Char('\''));
    }
    return keys;
}

} // namespace

HistoryStore::HistoryStore(Database *db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    Q_ASSERT(db);
}

HistoryStore::~HistoryStore() = default;

qint64 HistoryStore::recordSubmit(const QString &server, const RunRequest &request, const QString &appName,
                                  const QString &account)
{
    return recordSubmit(server, request.webappId, appName, request.toPreviewJson(), {}, account);
}

qint64 HistoryStore::recordSubmit(const QString &server, const RunRequest &request, const QString &appName,
                                  const RunLink &link, const QString &account)
{
    return recordSubmit(server, request.webappId, appName, request.toPreviewJson(), link, account);
}

qint64 HistoryStore::recordSubmit(const QString &server, const QString &webappId, const QString &appName,
                                  const QByteArray &previewJson, const RunLink &link, const QString &account)
{
    qint64 runId = 0;
    const qint64 now = nowMs();
    const QString state = taskStateKey(TaskState::Submitting);
    const bool ok = m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO runs (server, created_at, webapp_id, app_name, request_json,"
                                      " state, state_changed_at, job_id, attempt, account)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QVariant jobId = link.jobId > 0 ? QVariant(link.jobId) : QVariant(QMetaType::fromType<qint64>());
        const QVariant attempt = link.jobId > 0 ? QVariant(link.attempt) : QVariant(QMetaType::fromType<int>());
        if (!execQuery(insert, {server, now, webappId, appName, QString::fromUtf8(previewJson), state, now, jobId,
                                attempt, account}))
            return false;
        runId = insert.lastInsertId().toLongLong();
        QSqlQuery event(db);
        event.prepare(QStringLiteral("INSERT INTO run_events (run_id, at, state) VALUES (?, ?, ?)"));
        return execQuery(event, {runId, now, state});
    });
    if (!ok)
        return 0;
    Q_EMIT runAdded(runId);
    return runId;
}

bool HistoryStore::update(qint64 runId, const QString &assignments, const QVariantList &values)
{
    const bool ok = m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE runs SET %1 WHERE id = ?").arg(assignments));
        return execQuery(query, QVariantList(values) << runId) && query.numRowsAffected() == 1;
    });
    if (ok)
        Q_EMIT runChanged(runId);
    return ok;
}

bool HistoryStore::setTaskId(qint64 runId, const QString &taskId, const QString &clientId)
{
    if (clientId.isEmpty())
        return update(runId, QStringLiteral("task_id = ?"), {taskId});
    return update(runId, QStringLiteral("task_id = ?, client_id = ?"), {taskId, clientId});
}

bool HistoryStore::recordState(qint64 runId, TaskState state, const QString &detail)
{
    const QString key = taskStateKey(state);
    bool changed = false;
    const bool ok = m_db->transaction([&](QSqlDatabase &db) {
        // Polling repeats the same state every few seconds: only a change (of state or detail) is an event.
        QSqlQuery last(db);
        last.prepare(QStringLiteral("SELECT state, detail FROM run_events WHERE run_id = ? ORDER BY id DESC LIMIT 1"));
        if (!execQuery(last, {runId}))
            return false;
        if (last.next() && last.value(0).toString() == key && last.value(1).toString() == detail)
            return true;
        last.finish();
        const qint64 now = nowMs();
        QSqlQuery run(db);
        run.prepare(QStringLiteral("UPDATE runs SET state = ?, state_changed_at = ? WHERE id = ?"));
        if (!execQuery(run, {key, now, runId}) || run.numRowsAffected() != 1)
            return false;
        QSqlQuery event(db);
        event.prepare(QStringLiteral("INSERT INTO run_events (run_id, at, state, detail) VALUES (?, ?, ?, ?)"));
        changed = true;
        return execQuery(event, {runId, now, key, detail});
    });
    if (ok && changed)
        Q_EMIT runChanged(runId);
    return ok;
}

bool HistoryStore::recordOutputs(qint64 runId, const QList<TaskOutput> &outputs)
{
    const bool ok = m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM run_outputs WHERE run_id = ? AND n >= ?"));
        if (!execQuery(clear, {runId, int(outputs.size())}))
            return false;
        // The same output again (a restart polled a finished task once more): keep where it was saved or was
        // being saved, so it is never downloaded twice.
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral(
            "INSERT INTO run_outputs (run_id, n, file_url, file_type, node_id, local_path) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (run_id, n) DO UPDATE SET file_type = excluded.file_type, node_id = excluded.node_id,"
            " local_path = CASE WHEN excluded.local_path != '' THEN excluded.local_path"
            "   WHEN file_url = excluded.file_url THEN local_path ELSE '' END,"
            " download_path = CASE WHEN file_url = excluded.file_url THEN download_path ELSE '' END,"
            " download_error = CASE WHEN file_url = excluded.file_url THEN download_error ELSE '' END,"
            " file_url = excluded.file_url"));
        TaskOutput cost;
        for (int n = 0; n < outputs.size(); ++n) {
            const TaskOutput &output = outputs.at(n);
            if (!execQuery(upsert, {runId, n, output.fileUrl, output.fileType, output.nodeId, output.localPath}))
                return false;
            if (cost.taskCostTime.isEmpty() && cost.consumeCoins.isEmpty() && cost.consumeMoney.isEmpty())
                cost = output;
        }
        QSqlQuery run(db);
        run.prepare(
            QStringLiteral("UPDATE runs SET cost_time = ?, coins = ?, money = ?, third_party_money = ? WHERE id = ?"));
        return execQuery(run, {cost.taskCostTime, cost.consumeCoins, cost.consumeMoney, cost.thirdPartyConsumeMoney,
                               runId}) &&
               run.numRowsAffected() == 1;
    });
    if (ok)
        Q_EMIT runChanged(runId);
    return ok;
}

bool HistoryStore::setLocalPath(qint64 runId, int n, const QString &localPath)
{
    const bool ok = m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE run_outputs SET local_path = ? WHERE run_id = ? AND n = ?"));
        return execQuery(query, {localPath, runId, n}) && query.numRowsAffected() == 1;
    });
    if (ok)
        Q_EMIT runChanged(runId);
    return ok;
}

bool HistoryStore::recordError(qint64 runId, const QString &code, const QString &text)
{
    return update(runId, QStringLiteral("error_code = ?, error_text = ?"), {code, text});
}

bool HistoryStore::markUnknownOutcome(qint64 runId, const QString &detail)
{
    return m_db->transaction([&](QSqlDatabase &) {
        return update(runId, QStringLiteral("unknown_outcome = 1"), {}) &&
               recordState(runId, TaskState::Unknown, detail);
    });
}

int HistoryStore::markInterruptedSubmits()
{
    const QList<RunRecord> cut =
        select(QStringLiteral("state = ? AND (task_id IS NULL OR task_id = '') AND unknown_outcome = 0"),
               {taskStateKey(TaskState::Submitting)});
    int marked = 0;
    for (const RunRecord &run : cut)
        marked += markUnknownOutcome(run.id) ? 1 : 0;
    return marked;
}

bool HistoryStore::removeRun(qint64 runId)
{
    const bool ok = m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
        return execQuery(query, {runId}) && query.numRowsAffected() == 1;
    });
    if (ok)
        Q_EMIT runRemoved(runId);
    return ok;
}

QList<RunRecord> HistoryStore::select(const QString &where, const QVariantList &values, const QString &tail) const
{
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM runs WHERE %2 %3").arg(runColumns, where, tail));
    QList<RunRecord> runs;
    if (!execQuery(query, values))
        return runs;
    while (query.next())
        runs.append(recordFromQuery(query));
    return runs;
}

QList<RunRecord> HistoryStore::unfinishedRuns(const QString &server) const
{
    return select(QStringLiteral("(server = ? OR account != '') AND task_id IS NOT NULL AND task_id != ''"
                                 " AND unknown_outcome = 0"
                                 " AND state NOT IN (%1)")
                      .arg(terminalKeys().join(QLatin1Char(','))),
                  {server}, QStringLiteral("ORDER BY id"));
}

QList<RunRecord> HistoryStore::unknownOutcomeRuns(const QString &server) const
{
    return select(QStringLiteral("server = ? AND unknown_outcome = 1"), {server}, QStringLiteral("ORDER BY id"));
}

std::optional<RunRecord> HistoryStore::run(qint64 runId) const
{
    QList<RunRecord> runs = select(QStringLiteral("id = ?"), {runId});
    if (runs.isEmpty())
        return std::nullopt;
    RunRecord run = runs.takeFirst();
    QSqlQuery outputs(m_db->connection());
    outputs.prepare(QStringLiteral("SELECT file_url, file_type, node_id, local_path FROM run_outputs"
                                   " WHERE run_id = ? ORDER BY n"));
    if (execQuery(outputs, {runId})) {
        while (outputs.next()) {
            TaskOutput output;
            output.fileUrl = outputs.value(0).toString();
            output.fileType = outputs.value(1).toString();
            output.nodeId = outputs.value(2).toString();
            output.localPath = outputs.value(3).toString();
            output.taskCostTime = run.costTime;
            output.consumeCoins = run.coins;
            output.consumeMoney = run.money;
            output.thirdPartyConsumeMoney = run.thirdPartyMoney;
            run.outputs.append(output);
        }
    }
    QSqlQuery events(m_db->connection());
    events.prepare(QStringLiteral("SELECT at, state, detail FROM run_events WHERE run_id = ? ORDER BY id"));
    if (execQuery(events, {runId})) {
        while (events.next())
            run.events.append(
                {fromMs(events.value(0)), taskStateFromKey(events.value(1).toString()), events.value(2).toString()});
    }
    return run;
}

QList<RunRecord> HistoryStore::runsOfJob(qint64 jobId) const
{
    return select(QStringLiteral("job_id = ?"), {jobId}, QStringLiteral("ORDER BY id"));
}

std::optional<qint64> HistoryStore::medianRunMs(const QString &server, const QString &webappId, int last) const
{
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT state_changed_at - created_at FROM runs WHERE server = ? AND webapp_id = ?"
                                 " AND state = ? ORDER BY id DESC LIMIT ?"));
    QList<qint64> durations;
    if (!execQuery(query, {server, webappId, taskStateKey(TaskState::Success), qMax(1, last)}))
        return std::nullopt;
    while (query.next())
        durations.append(qMax<qint64>(0, query.value(0).toLongLong()));
    return medianMs(durations);
}

std::optional<qint64> HistoryStore::medianCoins(const QString &server, const QString &webappId, int last) const
{
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT coins FROM runs WHERE server = ? AND webapp_id = ? AND state = ?"
                                 " AND coins <> '' ORDER BY id DESC LIMIT ?"));
    QList<qint64> coins;
    if (!execQuery(query, {server, webappId, taskStateKey(TaskState::Success), qMax(1, last)}))
        return std::nullopt;
    while (query.next()) {
        if (const std::optional<qint64> value = coinsFromText(query.value(0).toString()))
            coins.append(*value);
    }
    return medianOf(coins);
}

int HistoryStore::count(const HistoryFilter &filter) const
{
    return qMax(0, countOn(m_db->connection(), filter));
}

int HistoryStore::countOn(const QSqlDatabase &db, const HistoryFilter &filter)
{
    const HistoryQuery sql = HistoryQuery::build(filter, Column::CreatedAt, Qt::DescendingOrder);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM runs WHERE %1").arg(sql.where));
    if (!execQuery(query, sql.values) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QFuture<int> HistoryStore::countLater(const HistoryFilter &filter) const
{
    return readLater(m_db->filePath(), -1, [filter](const QSqlDatabase &db) { return countOn(db, filter); });
}

QList<RunRecord> HistoryStore::page(const HistoryFilter &filter, Column column, Qt::SortOrder order, int offset,
                                    int limit) const
{
    const IdSearchPlan plan = HistoryQuery::idPlan(m_db->connection(), filter);
    const HistoryQuery sql = HistoryQuery::build(filter, column, order, plan);
    const QString tail =
        QStringLiteral("ORDER BY %1 LIMIT %2 OFFSET %3").arg(sql.order).arg(qMax(0, limit)).arg(qMax(0, offset));
    return select(sql.where, sql.values, tail);
}

} // namespace rh
