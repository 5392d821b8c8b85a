#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QSystemTrayIcon;
class QTabWidget;

namespace rh {

class AppController;
class HistoryView;
class PresetController;
class QueueController;
class QueueView;
class RequestForm;
class ResultsView;
class RunController;
class Services;
class TaskPanel;

/// Thin: layout, menus and actions; the controllers do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    struct Options
    {
        bool sandbox = false;         ///< banner, title and wording of `--sandbox`
        QStringList sandboxAppIds;    ///< the sandbox's demo apps: the first is opened when nothing was before
        bool resumeUnfinished = true; ///< follow the current server's unfinished runs (tests may wait)
    };

    /// @p services: the core of this session, built by the caller (app/main.cpp, or a test) and outliving the window.
    MainWindow(Services *services, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    Services *services() const { return m_services; }
    RunController *runController() const { return m_runs; }
    QueueController *queueController() const { return m_queue; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createCentral();
    void createMenus();
    void createTray();
    void restoreForm();
    void showSettings();
    void showAbout();
    void notify(const QString &title, const QString &sentence);

    Options m_options;
    Services *m_services;
    RequestForm *m_form = nullptr;
    TaskPanel *m_taskPanel = nullptr;
    ResultsView *m_results = nullptr;
    HistoryView *m_history = nullptr;
    QueueView *m_queueView = nullptr;
    QTabWidget *m_tabs = nullptr;
    RunController *m_runs = nullptr;
    AppController *m_apps = nullptr;
    PresetController *m_presets = nullptr;
    QueueController *m_queue = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace rh
