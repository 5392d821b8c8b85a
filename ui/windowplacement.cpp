#include "windowplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace rh {

bool WindowPlacement::fits(const QRect &geometry, const QRect &available)
{
    // The title bar too: a window whose title bar is off the screen cannot be moved back by the mouse.
    return available.contains(geometry.adjusted(-FrameAllowance, -TitleAllowance, FrameAllowance, FrameAllowance));
}

WindowPlacement::Plan WindowPlacement::plan(const QSize &preferred, const QRect &available)
{
    const QSize room = available.size() - QSize(2 * FrameAllowance, TitleAllowance + FrameAllowance);
    if (preferred.width() <= room.width() && preferred.height() <= room.height()) {
        QRect geometry(QPoint(), preferred);
        geometry.moveCenter(available.center());
        geometry.moveTop(qMax(available.top() + TitleAllowance, geometry.top()));
        return {geometry, false};
    }
    // Too large: maximized, with a normal geometry that fits too (for when the user restores it).
    QRect geometry(QPoint(), preferred.boundedTo(room));
    geometry.moveTopLeft(available.topLeft() + QPoint(FrameAllowance, TitleAllowance));
    return {geometry, true};
}

void WindowPlacement::place(QWidget *window, const QByteArray &saved, const QSize &preferred)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    if (!saved.isEmpty() && window->restoreGeometry(saved)) {
        if (window->isMaximized() || window->isFullScreen() || fits(window->geometry(), available))
            return;
        window->setWindowState(Qt::WindowNoState);
    }
    const Plan chosen = plan(preferred, available);
    window->setGeometry(chosen.geometry);
    if (chosen.maximized)
        window->setWindowState(Qt::WindowMaximized);
}

} // namespace rh
