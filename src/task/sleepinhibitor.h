#pragma once

#include <QDBusUnixFileDescriptor>
#include <QObject>
#include <QString>

namespace rh {

/// Keeps the computer awake while the run queue works: takes a "sleep" inhibitor lock from systemd-logind
/// (org.freedesktop.login1 on the system bus, Inhibit returns a file descriptor held until released) and falls back
/// to org.freedesktop.ScreenSaver on the session bus (Inhibit returns a cookie, UnInhibit releases it). Every call
/// is asynchronous: the GUI never waits for a bus.
class SleepInhibitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SleepInhibitor)
public:
    enum class Backend {
        Unknown,     ///< not asked yet
        Login1,      ///< systemd-logind answered
        ScreenSaver, ///< the desktop's screen saver service answered
        None,        ///< neither service answered: the computer may sleep during a batch
    };
    struct Options
    {
        bool useLogin1 = true; ///< tests turn it off: their private bus has no logind
        QString screenSaverService = QStringLiteral("org.freedesktop.ScreenSaver");
        QString screenSaverPath = QStringLiteral("/org/freedesktop/ScreenSaver");
    };

    explicit SleepInhibitor(QObject *parent = nullptr);
    explicit SleepInhibitor(const Options &options, QObject *parent = nullptr);
    ~SleepInhibitor() override;

    /// Wants the lock (true) or not (false). Taking it happens in the background; releasing is immediate.
    void setWanted(bool wanted);
    bool isWanted() const { return m_wanted; }
    /// A lock is held now.
    bool isHeld() const { return m_fd.isValid() || m_cookie != 0; }
    /// Which service holds (or last held, or was found by probe()) the lock.
    Backend backend() const { return m_backend; }
    /// Finds out which service would answer, without taking anything (for Settings); backendChanged() tells.
    void probe();

Q_SIGNALS:
    void heldChanged(bool held);
    void backendChanged(rh::SleepInhibitor::Backend backend);

private:
    void take();
    void takeFromScreenSaver();
    void release();
    void setBackend(Backend backend);
    void onTaken(bool held);

    Options m_options;
    Backend m_backend = Backend::Unknown;
    bool m_wanted = false;
    bool m_pending = false; ///< a request to take the lock is out
    QDBusUnixFileDescriptor m_fd;
    uint m_cookie = 0;
};

} // namespace rh
