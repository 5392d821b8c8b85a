#include "task/statetext.h"

#include "errortext.h"

namespace rh {

QString StateText::sentence(TaskState state, bool sandbox)
{
    if (!sandbox)
        return ErrorText::stateSentence(state);
    switch (state) {
    case TaskState::Submitting:
        return tr("Sending the task to the sandbox…");
    case TaskState::Create:
    case TaskState::Queued:
        return tr("Waiting in the sandbox's queue.");
    case TaskState::Running:
        return tr("Running in the sandbox.");
    case TaskState::Rejected:
        return tr("The sandbox rejected the inputs; the task will not run. Fix the marked inputs and run again.");
    case TaskState::NotFound:
        return tr("The sandbox does not know this task.");
    case TaskState::GaveUp:
        return tr("Stopped watching the task; it may still finish in the sandbox. To look again, select it under "
                  "History and press Look again.");
    default:
        return ErrorText::stateSentence(state);
    }
}

} // namespace rh
