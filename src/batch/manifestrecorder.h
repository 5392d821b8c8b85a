#pragma once

#include "batch/manifest.h"
#include "store/queuestore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

namespace rh {

class AppSettings;
class HistoryStore;
class RunManager;
class RunQueue;
struct Job;

/// Writes each batch's manifest as its jobs end: a line per job once it ended and (when it succeeded) its files
/// are saved, so the line names them. Only batches made from a sheet or a folder (source Batch) get one; the path
/// follows from the results folder and the batch's name, so a restart keeps writing to the same file.
class ManifestRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManifestRecorder)
public:
    ManifestRecorder(RunQueue *queue, RunManager *runs, HistoryStore *history, AppSettings *settings,
                     QObject *parent = nullptr);

    /// `<results folder>/<batch name>/manifest.csv`
    QString pathOf(const BatchRecord &batch) const;
    /// Writes lines that need no job (a sheet's rows skipped for their problems) for a batch whose inputs are
    /// named @p inputNames. False when the file could not be written.
    bool writeLines(const BatchRecord &batch, const QStringList &inputNames, const QList<ManifestLine> &lines);
    /// The names a manifest gives the inputs of @p nodes (nodeId:fieldName, which a re-import maps back).
    static QStringList inputNames(const NodeFields &nodes);

Q_SIGNALS:
    /// A line was appended to the manifest of @p batchId.
    void lineWritten(qint64 batchId, int sourceRow);

private:
    void onJobEnded(qint64 jobId);
    void onDownloadsFinished(qint64 runId);
    void writeJob(const Job &job);

    RunQueue *m_queue;
    HistoryStore *m_history;
    AppSettings *m_settings;
    QHash<qint64, qint64> m_waitingForFiles; ///< run id → job id: ended, files still downloading
    QSet<qint64> m_downloaded;               ///< runs whose downloads finished before their job ended
};

} // namespace rh
