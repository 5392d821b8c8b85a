#pragma once

#include <QObject>
#include <QTimer>

namespace rh {

class Connection;
class Draft;
class DraftStore;

/// Keeps the form (the Draft) across restarts, per server: every change is written shortly after it happens, and
/// restore() brings the current server's form back. Switching to another server brings back that server's form
/// when one was kept. The key is never part of it.
class DraftKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftKeeper)
public:
    /// Changes are written this long after the last one, so typing does not write on every key.
    static constexpr int SaveDelayMs = 400;

    /// @p store may be nullptr (no database): nothing is kept then.
    DraftKeeper(Connection *connection, Draft *draft, DraftStore *store, QObject *parent = nullptr);
    ~DraftKeeper() override;

    /// Puts the current server's kept form into the Draft (local files that are gone are left out). False when
    /// none is kept; the Draft is then left as it is.
    bool restore();
    /// Writes a waiting change now (at quit; also done when destroyed).
    void flush();

private:
    void schedule();
    void save();
    void onConnectionChanged();

    Connection *m_connection;
    Draft *m_draft;
    DraftStore *m_store;
    QString m_server; ///< the server the form belongs to
    QTimer m_timer;
    bool m_restoring = false;
};

} // namespace rh
