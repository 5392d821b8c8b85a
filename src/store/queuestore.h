#pragma once

#include "model/job.h"
#include "model/queuepolicy.h"

#include <QHash>
#include <QList>
#include <QString>

namespace rh {

class Database;

/// A group of jobs made together (Run ×N, a spreadsheet, a folder): progress, the end notification and holds are
/// per batch.
struct BatchRecord
{
    qint64 id = 0;
    QString server;
    QString account; ///< "" = none (stored NULL)
    QString name;
    JobOrigin::Kind source = JobOrigin::Kind::Form;
    QString sourceRef; ///< e.g. the sheet's path, a preset's id; "" when none
    qint64 createdAtMs = 0;
    Hold hold;             ///< the batch was stopped (three identical validation failures, a budget cap)
    bool notified = false; ///< its end was announced
    qint64 capCoins = 0;   ///< the most its runs may spend together; 0 = no cap (model/budget.h)
};

/// The run queue in the Database (tables queue_jobs, queue_batches, queue_holds). Every write is one transaction;
/// writes of many jobs at once share one. The queue calls it before each network step, so a crash leaves every
/// job where it was.
class QueueStore final
{
    Q_DISABLE_COPY_MOVE(QueueStore)
public:
    /// @p db must be open and outlive the store.
    explicit QueueStore(Database *db);

    /// For writing a job together with something else (its history run) in one transaction.
    Database *database() const { return m_db; }

    /// Appends @p jobs to the end of the queue, with @p batch first when given (the jobs then belong to it): sets
    /// their ids, positions, times and batch id. All or nothing.
    bool add(QList<Job> &jobs, BatchRecord *batch = nullptr);
    /// Writes what changes as a job moves: state, time, attempt, run, task, errors, coins, position.
    bool save(const Job &job);
    /// The same for many jobs, in one transaction.
    bool saveAll(const QList<Job> &jobs);
    /// Writes the job's request (its rows after the uploads put fileNames into them).
    bool saveRequest(const Job &job);
    /// Removes jobs, and their batches when no job is left in them.
    bool remove(const QList<qint64> &ids);
    bool saveBatch(const BatchRecord &batch);

    /// Every job in queue order.
    QList<Job> jobs() const;
    QList<BatchRecord> batches() const;

    /// The user paused the whole queue: persisted, so a restart does not resume it.
    bool setPaused(bool paused);
    bool isPaused() const;
    /// A hold of one gate (server, or server and account); a hold without a reason removes it.
    bool setHold(const QString &gateKey, const Hold &hold);
    QHash<QString, Hold> holds() const;

private:
    Database *m_db;
};

} // namespace rh
