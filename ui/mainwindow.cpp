#include "mainwindow.h"

#include "accountsdialog.h"
#include "accountstatuslabel.h"
#include "batch/batchcontroller.h"
#include "displayformat.h"
#include "errortext.h"
#include "form/advancedsection.h"
#include "form/appcontroller.h"
#include "form/nodetableeditor.h"
#include "form/requestform.h"
#include "history/historyview.h"
#include "mainmenus.h"
#include "presets/presetcontroller.h"
#include "queue/queuecontroller.h"
#include "queue/queueview.h"
#include "quitguard.h"
#include "rightpanel.h"
#include "sandboxbanner.h"
#include "settingsdialog.h"
#include "task/resultsview.h"
#include "task/runcontroller.h"
#include "windowplacement.h"

#include "apps/apploader.h"
#include "batch/sheetfile.h"
#include "session/accountmonitor.h"
#include "session/draftkeeper.h"
#include "session/services.h"
#include "store/appsettings.h"
#include "store/historystore.h"
#include "task/budgetguard.h"
#include "task/runmanager.h"
#include "task/runqueue.h"
#include "task/sleepinhibitor.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace rh {

MainWindow::MainWindow(Services *services, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    // One title: the application's display name is not set, so the platform adds nothing to it.
    setWindowTitle(options.sandbox ? tr("rhdesk — Sandbox") : tr("rhdesk"));
    DisplayFormat::setSandbox(options.sandbox); // before any panel writes a cost
    setCentralWidget(createCentral());
    setAcceptDrops(true);
    m_runs = new RunController(m_services, m_form, m_panel->taskPanel(), m_panel->results(), this);
    m_apps = new AppController(m_services, m_form, this);
    m_presets = new PresetController(m_services, m_form, m_runs, this);
    m_queue = new QueueController(m_services, m_form, this, this);
    m_batch = new BatchController(m_services, this, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_presets->dock());
    createMenus();
    createTray();
    connect(m_runs, &RunController::statusMessage, this, &MainWindow::say);
    connect(m_runs, &RunController::taskEnded, this, &MainWindow::notify);
    connect(m_apps, &AppController::statusMessage, this, &MainWindow::say);
    connect(m_presets, &PresetController::statusMessage, this, &MainWindow::say);
    connect(m_panel, &RightPanel::historyBuilt, this, &MainWindow::connectHistory);
    connect(m_panel, &RightPanel::queueViewBuilt, m_queue, &QueueController::setView);
    connect(m_queue, &QueueController::statusMessage, this, &MainWindow::say);
    connect(m_queue, &QueueController::notifyFallback, this, &MainWindow::notify);
    connect(m_batch, &BatchController::statusMessage, this, &MainWindow::say);
    connect(m_batch, &BatchController::batchQueued, this, [this] { m_panel->showTab(RightPanel::QueueTab); });
    m_batch->setPresetSaver([this](const PresetBatch &batch) { return m_presets->saveBatch(batch); });
    // After the load has said its word: the dialog (or why the sheet cannot be read) comes last.
    connect(m_presets, &PresetController::batchPresetLoaded, m_batch, [this](const Preset &preset) {
        QTimer::singleShot(0, m_batch, [this, preset] { m_batch->openPreset(preset); });
    });

    statusBar()->addPermanentWidget(new AccountStatusLabel(m_services->accounts(), statusBar()));
    connect(m_services->accounts(), &AccountMonitor::statusChanged, this, [this] {
        // The runs' money is in the account's currency (the outputs do not say it).
        const std::optional<AccountStatus> status = m_services->accounts()->currentStatus();
        const QString currency = status && status->currency ? *status->currency : QString();
        m_panel->setMoneyCurrency(m_services->connection()->server(), currency);
    });
    if (!m_services->databaseOpen())
        showStorageProblem();
    else
        statusBar()->showMessage(tr("Ready"));
    restoreForm();
    Connection *connection = m_services->connection();
    connect(connection, &Connection::changed, this, [this] { m_panel->setServer(m_services->connection()->server()); });
    m_panel->setServer(connection->server());
    if (options.resumeUnfinished) {
        m_services->runs()->setAutoResume(true); // now, and whenever a key or server arrives
        m_services->queue()->start();            // unless the user paused it last time
    }
    m_services->accounts()->start(); // the first figure, then after runs and each minute while the queue works
    restoreLayout();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    if (m_options.sandbox) {
        auto *banner = new SandboxBanner(m_options.sandboxAppIds, m_options.sandboxAppNames, central);
        connect(banner, &SandboxBanner::appRequested, this, [this](const QString &id) {
            m_apps->showRequest({id, {}, {}, {}});
        });
        layout->addWidget(banner);
    }
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_form = new RequestForm(m_services->connection(), m_services->draft(), m_services->accountSwitch(), m_splitter);
    m_form->setObjectName(QStringLiteral("requestForm"));
    m_panel = new RightPanel(m_services->history(), m_services->queue(), m_options.sandbox, m_splitter);
    m_splitter->addWidget(m_form);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    return central;
}

