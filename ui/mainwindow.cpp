#include "mainwindow.h"

#include "form/appcontroller.h"
#include "form/nodetableeditor.h"
#include "form/requestform.h"
#include "history/historyview.h"
#include "presets/presetcontroller.h"
#include "queue/queuecontroller.h"
#include "queue/queueview.h"
#include "settingsdialog.h"
#include "task/resultsview.h"
#include "task/runcontroller.h"
#include "task/taskpanel.h"

#include "session/services.h"
#include "store/appsettings.h"
#include "store/historystore.h"
#include "store/keymanager.h"
#include "task/runmanager.h"
#include "task/runqueue.h"
#include "task/sleepinhibitor.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rh {

MainWindow::MainWindow(Services *services, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(options.sandbox ? tr("rhdesk — Sandbox") : tr("rhdesk"));
    setCentralWidget(createCentral());
    setAcceptDrops(true);
    m_runs = new RunController(m_services, m_form, m_taskPanel, m_results, this);
    m_apps = new AppController(m_services, m_form, this);
    m_presets = new PresetController(m_services, m_form, m_runs, this);
    m_queue = new QueueController(m_services, m_form, m_queueView, this, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_presets->dock());
    resizeDocks({m_presets->dock()}, {260}, Qt::Horizontal);
    createMenus();
    createTray();
    connect(m_runs, &RunController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_runs, &RunController::taskEnded, this, &MainWindow::notify);
    connect(m_apps, &AppController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_presets, &PresetController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_queue, &QueueController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_queue, &QueueController::notifyFallback, this, &MainWindow::notify);
    connect(m_history, &HistoryView::runAgainRequested, this, [this](const RunRequest &request) {
        m_apps->showRequest(request);
        m_form->setFocus();
    });
    connect(m_history, &HistoryView::resultsRequested, this, [this](qint64 runId) {
        if (const std::optional<RunRecord> run = m_services->history()->run(runId)) {
            m_results->setOutputs(run->outputs);
            m_tabs->setCurrentIndex(0);
        }
    });
    connect(m_history, &HistoryView::watchAgainRequested, m_services->runs(), &RunManager::watchAgain);

    if (!m_services->databaseOpen())
        statusBar()->showMessage(tr("History and presets are unavailable: the database could not be opened."));
    else
        statusBar()->showMessage(tr("Ready"));
    restoreForm();
    Connection *connection = m_services->connection();
    connect(connection, &Connection::changed, this,
            [this] { m_history->setServer(m_services->connection()->server()); });
    m_history->setServer(connection->server());
    if (options.resumeUnfinished) {
        m_services->runs()->setAutoResume(true); // now, and whenever a key or server arrives
        m_services->queue()->start();            // unless the user paused it last time
    }
    if (!restoreGeometry(m_services->settings().windowGeometry()))
        resize(1360, 860);
    restoreState(m_services->settings().windowState());
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    if (m_options.sandbox) {
        auto *banner = new QLabel(tr("Sandbox: a simulated RunningHub on this computer. Nothing is sent to "
                                     "RunningHub and nothing costs money. Demo apps: %1.")
                                      .arg(m_options.sandboxAppIds.join(QStringLiteral(", "))),
                                  central);
        banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
        banner->setObjectName(QStringLiteral("sandboxBannerLabel"));
        banner->setAccessibleName(banner->text());
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("background:#fef3c7;color:#78350f;padding:6px;border-radius:4px;"));
        layout->addWidget(banner);
    }
    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_form = new RequestForm(m_services->connection(), m_services->draft(), splitter);
    m_form->setObjectName(QStringLiteral("requestForm"));
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("rightTabWidget"));
    auto *taskSplitter = new QSplitter(Qt::Vertical, m_tabs);
    m_taskPanel = new TaskPanel(taskSplitter);
    m_results = new ResultsView(taskSplitter);
    taskSplitter->setStretchFactor(1, 1);
    m_tabs->addTab(taskSplitter, tr("&Task"));
    m_history = new HistoryView(m_services->history(), m_tabs);
    m_tabs->addTab(m_history, tr("&History"));
    m_queueView = new QueueView(m_services->queue(), m_tabs);
    m_queueView->setObjectName(QStringLiteral("queueView"));
    m_tabs->addTab(m_queueView, tr("&Queue"));
    splitter->addWidget(m_form);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    return central;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_presets->addFileActions(file);
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *run = edit->addAction(tr("&Run task"), m_runs, &RunController::run);
    run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    run->setShortcutContext(Qt::WidgetShortcut); // the form's own shortcut handles the key; the menu shows it
    QAction *queue = edit->addAction(tr("Add to &queue"), m_queue, &QueueController::addFromForm);
    queue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    queue->setShortcutContext(Qt::WidgetShortcut); // the controller's window shortcut handles the key
    edit->addAction(tr("Load &app"), m_apps, &AppController::reloadCurrent);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_presets->dock()->toggleViewAction());
    QAction *task = view->addAction(tr("&Task"), this, [this] { m_tabs->setCurrentIndex(0); });
    task->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *history = view->addAction(tr("&History"), this, [this] { m_tabs->setCurrentIndex(1); });
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *queueTab = view->addAction(tr("&Queue"), this, [this] { m_tabs->setCurrentWidget(m_queueView); });
    queueTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("RunningHub &API documentation"), this, [] {
        QDesktopServices::openUrl(QUrl(QStringLiteral("https://www.runninghub.cn/runninghub-api-doc/")));
    });
    help->addAction(tr("&About rhdesk"), this, &MainWindow::showAbout);
}

void MainWindow::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    m_tray->setToolTip(QStringLiteral("rhdesk"));
    m_tray->show();
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
    if (m_options.sandbox && m_services->settings().lastWebappId().isEmpty() && !m_options.sandboxAppIds.isEmpty())
        m_apps->showRequest({m_options.sandboxAppIds.constFirst(), {}, {}, {}});
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(&m_services->settings(), m_services->connection()->isFixed(), this);
    dialog.setSleepUnavailable(m_services->sleepInhibitor()->backend() == SleepInhibitor::Backend::None);
    if (dialog.exec() == QDialog::Accepted)
        m_services->connection()->reloadSettings();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_services->settings().setWindowGeometry(saveGeometry());
    m_services->settings().setWindowState(saveState());
    m_services->settings().sync(); // setters leave the writing to QSettings; at quit, write now
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
    // Dropped beside the table: the file still goes to the app's image, video or audio input.
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile() &&
        m_form->nodeEditor()->takeFile(urls.constFirst().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About rhdesk"),
                       tr("<b>rhdesk %1</b><p>A native desktop client for RunningHub AI apps: load an app, fill its "
                          "inputs, run it, and find the results on disk.</p><p>Qt %2.</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace rh
