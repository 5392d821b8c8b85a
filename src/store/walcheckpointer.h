#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <QTimer>

namespace rh {

class Database;

/// Moves SQLite's WAL checkpoints (the only writes that wait for the disk with synchronous=NORMAL) off the GUI
/// thread: automatic checkpoints of the app's connection are turned off, and a worker with its own connection
/// checkpoints every few seconds instead. A batch commits a state change per job step; without this, a checkpoint
/// every thousand pages froze the window for tens of milliseconds.
class WalCheckpointer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalCheckpointer)
public:
    static constexpr int DefaultIntervalMs = 2000;

    /// @p db must be open (in WAL mode) and outlive the checkpointer.
    explicit WalCheckpointer(Database *db, int intervalMs = DefaultIntervalMs, QObject *parent = nullptr);
    /// Waits for a running checkpoint and gives the connection its automatic checkpoints back.
    ~WalCheckpointer() override;

    bool isActive() const { return m_active; }
    /// Checkpoints now (on the worker); the returned future says whether it ran.
    QFuture<bool> checkpoint();

private:
    Database *m_db;
    QString m_path;
    QTimer m_timer;
    QFuture<bool> m_running;
    bool m_active = false;
};

} // namespace rh
