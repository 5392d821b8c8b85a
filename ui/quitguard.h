#pragma once

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace rh {

/// Quitting while tasks run asks first, and says what happens to them: they go on at RunningHub and are watched
/// again (their results downloaded) on the next start.
class QuitGuard
{
    Q_DECLARE_TR_FUNCTIONS(rh::QuitGuard)
public:
    using Asker = std::function<bool(QWidget *window, int liveTasks)>;

    /// True when the window may close: no live task, or the user chose to quit.
    static bool mayQuit(QWidget *window, int liveTasks);
    /// The question's seam: tests answer instead of the dialog (an empty function restores the dialog).
    static void setAsker(Asker asker);
    /// What the dialog says.
    static QString question(int liveTasks);
};

} // namespace rh
