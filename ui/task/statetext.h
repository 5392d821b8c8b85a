#pragma once

#include "model/taskstate.h"

#include <QCoreApplication>

namespace rh {

/// A task state in a sentence, as the task panel says it: in the sandbox, the sandbox is where tasks wait and run
/// (the banner says nothing reaches RunningHub, so the panel does not either).
class StateText
{
    Q_DECLARE_TR_FUNCTIONS(rh::StateText)
public:
    static QString sentence(TaskState state, bool sandbox);
};

} // namespace rh
