#include "mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace rh {

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(options.sandbox ? tr("rhdesk — Sandbox") : tr("rhdesk"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    if (options.sandbox) {
        auto *banner = new QLabel(tr("Sandbox: a simulated RunningHub on this computer. Nothing is sent to "
                                     "RunningHub and nothing costs money."),
                                  central);
        banner->setObjectName(QStringLiteral("sandboxBannerLabel"));
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("background:#fef3c7;color:#78350f;padding:6px;border-radius:4px;"));
        layout->addWidget(banner);
    }
    layout->addStretch();
    setCentralWidget(central);
    createMenus();
    statusBar()->showMessage(tr("Ready"));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    menuBar()->addMenu(tr("&Edit"));
    menuBar()->addMenu(tr("&View"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About rhdesk"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About rhdesk"),
                       tr("<b>rhdesk %1</b><p>A native desktop client for RunningHub AI apps.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace rh
