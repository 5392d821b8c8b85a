#pragma once

#include <QTemporaryDir>

namespace rh::test {

/// Puts QStandardPaths in test mode and gives the test its own XDG_RUNTIME_DIR, so nothing touches the user's
/// real config, data or keychain. Call first in initTestCase().
void isolateEnvironment();

/// Path to a file in tests/data.
QString dataPath(const QString &name);
QByteArray readData(const QString &name);

} // namespace rh::test
