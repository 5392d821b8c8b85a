#include "task/joblist.h"

#include <algorithm>

namespace rh {

const Job *JobList::job(qint64 id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_jobs.at(index);
}

Job *JobList::find(qint64 id)
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_jobs[index];
}

void JobList::setJobs(const QList<Job> &jobs)
{
    m_jobs = jobs;
    rebuildIndex();
}

int JobList::append(const QList<Job> &jobs)
{
    const int first = size();
    m_jobs.append(jobs);
    rebuildIndex();
    return first;
}

QSet<qint64> JobList::remove(const QList<qint64> &ids)
{
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    QSet<qint64> touched;
    QList<Job> kept;
    kept.reserve(m_jobs.size());
    for (const Job &job : std::as_const(m_jobs)) {
        if (gone.contains(job.id))
            touched.insert(job.origin.batchId);
        else
            kept.append(job);
    }
    setJobs(kept);
    QSet<qint64> left;
    for (const Job &job : std::as_const(m_jobs))
        left.insert(job.origin.batchId);
    for (auto it = m_batches.begin(); it != m_batches.end();)
        it = left.contains(it.key()) ? std::next(it) : m_batches.erase(it);
    return touched;
}

std::optional<BatchRecord> JobList::batch(qint64 id) const
{
    const auto it = m_batches.constFind(id);
    return it == m_batches.cend() ? std::nullopt : std::optional<BatchRecord>(*it);
}

bool JobList::isBatchHeld(qint64 batchId) const
{
    return batchId > 0 && m_batches.value(batchId).hold.isHeld();
}

bool JobList::isPending(qint64 batchId) const
{
    return std::any_of(m_jobs.cbegin(), m_jobs.cend(),
                       [batchId](const Job &job) { return job.origin.batchId == batchId && !isEnded(job.state); });
}

QStringList JobList::activeGates() const
{
    QStringList keys;
    for (const Job &job : m_jobs) {
        if ((job.state == JobState::Waiting || isLive(job.state)) && !keys.contains(job.gateKey()))
            keys.append(job.gateKey());
    }
    return keys;
}

void JobList::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_jobs.size());
    for (int i = 0; i < m_jobs.size(); ++i)
        m_index.insert(m_jobs.at(i).id, i);
}

} // namespace rh
