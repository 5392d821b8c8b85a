#pragma once

#include <QByteArray>
#include <QRect>
#include <QSize>

class QWidget;

namespace rh {

/// Where the main window opens: always on the screen. A saved geometry is used only when it lies within the
/// screen's available area; otherwise the window takes its preferred size when that fits, else it is maximized.
class WindowPlacement
{
public:
    WindowPlacement() = delete;

    /// How a window of @p preferred size fits @p available when nothing saved fits: centred, or maximized.
    struct Plan
    {
        QRect geometry;
        bool maximized = false;
        friend bool operator==(const Plan &a, const Plan &b)
        {
            return a.geometry == b.geometry && a.maximized == b.maximized;
        }
    };
    /// Room kept around the window for its frame and title bar, which the geometry does not include.
    static constexpr int FrameAllowance = 8;
    static constexpr int TitleAllowance = 32;

    static Plan plan(const QSize &preferred, const QRect &available);
    /// Whether a window's geometry (without frame) lies within @p available, frame and title bar included.
    static bool fits(const QRect &geometry, const QRect &available);
    /// Restores @p saved when it fits the window's screen, else applies plan(). Call before show().
    static void place(QWidget *window, const QByteArray &saved, const QSize &preferred);
};

} // namespace rh
