#pragma once

#include "model/runrequest.h"
#include "model/taskoutput.h"

#include <QObject>
#include <QPointer>

namespace rh {

class RequestForm;
class ResultsView;
class Services;
class TaskPanel;
class TaskTracker;
struct DownloadError;

/// Binds the run form and the task panel to the core: validates and sends a run, follows the current task,
/// shows its outputs. Knows nothing of layout.
class RunController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)
public:
    RunController(Services *services, RequestForm *form, TaskPanel *panel, ResultsView *results,
                  QObject *parent = nullptr);

    /// Validates the form and sends it once. Returns false (with the problems shown) when nothing was sent.
    bool run();
    /// Runs a request as given (e.g. a preset), through the same checks.
    bool runRequest(const RunRequest &request, const QString &appName);
    qint64 currentRunId() const { return m_runId; }

Q_SIGNALS:
    /// A task of this window ended (for notifications): the sentence says how.
    void taskEnded(const QString &title, const QString &sentence);
    void statusMessage(const QString &sentence);

private:
    void onTrackerStarted(qint64 runId, TaskTracker *tracker, bool resumed);
    void follow(qint64 runId, TaskTracker *tracker);
    void onDownloadsFinished(qint64 runId, const QList<TaskOutput> &outputs, const QList<DownloadError> &errors);
    void cancel();

    Services *m_services;
    RequestForm *m_form;
    TaskPanel *m_panel;
    ResultsView *m_results;
    qint64 m_runId = 0;
    QPointer<TaskTracker> m_tracker;
    bool m_submitting = false;
    bool m_runAfterUploads = false;
};

} // namespace rh
