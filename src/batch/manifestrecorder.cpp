#include "batch/manifestrecorder.h"

#include "model/job.h"
#include "store/appsettings.h"
#include "store/historystore.h"
#include "task/runmanager.h"
#include "task/runqueue.h"

#include <QDir>
#include <QFileInfo>

namespace rh {

namespace {

QString errorOf(const Job &job)
{
    if (job.errorCode.isEmpty())
        return job.errorText;
    if (job.errorText.isEmpty())
        return job.errorCode;
    return QStringLiteral("%1: %2").arg(job.errorCode, job.errorText);
}

} // namespace

ManifestRecorder::ManifestRecorder(RunQueue *queue, RunManager *runs, HistoryStore *history, AppSettings *settings,
                                   QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_history(history)
    , m_settings(settings)
{
    connect(queue, &RunQueue::jobEnded, this, &ManifestRecorder::onJobEnded);
    connect(runs, &RunManager::downloadsFinished, this, [this, runs](qint64 runId) {
        if (runs->isQueueRun(runId))
            onDownloadsFinished(runId);
    });
}

QString ManifestRecorder::pathOf(const BatchRecord &batch) const
{
    return manifestPath(m_settings->outputFolder(), batch.name);
}

QStringList ManifestRecorder::inputNames(const NodeFields &nodes)
{
    QStringList names;
    for (const NodeField &node : nodes)
        names.append(node.nodeId + QLatin1Char(':') + node.fieldName);
    return names;
}

bool ManifestRecorder::writeLines(const BatchRecord &batch, const QStringList &inputNames,
                                  const QList<ManifestLine> &lines)
{
    const ManifestFile file(pathOf(batch), inputNames);
    for (const ManifestLine &line : lines) {
        if (!file.append(line))
            return false;
        Q_EMIT lineWritten(batch.id, line.sourceRow);
    }
    return true;
}

void ManifestRecorder::onJobEnded(qint64 jobId)
{
    const Job *job = m_queue->job(jobId);
    if (!job || job->origin.kind != JobOrigin::Kind::Batch || job->origin.batchId == 0)
        return;
    if (job->state == JobState::Succeeded && job->runId > 0 && !m_downloaded.remove(job->runId)) {
        m_waitingForFiles.insert(job->runId, jobId); // the line names the files: wait until they are saved
        return;
    }
    writeJob(*job);
}

void ManifestRecorder::onDownloadsFinished(qint64 runId)
{
    const auto waiting = m_waitingForFiles.constFind(runId);
    if (waiting == m_waitingForFiles.constEnd()) {
        // Downloads resumed after a restart belong to a job that ended before it: its line is still due.
        const std::optional<RunRecord> run = m_history->run(runId);
        const Job *job = run ? m_queue->job(run->jobId) : nullptr;
        if (job && isEnded(job->state) && job->runId == runId && job->origin.kind == JobOrigin::Kind::Batch)
            writeJob(*job);
        else
            m_downloaded.insert(runId);
        return;
    }
    const qint64 jobId = *waiting;
    m_waitingForFiles.erase(waiting);
    if (const Job *job = m_queue->job(jobId))
        writeJob(*job);
}

void ManifestRecorder::writeJob(const Job &job)
{
    const std::optional<BatchRecord> batch = m_queue->batch(job.origin.batchId);
    if (!batch)
        return;
    ManifestLine line;
    line.sourceRow = job.origin.batchRow;
    for (const NodeField &node : job.request.nodes)
        line.values.append(node.fieldValue);
    line.label = job.label;
    line.taskId = job.taskId;
    line.state = jobStateKey(job.state);
    line.error = errorOf(job);
    line.coins = job.coins;
    const QDir manifestDir = QFileInfo(pathOf(*batch)).absoluteDir();
    if (const std::optional<RunRecord> run = job.runId > 0 ? m_history->run(job.runId) : std::nullopt) {
        line.runTime = run->costTime;
        if (line.coins.isEmpty())
            line.coins = run->coins;
        for (const TaskOutput &output : run->outputs) {
            if (!output.localPath.isEmpty())
                line.files.append(manifestDir.relativeFilePath(output.localPath));
        }
    }
    writeLines(*batch, inputNames(job.request.nodes), {line});
}

} // namespace rh
