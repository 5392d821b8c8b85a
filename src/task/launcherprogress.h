#pragma once

#include <QString>

#include <optional>

namespace rh {

/// The percentage on the app's taskbar entry while a batch runs, through the launcher-entry D-Bus signal that
/// KDE Plasma, Dash to Dock, Plank and others read (com.canonical.Unity.LauncherEntry). Harmless where nobody
/// listens. The window title shows the same percentage for every other taskbar.
class LauncherProgress final
{
public:
    explicit LauncherProgress(const QString &desktopFile = QStringLiteral("rhdesk.desktop"));

    /// 0.0–1.0, or nullopt to hide the bar.
    void set(std::optional<double> progress);

private:
    QString m_appUri;
    std::optional<double> m_last;
    bool m_shown = false;
};

} // namespace rh
