#include "model/taskstate.h"

#include <array>
#include <utility>

namespace rh {

namespace {

struct StateName
{
    TaskState state;
    const char *key;
};

// The storage keys are written to the database: never change an existing one.
constexpr std::array<StateName, 12> stateNames{{
    {TaskState::None, "none"},
    {TaskState::Submitting, "submitting"},
    {TaskState::Create, "create"},
    {TaskState::Queued, "queued"},
    {TaskState::Running, "running"},
    {TaskState::Success, "success"},
    {TaskState::Failed, "failed"},
    {TaskState::Rejected, "rejected"},
    {TaskState::Cancelled, "cancelled"},
    {TaskState::NotFound, "not_found"},
    {TaskState::Unknown, "unknown"},
    {TaskState::GaveUp, "gave_up"},
}};

} // namespace

bool isTerminal(TaskState state)
{
    switch (state) {
    case TaskState::Success:
    case TaskState::Failed:
    case TaskState::Rejected:
    case TaskState::Cancelled:
    case TaskState::NotFound:
    case TaskState::Unknown: // nothing more happens on its own: the user decides whether to look again
    case TaskState::GaveUp:
        return true;
    case TaskState::None:
    case TaskState::Submitting:
    case TaskState::Create:
    case TaskState::Queued:
    case TaskState::Running:
        return false;
    }
    return false;
}

TaskState taskStateFromServer(const QString &word)
{
    const QString w = word.trimmed().toUpper();
    if (w == QLatin1String("CREATE") || w == QLatin1String("CREATED"))
        return TaskState::Create;
    if (w == QLatin1String("QUEUED") || w == QLatin1String("QUEUE"))
        return TaskState::Queued;
    if (w == QLatin1String("RUNNING"))
        return TaskState::Running;
    if (w == QLatin1String("SUCCESS"))
        return TaskState::Success;
    if (w == QLatin1String("FAILED") || w == QLatin1String("FAIL"))
        return TaskState::Failed;
    if (w == QLatin1String("CANCELLED") || w == QLatin1String("CANCELED") || w == QLatin1String("CANCEL"))
        return TaskState::Cancelled;
    return TaskState::Unknown;
}

QString taskStateKey(TaskState state)
{
    for (const StateName &name : stateNames) {
        if (name.state == state)
            return QLatin1String(name.key);
    }
    return QStringLiteral("unknown");
}

TaskState taskStateFromKey(const QString &key)
{
    for (const StateName &name : stateNames) {
        if (key == QLatin1String(name.key))
            return name.state;
    }
    return TaskState::Unknown;
}

} // namespace rh
