#include "windowfixture.h"

#include "api/apiclient.h"
#include "session/services.h"
#include "store/appsettings.h"
#include "task/runmanager.h"

#include <QLineEdit>

namespace rh::test {

QString WindowFixture::settingsPath() const
{
    return dir.filePath(QStringLiteral("settings.ini"));
}

MainWindow::Options WindowFixture::options() const
{
    MainWindow::Options options;
    options.baseUrlOverride = sandbox.baseUrl();
    options.settingsPath = settingsPath();
    options.databasePath = dir.filePath(QStringLiteral("rhdesk.sqlite"));
    options.memoryKeys = true;
    if (sandboxMode) {
        options.sandbox = true;
        options.sandboxApiKey = SandboxServer::demoApiKey();
        options.sandboxAppIds = SandboxServer::demoAppIds();
    }
    return options;
}

bool WindowFixture::open(int queuedMs, int runningMs)
{
    if (!dir.isValid() || !sandbox.start())
        return false;
    sandbox.setTimings(queuedMs, runningMs);
    {
        AppSettings settings(settingsPath());
        settings.setOutputFolder(dir.filePath(QStringLiteral("results")));
    }
    window = std::make_unique<MainWindow>(options());
    TrackerPolicy fast;
    fast.pollIntervalMs = 20;
    fast.deadlineMs = 20000;
    fast.maxBackoffMs = 100;
    fast.liveProgress = false;
    window->services()->runs()->setPolicy(fast);
    window->services()->api()->setTimeoutMs(
        10000); // generous: a loaded CI machine must not turn a slow answer into a lost one
    window->findChild<QLineEdit *>(QStringLiteral("apiKeyLineEdit"))->setText(SandboxServer::demoApiKey());
    window->show();
    return true;
}

} // namespace rh::test
