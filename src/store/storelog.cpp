#include "store/storelog.h"

namespace rh {

Q_LOGGING_CATEGORY(lcStore, "rhdesk.store", QtInfoMsg)

} // namespace rh
