// The reference for bench_startup: a bare Qt Widgets window (a main window with a menu, a status bar and a label),
// built in the same tree with the same flags. With RHDESK_QUIT_AFTER_SHOWN=1 it quits after its first frame, as
// rhdesk does.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QWindow>

namespace {

class QuitAfterFirstExpose final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("File"))->addAction(QStringLiteral("Quit"), &app, &QApplication::quit);
    window.setCentralWidget(new QLabel(QStringLiteral("A bare window"), &window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1280, 800);
    if (qEnvironmentVariableIntValue("RHDESK_QUIT_AFTER_SHOWN") == 1) {
        window.winId();
        window.windowHandle()->installEventFilter(new QuitAfterFirstExpose(&window));
    }
    window.show();
    return app.exec();
}
