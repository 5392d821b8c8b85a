#pragma once

#include <QLoggingCategory>

namespace rh {

Q_DECLARE_LOGGING_CATEGORY(lcStore) ///< "rhdesk.store"

} // namespace rh
