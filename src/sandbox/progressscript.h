#pragma once

#include "demoapps.h"
#include "taskbook.h"

#include <QByteArrayList>

namespace rh::sandbox {

/// How far a progress socket has told one task's story, so each tick sends only what is new.
struct ProgressTold
{
    bool greeted = false; ///< the opening `status` message went out
    bool started = false; ///< `execution_start` and the busy node's `executing` went out
    int step = -1;        ///< last `progress` value sent (-1: none yet)
    bool ended = false;   ///< the closing message went out (or the task never runs); the socket may close
};

/// Pure: the ComfyUI messages (compact JSON text, as RunningHub relays them) that bring a listener from `told` to
/// the task's state at nowMs, and `told` moved along. The story, as a real ComfyUI tells it:
///   status {queue_remaining} → execution_start → executing {node: sampler} → progress {value, max, node}… →
///   executing {node: null} → execution_success; or execution_error (a failing task stalls halfway) or
///   execution_interrupted (cancelled). A task rejected by validation never runs: only `status`, then the end.
/// `app` may be null (an app removed since): the node ids are then empty.
QByteArrayList progressMessages(const SandboxTask &task, const DemoApp *app, qint64 nowMs, ProgressTold &told);

/// The sampler step a task is at: 0…task.steps through its running time; a failing task stops at half.
int progressStep(const SandboxTask &task, qint64 nowMs);

} // namespace rh::sandbox
