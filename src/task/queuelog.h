#pragma once

#include <QLoggingCategory>

namespace rh {

Q_DECLARE_LOGGING_CATEGORY(lcQueue) ///< "rhdesk.task.queue": the run queue and its network side

} // namespace rh
