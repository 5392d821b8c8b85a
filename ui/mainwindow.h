#pragma once

#include <QMainWindow>
#include <QUrl>

namespace rh {

/// Thin: menus, actions, the banner and wiring between the panels.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    struct Options
    {
        bool sandbox = false;
        QUrl baseUrlOverride;  ///< --base-url or the sandbox; empty = the site chosen in settings
        QString sandboxApiKey; ///< the sandbox's demo key (never stored)
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();

    Options m_options;
};

} // namespace rh
