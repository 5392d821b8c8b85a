#pragma once

#include <QSize>
#include <QTemporaryDir>

namespace rh::test {

/// Puts QStandardPaths in test mode and gives the test its own XDG_RUNTIME_DIR, so nothing touches the user's
/// real config, data or keychain. Call first in initTestCase().
void isolateEnvironment();

/// Sets QT_QPA_PLATFORM to the offscreen platform with one screen of @p size device pixels (96 dpi, scale 1), its
/// configuration written into @p dir. Call before the QApplication exists. The offscreen default is 800x600.
bool useOffscreenScreen(const QTemporaryDir &dir, const QSize &size);

/// Path to a file in tests/data.
QString dataPath(const QString &name);
QByteArray readData(const QString &name);

} // namespace rh::test
