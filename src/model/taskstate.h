#pragma once

#include <QString>

namespace rh {

/// Where a task is, as this client knows it.
enum class TaskState {
    None, ///< nothing submitted
    Submitting,
    Create,
    Queued,
    Running,
    Success,
    Failed,   ///< the server ran it and it failed (805, or taskStatus FAILED)
    Rejected, ///< promptTips node_errors: the workflow will not run
    Cancelled,
    NotFound, ///< 807: the server does not know the task
    Unknown,  ///< a submit whose outcome is unknown (timeout after sending): never resubmitted
    GaveUp,   ///< polling deadline passed; the taskId is kept so the user can look again
};

bool isTerminal(TaskState state);
/// The server's word ("QUEUED", "RUNNING", …) → state; anything unrecognised → Unknown.
TaskState taskStateFromServer(const QString &word);
/// A stable lower-case key for storage ("queued", "running", …) and back.
QString taskStateKey(TaskState state);
TaskState taskStateFromKey(const QString &key);

} // namespace rh
