#include "queue/queuecontroller.h"

#include "form/nodetablemodel.h"
#include "form/requestform.h"
#include "queue/costconfirm.h"
#include "queue/queuetext.h"
#include "queue/queueview.h"

#include "session/services.h"
#include "store/appsettings.h"
#include "store/historystore.h"
#include "task/budgetguard.h"
#include "task/desktopnotifier.h"
#include "task/filerevealer.h"
#include "task/runqueue.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QShortcut>
#include <QUrl>
#include <QWidget>

namespace rh {

namespace {

const QString openFolderAction = QStringLiteral("open-folder");

} // namespace

QueueController::QueueController(Services *services, RequestForm *form, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_form(form)
    , m_window(window)
    , m_baseTitle(window->windowTitle())
    , m_revealer(new FileRevealer(this))
    , m_folderOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, window);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &QueueController::addFromForm);
    }
    RunQueue *queue = services->queue();
    m_titleTimer.setSingleShot(true);
    m_titleTimer.setInterval(200);
    connect(&m_titleTimer, &QTimer::timeout, this, &QueueController::updateTitle);
    connect(queue, &RunQueue::progressChanged, this, [this] {
        if (!m_titleTimer.isActive())
            m_titleTimer.start();
    });
    connect(queue, &RunQueue::busyChanged, this, &QueueController::updateTitle);
    connect(queue, &RunQueue::batchFinished, this, &QueueController::onBatchFinished);
    DesktopNotifier *notifier = services->notifier();
    connect(notifier, &DesktopNotifier::actionInvoked, this, [this](const QString &tag, const QString &action) {
        if (action == openFolderAction)
            showBatchResults(tag.toLongLong());
    });
    connect(m_revealer, &FileRevealer::unavailable, this, &QueueController::openFolderInstead);
    connect(notifier, &DesktopNotifier::unavailable, this,
            [this](const QString &title, const QString &body) { Q_EMIT notifyFallback(title, body); });
}

void QueueController::showBatchResults(qint64 batchId)
{
    const QString file = lastSavedFile(batchId);
    if (!file.isEmpty()) {
        m_revealer->reveal(file); // openFolderInstead() runs when no file manager answers
        return;
    }
    openFolderInstead(QString());
}

/// The newest file a job of the batch saved that is still there ("" when none).
QString QueueController::lastSavedFile(qint64 batchId) const
{
    const QList<Job> &jobs = m_services->queue()->jobs();
    for (auto job = jobs.crbegin(); job != jobs.crend(); ++job) {
        if (job->origin.batchId != batchId || job->runId <= 0)
            continue;
        const std::optional<RunRecord> run = m_services->history()->run(job->runId);
        if (!run)
            continue;
        for (auto output = run->outputs.crbegin(); output != run->outputs.crend(); ++output) {
            if (!output->localPath.isEmpty() && QFileInfo(output->localPath).isFile())
                return output->localPath;
        }
    }
    return {};
}

/// No file manager selected @p path (or there was no file): open its folder, or the results folder; say so.
void QueueController::openFolderInstead(const QString &path)
{
    const QString folder = path.isEmpty() ? m_services->settings().outputFolder() : QFileInfo(path).absolutePath();
    const QString shown = QDir::toNativeSeparators(path.isEmpty() ? folder : path);
    if (!m_folderOpener(QUrl::fromLocalFile(folder)))
        Q_EMIT statusMessage(tr("No file manager answered. The results are in %1").arg(shown));
    else if (!path.isEmpty())
        Q_EMIT statusMessage(tr("No file manager could select the file; its folder was opened: %1").arg(shown));
}

void QueueController::setBaseTitle(const QString &title)
{
    m_baseTitle = title;
    updateTitle();
}

void QueueController::setView(QueueView *view)
{
    m_view = view;
    connect(view, &QueueView::addRequested, this, &QueueController::addFromForm);
}

bool QueueController::addFromForm()
{
    m_form->commitKey();
    const NodeTableModel *model = m_form->model();
    if (model->countUploads(NodeTableModel::Upload::Failed) > 0 ||
        model->countUploads(NodeTableModel::Upload::Uploading) > 0) {
        Q_EMIT statusMessage(tr("Nothing was queued: wait for the uploads to finish, or choose the file again for "
                                "the marked input."));
        return false;
    }
    const RunRequest request = m_form->request();
    const QList<RequestIssue> issues = request.validate(m_services->connection()->apiKey());
    if (!issues.isEmpty()) {
        const QStringList sentences = m_form->showIssues(issues);
        Q_EMIT statusMessage(tr("Nothing was queued: %1").arg(sentences.value(0)));
        return false;
    }
    m_form->clearMarks();
    const QString app = m_form->appInfo().name.isEmpty() ? request.webappId : m_form->appInfo().name;
    const int times = m_view ? m_view->runTimes() : 1;
    const qint64 threshold = m_services->settings().coinsLimit(AppSettings::Key::ConfirmAboveCoins);
    const QString server = m_services->connection()->server();
    if (!CostConfirm::ask(m_window, m_services->budget()->estimate(server, request.webappId), times, threshold)) {
        Q_EMIT statusMessage(tr("Nothing was queued."));
        return false;
    }
    QList<JobSpec> specs;
    for (int i = 1; i <= times; ++i) {
        JobSpec spec;
        spec.server = m_services->connection()->server();
        spec.account = m_services->connection()->accountId(); // the jobs stay with the account chosen now
        spec.label = times > 1 ? tr("Run %1 of %2").arg(i).arg(times) : app; // the App column names the app
        spec.appName = app;
        spec.request = request;
        specs.append(spec);
    }
    RunQueue *queue = m_services->queue();
    bool added = false;
    if (times == 1) {
        added = !queue->add(specs).isEmpty();
    } else {
        BatchRecord batch;
        batch.server = m_services->connection()->server();
        batch.name = tr("%1 ×%2").arg(app).arg(times);
        added = queue->addBatch(batch, specs) > 0;
    }
    Q_EMIT statusMessage(added ? tr("Added %n run(s) to the queue.", nullptr, times)
                               : tr("The queue could not be saved; nothing was added."));
    return added;
}

void QueueController::updateTitle()
{
    RunQueue *queue = m_services->queue();
    const QueueCounts counts = queue->counts();
    if (queue->isBusy() && counts.remaining() > 0) {
        m_window->setWindowTitle(tr("%1% · %2").arg(counts.percent()).arg(m_baseTitle));
        m_launcher.set(double(counts.done()) / counts.total);
    } else {
        m_window->setWindowTitle(m_baseTitle);
        m_launcher.set(std::nullopt);
    }
}

void QueueController::onBatchFinished(qint64 batchId)
{
    RunQueue *queue = m_services->queue();
    const std::optional<BatchRecord> batch = queue->batch(batchId);
    const QueueCounts counts = queue->counts(batchId);
    const QString title = batch ? tr("Batch finished: %1").arg(batch->name) : tr("Queued runs finished");
    m_services->notifier()->notify(title, QueueText::summary(counts), {{openFolderAction, tr("Open folder")}},
                                   QString::number(batchId));
    if (m_services->settings().queueSound())
        QApplication::beep();
    Q_EMIT statusMessage(tr("%1 — %2").arg(title, QueueText::summary(counts)));
}

} // namespace rh
