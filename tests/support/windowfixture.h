#pragma once

#include "mainwindow.h"
#include "rightpanel.h"
#include "sandbox/sandboxserver.h"
#include "session/services.h"

#include <QTemporaryDir>
#include <memory>

namespace rh::test {

/// A real MainWindow on a real SandboxServer (127.0.0.1, any port) with its settings, database and results in a
/// temp dir, keys in memory, and fast polling. The core is built the way app/main.cpp builds it, with the test's
/// options. Nothing touches the user's own files.
struct WindowFixture
{
    QTemporaryDir dir;
    SandboxServer sandbox;
    std::unique_ptr<Services> services; ///< outlives the window (declared first, destroyed last)
    std::unique_ptr<MainWindow> window;
    bool sandboxMode = false; ///< open the window as `rhdesk --sandbox` does (banner, demo key, first demo app)
    /// false: the server is the settings' custom server (the site box works), as without --base-url
    bool fixedServer = true;
    /// Another server than `sandbox` to talk to (e.g. a sandbox on its own thread in a benchmark).
    QUrl server;

    /// Starts the sandbox (timings in ms) and opens the window on it, the key typed in.
    bool open(int queuedMs = 0, int runningMs = 0);
    /// A restart on the same files: a new core and window, no key yet (keys were kept in memory only).
    void restart(bool resumeUnfinished = true);
    ServicesConfig config() const;
    MainWindow::Options options() const;
    QString settingsPath() const;

    /// The window's widget of that name. History and Queue are built when first shown: a widget not found yet gets
    /// them built (as a click on their tab would) and is looked for again.
    template<typename T>
    T *find(const char *objectName) const
    {
        const QString name = QString::fromLatin1(objectName);
        if (T *found = window->findChild<T *>(name))
            return found;
        window->rightPanel()->history();
        window->rightPanel()->queueView();
        return window->findChild<T *>(name);
    }

private:
    void build(bool resumeUnfinished);
};

} // namespace rh::test
