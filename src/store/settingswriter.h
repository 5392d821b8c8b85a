#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace rh {

/// Saves the settings file on a thread of its own. QSettings writes the file through QSaveFile, which waits for
/// the disk (fsync): on the GUI thread that stalled the window 30 ms on a busy machine and 350 ms while a build
/// was writing. AppSettings keeps the values in memory and hands every change here; this thread's QSettings saves
/// it on its next event-loop turn, so changes made together are written together.
class SettingsWriter final
{
    Q_DISABLE_COPY_MOVE(SettingsWriter)
public:
    explicit SettingsWriter(const QString &iniPath); ///< "" = the platform's place for the application
    ~SettingsWriter();                               ///< saves what is pending first

    void set(const QString &key, const QVariant &value);
    void remove(const QString &key);
    /// Writes what is pending now and waits for it; the file's status after the write.
    QSettings::Status flush();
    /// The status of the last write (NoError before the first).
    QSettings::Status status() const;

private:
    void start();
    void post(std::function<void(QSettings &)> change);

    const QString m_iniPath;
    QThread *m_thread = nullptr;           ///< started by the first change
    std::unique_ptr<QObject> m_context;    ///< lives in m_thread: queued calls run there
    std::unique_ptr<QSettings> m_settings; ///< created, used and destroyed in m_thread only
    std::atomic<int> m_status{QSettings::NoError};
    bool m_saveQueued = false; ///< touched in m_thread only
};

} // namespace rh
