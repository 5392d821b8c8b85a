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
        bool sandbox = false;
        QUrl baseUrlOverride;      ///< --base-url or the sandbox; empty = the site chosen in settings
        QString sandboxApiKey;     ///< the sandbox's demo key (never stored)
        QStringList sandboxAppIds; ///< the sandbox's demo apps: the first is opened when nothing was before
        QString settingsPath;      ///< tests: an INI file in a temp dir
        QString databasePath;      ///< tests: a SQLite file in a temp dir
        bool memoryKeys = false;
        bool resumeUnfinished = true;
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    Services *services() const { return m_services; }
    RunController *runController() const { return m_runs; }

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
    QTabWidget *m_tabs = nullptr;
    RunController *m_runs = nullptr;
    AppController *m_apps = nullptr;
    PresetController *m_presets = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace rh
