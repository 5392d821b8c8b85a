#include "windowfixture.h"

#include "fakedesktop.h"
#include "queuefixture.h"

#include "api/apiclient.h"
#include "session/connection.h"
#include "store/appsettings.h"
#include "task/runmanager.h"
#include "task/runqueue.h"

namespace rh::test {

QString WindowFixture::settingsPath() const
{
    return config().paths.settingsFile;
}

ServicesConfig WindowFixture::config() const
{
    const QUrl url = server.isEmpty() ? sandbox.baseUrl() : server;
    ServicesConfig config;
    config.paths = DataPaths::inFolder(dir.path());
    config.memoryKeys = true;
    // Never the desktop's own services: fakes a test may register on its private bus, or nobody.
    config.sleep.useLogin1 = false;
    config.sleep.screenSaverService = fakeServiceName("ScreenSaver");
    config.notificationsService = fakeServiceName("Notifications");
    if (sandboxMode)
        config.fixed = {url, QStringLiteral("sandbox"), SandboxServer::demoApiKey(),
                        QStringLiteral("Sandbox (this computer)")};
    else if (fixedServer)
        config.fixed = {url, {}, {}, url.toString()};
    return config;
}

MainWindow::Options WindowFixture::options() const
{
    MainWindow::Options options;
    if (sandboxMode) {
        options.sandbox = true;
        options.sandboxAppIds = SandboxServer::demoAppIds();
    }
    return options;
}

void WindowFixture::build(bool resumeUnfinished)
{
    window.reset();
    services.reset();
    services = std::make_unique<Services>(config());
    TrackerPolicy fast;
    fast.pollIntervalMs = 20;
    fast.deadlineMs = 20000;
    fast.maxBackoffMs = 100;
    fast.liveProgress = false;
    services->runs()->setPolicy(fast);
    services->queue()->setTiming(fastQueueTiming());
    // Generous: a loaded CI machine must not turn a slow answer into a lost one.
    services->api()->setTimeoutMs(10000);
    MainWindow::Options windowOptions = options();
    windowOptions.resumeUnfinished = resumeUnfinished;
    window = std::make_unique<MainWindow>(services.get(), windowOptions);
}

bool WindowFixture::open(int queuedMs, int runningMs)
{
    if (!dir.isValid() || !sandbox.start())
        return false;
    sandbox.setTimings(queuedMs, runningMs);
    {
        AppSettings settings(settingsPath());
        settings.setOutputFolder(dir.filePath(QStringLiteral("results")));
        if (!fixedServer) {
            settings.setSite(Site::Custom);
            settings.setCustomBaseUrl((server.isEmpty() ? sandbox.baseUrl() : server).toString());
        }
    }
    build(true);
    services->connection()->setApiKey(SandboxServer::demoApiKey());
    window->show();
    return true;
}

void WindowFixture::restart(bool resumeUnfinished)
{
    build(resumeUnfinished);
    window->show();
}

} // namespace rh::test
