#include "model/job.h"

#include <array>

namespace rh {

namespace {

struct JobStateName
{
    JobState state;
    const char *key;
};

// Written to the database: never change an existing key. Where the History has the same word, its key is used.
constexpr std::array<JobStateName, 10> jobStateNames{{
    {JobState::Waiting, "waiting"},
    {JobState::Uploading, "uploading"},
    {JobState::Submitting, "submitting"},
    {JobState::Queued, "queued"},
    {JobState::Running, "running"},
    {JobState::Succeeded, "success"},
    {JobState::Failed, "failed"},
    {JobState::Cancelled, "cancelled"},
    {JobState::Unknown, "unknown"},
    {JobState::OnHold, "on_hold"},
}};

} // namespace

bool isLive(JobState state)
{
    switch (state) {
    case JobState::Uploading:
    case JobState::Submitting:
    case JobState::Queued:
    case JobState::Running:
        return true;
    case JobState::Waiting:
    case JobState::Succeeded:
    case JobState::Failed:
    case JobState::Cancelled:
    case JobState::Unknown:
    case JobState::OnHold:
        break;
    }
    return false;
}

bool isEnded(JobState state)
{
    switch (state) {
    case JobState::Succeeded:
    case JobState::Failed:
    case JobState::Cancelled:
    case JobState::Unknown:
        return true;
    case JobState::Waiting:
    case JobState::Uploading:
    case JobState::Submitting:
    case JobState::Queued:
    case JobState::Running:
    case JobState::OnHold:
        break;
    }
    return false;
}

QString jobStateKey(JobState state)
{
    for (const JobStateName &name : jobStateNames) {
        if (name.state == state)
            return QLatin1String(name.key);
    }
    return QStringLiteral("waiting");
}

JobState jobStateFromKey(const QString &key)
{
    for (const JobStateName &name : jobStateNames) {
        if (key == QLatin1String(name.key))
            return name.state;
    }
    // A key written by a newer version: on hold, so that nothing is sent until someone looks at it.
    return JobState::OnHold;
}

std::optional<TaskState> historyStateOf(JobState state)
{
    switch (state) {
    case JobState::Submitting:
        return TaskState::Submitting;
    case JobState::Queued:
        return TaskState::Queued;
    case JobState::Running:
        return TaskState::Running;
    case JobState::Succeeded:
        return TaskState::Success;
    case JobState::Failed:
        return TaskState::Failed;
    case JobState::Cancelled:
        return TaskState::Cancelled;
    case JobState::Unknown:
        return TaskState::Unknown;
    case JobState::Waiting:
    case JobState::Uploading:
    case JobState::OnHold:
        break;
    }
    return std::nullopt;
}

QString JobOrigin::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Form:
        return QStringLiteral("form");
    case Kind::Preset:
        return QStringLiteral("preset");
    case Kind::Batch:
        return QStringLiteral("batch");
    }
    return QStringLiteral("form");
}

JobOrigin::Kind JobOrigin::kindFromKey(const QString &key)
{
    if (key == QLatin1String("preset"))
        return Kind::Preset;
    if (key == QLatin1String("batch"))
        return Kind::Batch;
    return Kind::Form;
}

QString Job::gateKeyOf(const QString &server, const QString &account)
{
    return account.isEmpty() ? server : server + QLatin1Char('\n') + account;
}

Job Job::fromSpec(const JobSpec &spec)
{
    Job job;
    job.server = spec.server;
    job.account = spec.account;
    job.origin = spec.origin;
    job.label = spec.label;
    job.appName = spec.appName;
    job.request = spec.request;
    job.media = spec.media;
    return job;
}

} // namespace rh
