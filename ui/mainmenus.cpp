#include "mainmenus.h"

#include "form/appcontroller.h"
#include "presets/presetcontroller.h"
#include "queue/queuecontroller.h"
#include "task/runcontroller.h"
#include "userguidedialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QUrl>

namespace rh {

namespace {

QAction *named(QAction *action, const char *objectName)
{
    action->setObjectName(QLatin1String(objectName));
    return action;
}

} // namespace

void MainMenus::build(QMainWindow *window, const Targets &targets)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    targets.presets->addFileActions(file);
    file->addSeparator();
    file->addActions(targets.batchActions);
    file->addSeparator();
    QAction *settings = named(file->addAction(tr("&Settings…"), window, targets.showSettings), "settingsAction");
    settings->setShortcut(QKeySequence::Preferences);
    named(file->addAction(tr("A&ccounts…"), window, targets.showAccounts), "accountsAction");
    file->addSeparator();
    QAction *quit = named(file->addAction(tr("&Quit"), window, &QWidget::close), "quitAction");
    quit->setShortcut(QKeySequence::Quit);
    buildRun(window, targets);
    buildView(window, targets);
    buildHelp(window);
}

void MainMenus::buildRun(QMainWindow *window, const Targets &targets)
{
    QMenu *menu = window->menuBar()->addMenu(tr("Ru&n"));
    menu->setObjectName(QStringLiteral("runMenu"));
    QAction *run = named(menu->addAction(tr("&Run task"), targets.runs, &RunController::run), "runTaskAction");
    run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    run->setShortcutContext(Qt::WidgetShortcut); // the form's own shortcut handles the key; the menu shows it
    QAction *queue =
        named(menu->addAction(tr("Add to &queue"), targets.queue, &QueueController::addFromForm), "addToQueueAction");
    queue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    queue->setShortcutContext(Qt::WidgetShortcut); // the controller's window shortcut handles the key
    if (targets.pasteBatch)
        menu->addAction(targets.pasteBatch);
    menu->addSeparator();
    named(menu->addAction(tr("Load &app"), targets.apps, &AppController::reloadCurrent), "reloadAppAction");
}

void MainMenus::buildView(QMainWindow *window, const Targets &targets)
{
    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(targets.presetsDock->toggleViewAction());
    const auto showTab = targets.showTab;
    QAction *task = view->addAction(tr("&Task"), window, [showTab] { showTab(0); });
    task->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *history = view->addAction(tr("&History"), window, [showTab] { showTab(1); });
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *queue = view->addAction(tr("&Queue"), window, [showTab] { showTab(2); });
    queue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
}

void MainMenus::buildHelp(QMainWindow *window)
{
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide =
        named(help->addAction(tr("&User guide"), window, [window] { showUserGuide(window); }), "userGuideAction");
    guide->setShortcut(QKeySequence::HelpContents);
    named(help->addAction(
              tr("RunningHub API &documentation"), window,
              [] { QDesktopServices::openUrl(QUrl(QStringLiteral("https://www.runninghub.cn/runninghub-api-doc/"))); }),
          "apiDocsAction");
    help->addSeparator();
    named(help->addAction(tr("&About rhdesk"), window, [window] { showAbout(window); }), "aboutAction");
}

void MainMenus::showUserGuide(QMainWindow *window)
{
    // One guide at a time, beside the window (not modal): people read it while they work.
    if (auto *open = window->findChild<UserGuideDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new UserGuideDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainMenus::showAbout(QMainWindow *window)
{
    QMessageBox::about(window, tr("About rhdesk"),
                       tr("<b>rhdesk %1</b><p>A native desktop client for RunningHub AI apps: load an app, fill its "
                          "inputs, run it, and find the results on disk.</p><p>Qt %2.</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace rh