void MainWindow::createMenus()
{
    MainMenus::Targets targets;
    targets.presets = m_presets;
    targets.runs = m_runs;
    targets.queue = m_queue;
    targets.apps = m_apps;
    targets.presetsDock = m_presets->dock();
    targets.batchActions = {m_batch->importAction(), m_batch->importFolderAction(), m_batch->exportAction()};
    targets.pasteBatch = m_batch->pasteAction();
    targets.showSettings = [this] { showSettings(); };
    targets.showAccounts = [this] {
        AccountsDialog dialog(m_services->accountBook(), this);
        const Connection *connection = m_services->connection();
        if (!connection->isFixed() && connection->accountId().isEmpty()) // an account's key is one already
            dialog.suggest(connection->baseUrl(), connection->apiKey());
        dialog.exec();
    };
    targets.showTab = [this](int tab) { m_panel->showTab(RightPanel::Tab(tab)); };
    MainMenus::build(this, targets);
}

void MainWindow::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    m_tray->setToolTip(QStringLiteral("rhdesk"));
    m_tray->show();
}

void MainWindow::connectHistory(HistoryView *history)
{
    connect(history, &HistoryView::fillFormRequested, this, [this](const RunRequest &request) {
        m_apps->showRequest(request);
        m_form->setFocus();
        say(tr("The form now holds that run's inputs. Change them, or press Run to send them again."));
    });
    connect(history, &HistoryView::runAgainRequested, this, &MainWindow::runAgain);
    connect(history, &HistoryView::resultsRequested, this, [this](qint64 runId) {
        if (const std::optional<RunRecord> run = m_services->history()->run(runId)) {
            m_panel->results()->setOutputs(run->outputs);
            m_panel->showTab(RightPanel::TaskTab);
        }
    });
    connect(history, &HistoryView::watchAgainRequested, m_services->runs(), &RunManager::watchAgain);
}

void MainWindow::runAgain(const RunRequest &request)
{
    // Sent as it was, the form left alone (it may hold other work). RunController::runAgain is the seam where the
    // run queue takes over.
    AppInfo app;
    m_services->apps()->cached(request.webappId, &app);
    m_panel->showTab(RightPanel::TaskTab);
    if (m_runs->runAgain(request, app.name))
        say(tr("Sent that run's inputs again; the Task tab follows it."));
}

void MainWindow::showStorageProblem()
{
    const QString sentence =
        ErrorText::forStorage(m_services->storageProblem(), m_services->config().paths.databaseFile);
    statusBar()->showMessage(sentence);
    // Window-modal and opened, not exec'd: the window behind it keeps running what it can.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("History and presets are unavailable"), sentence,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("storageProblemDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QTimer::singleShot(0, box, [box] { box->open(); });
}

void MainWindow::say(const QString &sentence)
{
    statusBar()->showMessage(sentence, 8000);
}

void MainWindow::notify(const QString &title, const QString &sentence)
{
    if (m_tray && !isActiveWindow())
        m_tray->showMessage(title, sentence, QSystemTrayIcon::Information, 8000);
    else if (!isActiveWindow())
        QApplication::alert(this);
}

void MainWindow::restoreForm()
{
    connect(m_form, &RequestForm::siteChosen, this, [this](Site site) {
        m_services->connection()->setSite(site);
        if (m_services->connection()->baseUrl().isEmpty())
            showSettings(); // a custom server needs its address first
    });
    m_apps->restoreLast();
    if (m_options.sandbox && m_services->draft()->webappId().isEmpty() && !m_options.sandboxAppIds.isEmpty())
        m_apps->showRequest({m_options.sandboxAppIds.constFirst(), {}, {}, {}});
}

void MainWindow::restoreLayout()
{
    AppSettings &settings = m_services->settings();
    AdvancedSection *advanced = m_form->advanced();
    advanced->setOpen(settings.advancedOpen());
    connect(advanced, &AdvancedSection::openChanged, this,
            [this](bool open) { m_services->settings().setAdvancedOpen(open); });
    WindowPlacement::place(this, settings.windowGeometry(), PreferredSize);
    const bool restored = restoreState(settings.windowState());
    if (!restored) // a narrow presets panel until the user widens it: the form matters more
        resizeDocks({m_presets->dock()}, {fontMetrics().averageCharWidth() * 26}, Qt::Horizontal);
    if (!m_splitter->restoreState(settings.splitterState())) {
        const int width = qMax(800, geometry().width());
        m_splitter->setSizes({width * 56 / 100, width * 44 / 100});
    }
}

void MainWindow::showSettings()
{
    AppSettings &settings = m_services->settings();
    const qint64 cap = settings.coinsLimit(AppSettings::Key::BatchCapCoins);
    SettingsDialog dialog(&settings, m_services->connection()->isFixed(), this);
    dialog.setSleepUnavailable(m_services->sleepInhibitor()->backend() == SleepInhibitor::Backend::None);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_services->connection()->reloadSettings();
    // Batches that took the old cap take the new one; a changed floor is weighed at once.
    m_services->budget()->moveDefaultCap(cap, settings.coinsLimit(AppSettings::Key::BatchCapCoins));
    m_services->queue()->recheck();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!QuitGuard::mayQuit(this, int(m_services->runs()->activeRuns().size()))) {
        event->ignore();
        return;
    }
    AppSettings &settings = m_services->settings();
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(m_splitter->saveState());
    m_services->drafts()->flush();
    settings.sync(); // setters leave the writing to another thread; at quit, wait for it
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // A spreadsheet or a folder opens the batch import; any other file goes to the app's image, video or audio input.
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    const QString path = urls.constFirst().toLocalFile();
    const bool batch = isSheetFileName(path) || QFileInfo(path).isDir();
    if (batch ? m_batch->openSheet(path) : m_form->nodeEditor()->takeFile(path))
        event->acceptProposedAction();
}

} // namespace rh
