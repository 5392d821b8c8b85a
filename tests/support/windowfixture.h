#pragma once

#include "mainwindow.h"
#include "sandbox/sandboxserver.h"

#include <QTemporaryDir>
#include <memory>

namespace rh::test {

/// A real MainWindow on a real SandboxServer (127.0.0.1, any port) with its settings, database and results in a
/// temp dir, keys in memory, and fast polling. Nothing touches the user's own files.
struct WindowFixture
{
    QTemporaryDir dir;
    SandboxServer sandbox;
    std::unique_ptr<MainWindow> window;
    bool sandboxMode = false; ///< open the window as `rhdesk --sandbox` does (banner, demo key, first demo app)

    /// Starts the sandbox (timings in ms) and opens the window on it.
    bool open(int queuedMs = 0, int runningMs = 0);
    /// The same window options again (for a "restart" on the same files).
    MainWindow::Options options() const;
    QString settingsPath() const;

    template<typename T>
    T *find(const char *objectName) const
    {
        return window->findChild<T *>(QString::fromLatin1(objectName));
    }
};

} // namespace rh::test
