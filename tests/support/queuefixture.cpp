#include "queuefixture.h"

#include "api/apiclient.h"
#include "store/appsettings.h"
#include "task/runmanager.h"
#include "task/runqueue.h"

#include <QDir>

namespace rh::test {

TrackerPolicy fastTrackerPolicy()
{
    TrackerPolicy policy;
    policy.pollIntervalMs = 20;
    policy.deadlineMs = 20000;
    policy.maxBackoffMs = 100;
    policy.liveProgress = false;
    return policy;
}

QueueTiming fastQueueTiming()
{
    QueueTiming timing;
    timing.busyBaseMs = 20;
    timing.busyCapMs = 200;
    timing.offlineBaseMs = 20;
    timing.offlineCapMs = 200;
    return timing;
}

RunRequest textRequest(const QString &prompt, int steps)
{
    RunRequest request;
    request.webappId = textAppId;
    NodeField text;
    text.nodeId = QStringLiteral("6");
    text.nodeName = QStringLiteral("CLIPTextEncode");
    text.fieldName = QStringLiteral("text");
    text.fieldValue = prompt;
    text.fieldType = QStringLiteral("STRING");
    NodeField stepsField;
    stepsField.nodeId = QStringLiteral("3");
    stepsField.nodeName = QStringLiteral("KSampler");
    stepsField.fieldName = QStringLiteral("steps");
    stepsField.fieldValue = QString::number(steps);
    stepsField.fieldType = QStringLiteral("INT");
    request.nodes = {text, stepsField};
    return request;
}

JobSpec textJob(const QString &server, const QString &prompt, int steps)
{
    JobSpec spec;
    spec.server = server;
    spec.label = prompt;
    spec.appName = QStringLiteral("Text to image");
    spec.request = textRequest(prompt, steps);
    return spec;
}

std::unique_ptr<Services> makeQueueServices(const QString &folder, const QUrl &baseUrl, const QString &apiKey,
                                            int slots)
{
    ServicesConfig config;
    config.paths = DataPaths::inFolder(folder);
    config.memoryKeys = true;
    config.fixed = {baseUrl, QStringLiteral("sandbox"), apiKey, QStringLiteral("Sandbox")};
    {
        AppSettings settings(config.paths.settingsFile);
        settings.setOutputFolder(QDir(folder).filePath(QStringLiteral("results")));
        settings.setQueueSlots(slots);
        // The crash test tells whose file is whose by the task id in its name.
        settings.setOutputNamePattern(QStringLiteral("{app}_{taskId}_{n}"));
    }
    auto services = std::make_unique<Services>(config);
    services->runs()->setPolicy(fastTrackerPolicy());
    services->api()->setTimeoutMs(10000);
    services->queue()->setTiming(fastQueueTiming());
    return services;
}

} // namespace rh::test
