#include "errortext.h"

namespace rh {

QString ErrorText::stateName(TaskState state)
{
    switch (state) {
    case TaskState::None:
        return tr("Not started");
    case TaskState::Submitting:
        return tr("Sending");
    case TaskState::Create:
        return tr("Created");
    case TaskState::Queued:
        return tr("Queued");
    case TaskState::Running:
        return tr("Running");
    case TaskState::Success:
        return tr("Succeeded");
    case TaskState::Failed:
        return tr("Failed");
    case TaskState::Rejected:
        return tr("Rejected");
    case TaskState::Cancelled:
        return tr("Cancelled");
    case TaskState::NotFound:
        return tr("Not found");
    case TaskState::Unknown:
        return tr("Outcome unknown");
    case TaskState::GaveUp:
        return tr("Stopped watching");
    }
    return {};
}

QString ErrorText::jobStateName(JobState state)
{
    if (const std::optional<TaskState> same = historyStateOf(state))
        return stateName(*same);
    switch (state) {
    case JobState::Waiting:
        return tr("Waiting");
    case JobState::Uploading:
        return tr("Uploading");
    case JobState::OnHold:
        return tr("On hold");
    default:
        break;
    }
    return {};
}

QString ErrorText::holdSentence(const Hold &hold)
{
    const QString code = hold.code != 0 ? QString::number(hold.code) : hold.detail;
    switch (hold.reason) {
    case HoldReason::None:
        return {};
    case HoldReason::Key:
        return tr("The queue is on hold: RunningHub did not accept the API key (%1). Check the key and the site, "
                  "then press Resume; no run is lost.")
            .arg(code);
    case HoldReason::Balance:
        return tr("The queue is on hold: your RunningHub account has run out of coins or money (%1). Top up, then "
                  "press Resume; the waiting runs are kept.")
            .arg(code);
    case HoldReason::AppGone:
        return tr("The queue is on hold: RunningHub cannot run this app (%1). Check the app ID and the site, then "
                  "press Resume.")
            .arg(code);
    case HoldReason::Validation:
        return tr("This batch is on hold: its first 3 runs failed the same way (%1). Fix the inputs, or press "
                  "Resume to run the rest anyway.")
            .arg(hold.detail.isEmpty() ? code : hold.detail);
    case HoldReason::Budget:
        return tr("On hold: %1. Raise the limit in Settings or top up, then press Resume.").arg(hold.detail);
    }
    return {};
}

QString ErrorText::busySentence(int code)
{
    return tr("Waiting: your RunningHub account is busy (%1)").arg(code);
}

QString ErrorText::offlineSentence(int seconds)
{
    return tr("Offline, retrying in %n s", nullptr, seconds);
}

QString ErrorText::stateSentence(TaskState state)
{
    switch (state) {
    case TaskState::Submitting:
        return tr("Sending the task to RunningHub…");
    case TaskState::Create:
    case TaskState::Queued:
        return tr("Waiting in RunningHub's queue.");
    case TaskState::Running:
        return tr("Running on RunningHub.");
    case TaskState::Success:
        return tr("Finished.");
    case TaskState::Failed:
        return tr("The task failed.");
    case TaskState::Rejected:
        return tr("RunningHub rejected the inputs; the task will not run. Fix the marked inputs and run again.");
    case TaskState::Cancelled:
        return tr("The task was cancelled.");
    case TaskState::NotFound:
        return tr("RunningHub does not know this task.");
    case TaskState::Unknown:
        return tr("No answer came back; a task may have been created. It was not sent again.");
    case TaskState::GaveUp:
        return tr("Stopped watching the task; it may still finish on RunningHub. To look again, select it under "
                  "History and press Look again.");
    case TaskState::None:
        break;
    }
    return {};
}

} // namespace rh
