#include "task/runcontroller.h"
#include "displayformat.h"

#include "errortext.h"
#include "form/inputsheet.h"
#include "form/nodetablemodel.h"
#include "form/requestform.h"
#include "task/resultsview.h"
#include "task/taskpanel.h"

#include "api/apiclient.h"
#include "api/replies.h"
#include "session/services.h"
#include "store/appsettings.h"
#include "store/keymanager.h"
#include "task/runmanager.h"
#include "task/tasktracker.h"
#include "transfer/downloader.h"
#include "transfer/uploader.h"

namespace rh {

RunController::RunController(Services *services, RequestForm *form, TaskPanel *panel, ResultsView *results,
                             QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_form(form)
    , m_panel(panel)
    , m_results(results)
{
    connect(form, &RequestForm::runRequested, this, &RunController::run);
    connect(panel, &TaskPanel::cancelRequested, this, &RunController::cancel);
    RunManager *runs = services->runs();
    connect(runs, &RunManager::trackerStarted, this, &RunController::onTrackerStarted);
    connect(runs, &RunManager::downloadsFinished, this, &RunController::onDownloadsFinished);
    connect(runs, &RunManager::downloadProgress, this, [this](qint64 runId, int index, qint64 received, qint64 total) {
        if (runId == m_runId)
            Q_EMIT statusMessage(tr("Downloading result %1 (%2 of %3 KB)…")
                                     .arg(index + 1)
                                     .arg(received / 1024)
                                     .arg(total < 0 ? QStringLiteral("?") : QString::number(total / 1024)));
    });
    form->setClientId(services->settings().clientId());
    connect(runs, &RunManager::resumed, this, [this](int count) {
        Q_EMIT statusMessage(tr("Watching %n unfinished task(s) from last time.", nullptr, count));
    });

    connect(services->uploader(), &Uploader::pendingChanged, this, [this](int pending) {
        if (pending == 0 && m_runAfterUploads) {
            m_runAfterUploads = false;
            m_panel->setError({});
            run();
        }
    });
}

bool RunController::run()
{
    m_form->commitKey(); // a preset's Run, or Ctrl+Enter with the key box still focused
    // Ctrl+Enter while a typed number is refused: the box shows one value and the input holds another.
    const QStringList refused = m_form->inputSheet()->pendingRefusals();
    if (!refused.isEmpty()) {
        m_panel->reset();
        m_panel->setError(ErrorText::forRun(ErrorText::RunProblem::FixFirst));
        m_panel->setMessages(refused);
        return false;
    }
    const NodeTableModel *model = m_form->model();
    if (model->countUploads(NodeTableModel::Upload::Failed) > 0) {
        m_panel->reset();
        m_panel->setError(ErrorText::forRun(ErrorText::RunProblem::UploadFailed));
        return false;
    }
    if (model->countUploads(NodeTableModel::Upload::Uploading) > 0) {
        m_runAfterUploads = true;
        m_panel->reset();
        m_panel->setError(ErrorText::forRun(ErrorText::RunProblem::WaitingForUploads));
        return false;
    }
    return runRequest(m_form->request(), m_form->appInfo().name);
}

bool RunController::runRequest(const RunRequest &request, const QString &appName)
{
    if (m_submitting)
        return false; // one click, one request: a second click while sending does nothing
    const QList<RequestIssue> issues = request.validate(m_services->connection()->apiKey());
    if (!issues.isEmpty()) {
        const QStringList sentences = m_form->showIssues(issues);
        m_panel->reset();
        m_panel->setError(ErrorText::forRun(ErrorText::RunProblem::FixFirst));
        m_panel->setMessages(sentences);
        return false;
    }
    m_form->clearMarks();
    start(request, appName);
    return true;
}

bool RunController::runAgain(const RunRequest &request, const QString &appName)
{
    if (m_submitting)
        return false;
    const QList<RequestIssue> issues = request.validate(m_services->connection()->apiKey());
    if (!issues.isEmpty()) {
        QStringList sentences;
        for (const RequestIssue &issue : issues)
            sentences.append(ErrorText::forIssue(issue, request.nodes));
        m_panel->reset();
        m_panel->setError(ErrorText::forRun(ErrorText::RunProblem::FixFirst));
        m_panel->setMessages(sentences);
        return false;
    }
    start(request, appName);
    return true;
}

void RunController::start(const RunRequest &request, const QString &appName)
{
    AppSettings &settings = m_services->settings();
    settings.setLastWebappId(request.webappId);
    settings.setInstanceType(request.instanceType);
    settings.setWebhookUrl(request.webhookUrl);

    m_submitting = true;
    m_form->setBusy(true);
    m_panel->reset();
    m_results->clear();
    m_panel->setState(TaskState::Submitting);
    m_runId = m_services->runs()->start(request, appName);
}

void RunController::onTrackerStarted(qint64 runId, TaskTracker *tracker, bool resumed)
{
    if (m_services->runs()->isQueueRun(runId))
        return; // the Queue tab follows its own runs; the Task panel stays with the form's

    // A resumed task (on start, or History → Look again) is followed in the panel only when nothing else is.
    if (resumed && m_tracker)
        return;
    if (resumed) {
        m_panel->reset();
        m_results->clear();
    }
    m_runId = runId;
    follow(runId, tracker);
}

void RunController::follow(qint64 runId, TaskTracker *tracker)
{
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    m_panel->setTaskId(tracker->taskId());
    connect(tracker, &TaskTracker::stateChanged, this, [this](TaskState state, const QString &) {
        if (state != TaskState::Submitting) {
            m_submitting = false;
            m_form->setBusy(false);
        }
        m_panel->setState(state);
    });
    connect(tracker, &TaskTracker::submitted, this, [this](const RunReply &reply) {
        m_panel->setTaskId(reply.taskId);
        m_form->setClientId(m_services->settings().clientId());
    });
    connect(tracker, &TaskTracker::rejected, this, [this](const PromptTips &tips) {
        QStringList sentences = m_form->showNodeErrors(tips.nodeErrors);
        const QString overall = ErrorText::forPromptError(tips);
        if (!overall.isEmpty())
            sentences.prepend(overall);
        m_panel->setError(ErrorText::forRun(ErrorText::RunProblem::InputsRejected));
        m_panel->setMessages(sentences);
        m_panel->setDetails(ErrorText::serverDetails(tips));
    });
    connect(tracker, &TaskTracker::notCreated, this,
            [this](const ApiError &error) { m_panel->setError(ErrorText::forError(error)); });
    connect(tracker, &TaskTracker::error, this,
            [this](const ApiError &error) { m_panel->setError(ErrorText::forError(error)); });
    connect(tracker, &TaskTracker::pollFailed, this, [this](const ApiError &error, int failures) {
        Q_EMIT statusMessage(ErrorText::forPollFailure(error, failures));
    });
    connect(tracker, &TaskTracker::failed, m_panel, &TaskPanel::setFailure);
    connect(tracker, &TaskTracker::progress, m_panel, &TaskPanel::setProgress);
    connect(tracker, &TaskTracker::outputsReady, this, [this](const QList<TaskOutput> &outputs) {
        m_results->setOutputs(outputs);
        if (!outputs.isEmpty()) {
            const TaskOutput &first = outputs.constFirst();
            m_panel->setCost(DisplayFormat::runCost(first.taskCostTime, first.consumeCoins));
        }
    });
    // In the panel, not only the status bar: it stays until the next press or the end, beside the state it explains.
    connect(tracker, &TaskTracker::cancelAnswered, this,
            [this](const ApiResult &result) { m_panel->setCancelNote(ErrorText::forCancelAnswer(result.error)); });
    connect(tracker, &TaskTracker::finished, this, [this, tracker] {
        m_submitting = false;
        m_form->setBusy(false);
        Q_EMIT taskEnded(tr("Task %1").arg(ErrorText::stateName(tracker->state())),
                         ErrorText::stateSentence(tracker->state()));
    });
    Q_UNUSED(runId)
}

void RunController::onDownloadsFinished(qint64 runId, const QList<TaskOutput> &outputs,
                                        const QList<DownloadError> &errors)
{
    if (runId != m_runId)
        return;
    m_results->setOutputs(outputs);
    if (errors.isEmpty()) {
        Q_EMIT statusMessage(
            tr("Saved %n result(s) to %1", nullptr, int(outputs.size())).arg(m_services->settings().outputFolder()));
        return;
    }
    m_panel->setError(ErrorText::forUnsavedResults(int(errors.size())));
    QStringList sentences; // one per file that was not saved, saying why
    for (const DownloadError &error : errors)
        sentences.append(ErrorText::forDownload(error));
    m_panel->setMessages(sentences);
}

void RunController::cancel()
{
    // Every press says what it did: sent, waiting for a taskId or for the answer already out, or nothing to cancel.
    m_panel->setCancelNote(ErrorText::forCancel(m_tracker ? m_tracker->cancel() : CancelOutcome::NotActive));
}

} // namespace rh
