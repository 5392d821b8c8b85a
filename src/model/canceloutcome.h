#pragma once

namespace rh {

/// What one press of Cancel did: sent a cancel request, or why it did not. Every press gets one of these, so
/// the window can always say what happened.
enum class CancelOutcome {
    Sent,        ///< a cancel request went out now
    AfterSubmit, ///< no taskId yet: the request goes out as soon as the run reply brings one
    AlreadyOut,  ///< a cancel request is out already; its answer is awaited
    NotActive,   ///< no task is being followed (it ended, or was never started)
    NotSent,     ///< the request could not be made (e.g. the client refused it before sending)
};

} // namespace rh
