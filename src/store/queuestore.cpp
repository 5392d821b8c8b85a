#include "store/queuestore.h"

#include "store/database.h"
#include "store/nodesjson.h"
#include "store/storelog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rh {

namespace {

const QString pausedScope = QStringLiteral("");
const QString pausedReason = QStringLiteral("paused");

const QString jobColumns = QStringLiteral(
    "id, server, account, position, batch_id, batch_row, source, preset_id, label, webapp_id, app_name,"
    " instance_type, webhook_url, nodes_json, media_json, state, state_changed_at, attempt, run_id, task_id,"
    " error_code, error_text, failure_key, coins, created_at");

bool exec(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value.typeId() == QMetaType::QString ? Database::text(value.toString()) : value);
    if (query.exec())
        return true;
    qCWarning(lcStore) << "queue query failed:" << query.lastError().text();
    return false;
}

/// SQL NULL. Typed as a number on purpose: exec() binds a null QString as '' (for the NOT NULL text columns).
QVariant sqlNull()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant nullIfZero(qint64 value)
{
    return value > 0 ? QVariant(value) : sqlNull();
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? sqlNull() : QVariant(value);
}

QString mediaToJson(const QList<MediaInput> &media)
{
    QJsonArray array;
    for (const MediaInput &input : media)
        array.append(QJsonObject{{QStringLiteral("nodeId"), input.nodeId},
                                 {QStringLiteral("fieldName"), input.fieldName},
                                 {QStringLiteral("localPath"), input.localPath},
                                 {QStringLiteral("fileType"), input.fileType}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<MediaInput> mediaFromJson(const QString &json)
{
    QList<MediaInput> media;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        media.append({object.value(QStringLiteral("nodeId")).toString(),
                      object.value(QStringLiteral("fieldName")).toString(),
                      object.value(QStringLiteral("localPath")).toString(),
                      object.value(QStringLiteral("fileType")).toString()});
    }
    return media;
}

Job jobFromQuery(const QSqlQuery &query)
{
    Job job;
    job.id = query.value(0).toLongLong();
    job.server = query.value(1).toString();
    job.account = query.value(2).toString();
    job.position = query.value(3).toInt();
    job.origin.batchId = query.value(4).toLongLong();
    job.origin.batchRow = query.value(5).isNull() ? -1 : query.value(5).toInt();
    job.origin.kind = JobOrigin::kindFromKey(query.value(6).toString());
    job.origin.presetId = query.value(7).toLongLong();
    job.label = query.value(8).toString();
    job.request.webappId = query.value(9).toString();
    job.appName = query.value(10).toString();
    job.request.instanceType = query.value(11).toString();
    job.request.webhookUrl = query.value(12).toString();
    job.request.nodes = nodesFromJson(query.value(13).toString().toUtf8());
    job.media = mediaFromJson(query.value(14).toString());
    job.state = jobStateFromKey(query.value(15).toString());
    job.stateChangedAtMs = query.value(16).toLongLong();
    job.attempt = query.value(17).toInt();
    job.runId = query.value(18).toLongLong();
    job.taskId = query.value(19).toString();
    job.errorCode = query.value(20).toString();
    job.errorText = query.value(21).toString();
    job.failureKey = query.value(22).toString();
    job.coins = query.value(23).toString();
    job.createdAtMs = query.value(24).toLongLong();
    return job;
}

bool insertBatch(QSqlDatabase &db, BatchRecord *batch)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO queue_batches (server, account, name, source, source_ref, created_at,"
                                  " cap_coins) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!exec(insert, {batch->server, nullIfEmpty(batch->account), batch->name, JobOrigin::kindKey(batch->source),
                       batch->sourceRef, batch->createdAtMs, qMax<qint64>(0, batch->capCoins)}))
        return false;
    batch->id = insert.lastInsertId().toLongLong();
    return true;
}

int nextPosition(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM queue_jobs")) || !query.next())
        return 1;
    return query.value(0).toInt() + 1;
}

} // namespace

QueueStore::QueueStore(Database *db)
    : m_db(db)
{
    Q_ASSERT(db);
}

bool QueueStore::add(QList<Job> &jobs, BatchRecord *batch)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Job> added = jobs;
    const bool ok = m_db->transaction([&](QSqlDatabase &db) {
        if (batch) {
            batch->createdAtMs = now;
            if (!insertBatch(db, batch))
                return false;
        }
        int position = nextPosition(db);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO queue_jobs (server, account, position, batch_id, batch_row, source,"
                                      " preset_id, label, webapp_id, app_name, instance_type, webhook_url, nodes_json,"
                                      " media_json, state, state_changed_at, attempt, created_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (Job &job : added) {
            if (batch)
                job.origin.batchId = batch->id;
            job.position = position++;
            job.createdAtMs = now;
            job.stateChangedAtMs = now;
            const QVariant row = job.origin.batchRow >= 0 ? QVariant(job.origin.batchRow) : sqlNull();
            if (!exec(insert, {job.server, nullIfEmpty(job.account), job.position, nullIfZero(job.origin.batchId), row,
                               JobOrigin::kindKey(job.origin.kind), nullIfZero(job.origin.presetId), job.label,
                               job.request.webappId, job.appName, job.request.instanceType, job.request.webhookUrl,
                               QString::fromUtf8(nodesToJson(job.request.nodes)), mediaToJson(job.media),
                               jobStateKey(job.state), now, job.attempt, now}))
                return false;
            job.id = insert.lastInsertId().toLongLong();
        }
        return true;
    });
    if (ok)
        jobs = added;
    return ok;
}

