#include "sandboxlog.h"

// Debug lines are off unless QT_LOGGING_RULES asks for them ("rhdesk.sandbox.debug=true").
Q_LOGGING_CATEGORY(lcSandbox, "rhdesk.sandbox", QtInfoMsg)
