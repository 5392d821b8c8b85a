#include "task/queuelog.h"

namespace rh {

Q_LOGGING_CATEGORY(lcQueue, "rhdesk.task.queue", QtInfoMsg)

} // namespace rh
