#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QSplitter;
class QSystemTrayIcon;

namespace rh {

class AppController;
class BatchController;
class HistoryView;
class PresetController;
class QueueController;
class RequestForm;
class RightPanel;
class RunController;
class Services;
struct RunRequest;

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
        QStringList sandboxAppNames;  ///< their names, in the same order (the banner names them)
        bool resumeUnfinished = true; ///< follow the current server's unfinished runs (tests may wait)
    };
    /// The size the window would like; smaller screens get a maximized window instead.
    static constexpr QSize PreferredSize{1360, 860};

    /// @p services: the core of this session, built by the caller (app/main.cpp, or a test) and outliving the window.
    MainWindow(Services *services, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    Services *services() const { return m_services; }
    RunController *runController() const { return m_runs; }
    QueueController *queueController() const { return m_queue; }
    BatchController *batchController() const { return m_batch; }
    RequestForm *form() const { return m_form; }
    RightPanel *rightPanel() const { return m_panel; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createCentral();
    void createMenus();
    void createTray();
    void connectHistory(HistoryView *history);
    void restoreForm();
    void restoreLayout();
    void runAgain(const RunRequest &request);
    void showSettings();
    void say(const QString &sentence);
    void showStorageProblem();
    void notify(const QString &title, const QString &sentence);

    Options m_options;
    Services *m_services;
    RequestForm *m_form = nullptr;
    RightPanel *m_panel = nullptr;
    QSplitter *m_splitter = nullptr;
    RunController *m_runs = nullptr;
    AppController *m_apps = nullptr;
    PresetController *m_presets = nullptr;
    QueueController *m_queue = nullptr;
    BatchController *m_batch = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace rh