bool QueueStore::save(const Job &job)
{
    return saveAll({job});
}

bool QueueStore::saveAll(const QList<Job> &jobs)
{
    return m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE queue_jobs SET position = ?, state = ?, state_changed_at = ?,"
                                      " attempt = ?, run_id = ?, task_id = ?, error_code = ?, error_text = ?,"
                                      " failure_key = ?, coins = ?, label = ? WHERE id = ?"));
        for (const Job &job : jobs) {
            if (!exec(update,
                      {job.position, jobStateKey(job.state), job.stateChangedAtMs, job.attempt, nullIfZero(job.runId),
                       job.taskId, job.errorCode, job.errorText, job.failureKey, job.coins, job.label, job.id}) ||
                update.numRowsAffected() != 1)
                return false;
        }
        return true;
    });
}

bool QueueStore::saveRequest(const Job &job)
{
    return m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE queue_jobs SET webapp_id = ?, instance_type = ?, webhook_url = ?,"
                                      " nodes_json = ?, media_json = ? WHERE id = ?"));
        return exec(update, {job.request.webappId, job.request.instanceType, job.request.webhookUrl,
                             QString::fromUtf8(nodesToJson(job.request.nodes)), mediaToJson(job.media), job.id}) &&
               update.numRowsAffected() == 1;
    });
}

bool QueueStore::remove(const QList<qint64> &ids)
{
    return m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM queue_jobs WHERE id = ?"));
        for (const qint64 id : ids) {
            if (!exec(remove, {id}))
                return false;
        }
        QSqlQuery empty(db);
        return empty.exec(QStringLiteral("DELETE FROM queue_batches WHERE id NOT IN"
                                         " (SELECT batch_id FROM queue_jobs WHERE batch_id IS NOT NULL)"));
    });
}

bool QueueStore::saveBatch(const BatchRecord &batch)
{
    return m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE queue_batches SET name = ?, hold_reason = ?, hold_code = ?,"
                                      " hold_detail = ?, notified = ?, cap_coins = ? WHERE id = ?"));
        return exec(update, {batch.name, holdReasonKey(batch.hold.reason), batch.hold.code, batch.hold.detail,
                             batch.notified ? 1 : 0, qMax<qint64>(0, batch.capCoins), batch.id}) &&
               update.numRowsAffected() == 1;
    });
}

QList<Job> QueueStore::jobs() const
{
    QList<Job> jobs;
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM queue_jobs ORDER BY position, id").arg(jobColumns))) {
        qCWarning(lcStore) << "cannot read the queue:" << query.lastError().text();
        return jobs;
    }
    while (query.next())
        jobs.append(jobFromQuery(query));
    return jobs;
}

QList<BatchRecord> QueueStore::batches() const
{
    QList<BatchRecord> batches;
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, server, account, name, source, source_ref, created_at, hold_reason,"
                                   " hold_code, hold_detail, notified, cap_coins FROM queue_batches ORDER BY id")))
        return batches;
    while (query.next()) {
        BatchRecord batch;
        batch.id = query.value(0).toLongLong();
        batch.server = query.value(1).toString();
        batch.account = query.value(2).toString();
        batch.name = query.value(3).toString();
        batch.source = JobOrigin::kindFromKey(query.value(4).toString());
        batch.sourceRef = query.value(5).toString();
        batch.createdAtMs = query.value(6).toLongLong();
        batch.hold = {holdReasonFromKey(query.value(7).toString()), query.value(8).toInt(), query.value(9).toString()};
        batch.notified = query.value(10).toBool();
        batch.capCoins = query.value(11).toLongLong();
        batches.append(batch);
    }
    return batches;
}

bool QueueStore::setPaused(bool paused)
{
    return m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!paused) {
            query.prepare(QStringLiteral("DELETE FROM queue_holds WHERE scope = ?"));
            return exec(query, {pausedScope});
        }
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO queue_holds (scope, reason, since) VALUES (?, ?, ?)"));
        return exec(query, {pausedScope, pausedReason, QDateTime::currentMSecsSinceEpoch()});
    });
}

bool QueueStore::isPaused() const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM queue_holds WHERE scope = ?"));
    return exec(query, {pausedScope}) && query.next() && query.value(0).toInt() > 0;
}

bool QueueStore::setHold(const QString &gateKey, const Hold &hold)
{
    Q_ASSERT(!gateKey.isEmpty());
    return m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!hold.isHeld()) {
            query.prepare(QStringLiteral("DELETE FROM queue_holds WHERE scope = ?"));
            return exec(query, {gateKey});
        }
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO queue_holds (scope, reason, code, detail, since)"
                                     " VALUES (?, ?, ?, ?, ?)"));
        return exec(query,
                    {gateKey, holdReasonKey(hold.reason), hold.code, hold.detail, QDateTime::currentMSecsSinceEpoch()});
    });
}

QHash<QString, Hold> QueueStore::holds() const
{
    QHash<QString, Hold> holds;
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT scope, reason, code, detail FROM queue_holds WHERE scope != ?"));
    if (!exec(query, {pausedScope}))
        return holds;
    while (query.next())
        holds.insert(query.value(0).toString(),
                     {holdReasonFromKey(query.value(1).toString()), query.value(2).toInt(), query.value(3).toString()});
    return holds;
}

} // namespace rh
