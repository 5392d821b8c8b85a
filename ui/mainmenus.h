#pragma once

#include <QCoreApplication>
#include <QList>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;

namespace rh {

class AppController;
class PresetController;
class QueueController;
class RunController;

/// The main window's menu bar, where people look for things: File (presets, settings, quit), Run (run, queue,
/// load app), View (panels and tabs), Help (user guide, API documentation, about).
class MainMenus
{
    // The window's own context: these words were the window's before, and keep their translations.
    Q_DECLARE_TR_FUNCTIONS(rh::MainWindow)
public:
    struct Targets
    {
        PresetController *presets = nullptr;
        RunController *runs = nullptr;
        QueueController *queue = nullptr;
        AppController *apps = nullptr;
        QDockWidget *presetsDock = nullptr;
        QList<QAction *> batchActions; ///< import a sheet, import a folder, export a batch
        QAction *pasteBatch = nullptr; ///< the Run menu's "Paste batch from clipboard"
        std::function<void()> showSettings;
        std::function<void()> showAccounts;
        std::function<void(int)> showTab; ///< 0 Task, 1 History, 2 Queue
    };

    static void build(QMainWindow *window, const Targets &targets);
    static void showUserGuide(QMainWindow *window);
    static void showAbout(QMainWindow *window);

private:
    static void buildRun(QMainWindow *window, const Targets &targets);
    static void buildView(QMainWindow *window, const Targets &targets);
    static void buildHelp(QMainWindow *window);
};

} // namespace rh
