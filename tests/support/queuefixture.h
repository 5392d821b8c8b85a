#pragma once

#include "model/job.h"
#include "session/services.h"
#include "task/queuegate.h"
#include "task/retrypolicy.h"

#include <QUrl>
#include <memory>

namespace rh::test {

/// The sandbox's text-to-image app: its prompt input (node 6, "text") names a job, the sandbox counts tasks per
/// prompt.
inline const QString textAppId = QStringLiteral("1877265245566922753");

/// Polls every 20 ms, gives up after 20 s, no websocket.
TrackerPolicy fastTrackerPolicy();
/// 421 and offline backoffs of 20 ms doubling to 200 ms.
QueueTiming fastQueueTiming();
/// A run of the text app with this prompt and number of steps (above 100 fails the app's validation).
RunRequest textRequest(const QString &prompt, int steps = 20);
JobSpec textJob(const QString &server, const QString &prompt, int steps = 20);

/// The core of a session on a sandbox at @p baseUrl with @p apiKey, data in @p folder (results in folder/results),
/// fast polling and queue timings, @p slots runs at once. Server name: "sandbox".
std::unique_ptr<Services> makeQueueServices(const QString &folder, const QUrl &baseUrl, const QString &apiKey,
                                            int slots);

} // namespace rh::test
