#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>

namespace rh {

/// The app's one SQLite file (QSQLITE, WAL, foreign keys on). Each instance has its own connection name, so
/// tests can open many. The schema version is PRAGMA user_version; migrations run in order, each in a
/// transaction. Other store classes (HistoryStore, AppCache, UploadCache, PresetStore) add their queries on
/// connection() and write through transaction().
///
/// Schema (v7). Times are INTEGER milliseconds since the epoch (UTC); ids from the server are TEXT.
///   runs        (id INTEGER PK, created_at, webapp_id TEXT, app_name, request_json (preview, never the key),
///                task_id TEXT NULL, client_id, state (taskStateKey), state_changed_at, error_code, error_text,
///                cost_time, coins, money, third_party_money (server strings), unknown_outcome 0/1, server,
///                job_id NULL (the queue job it is an attempt of), attempt NULL)
///   run_events  (id INTEGER PK, run_id → runs ON DELETE CASCADE, at, state, detail)
///   run_outputs (run_id → runs ON DELETE CASCADE, n, file_url, file_type, node_id, local_path; PK (run_id, n),
///                download_path (the file a download was about to write), download_error (given up: not retried))
///   queue_batches (id INTEGER PK, server, account NULL, name, source, source_ref, created_at, hold_reason,
///                hold_code, hold_detail, notified 0/1, cap_coins (0 = no cap))
///   queue_jobs  (id INTEGER PK, server, account NULL, position, batch_id → queue_batches ON DELETE CASCADE NULL,
///                batch_row NULL, source, preset_id NULL, label, webapp_id, app_name, instance_type, webhook_url,
///                nodes_json, media_json, state (jobStateKey), state_changed_at, attempt, run_id → runs ON DELETE
///                SET NULL, task_id, error_code, error_text, failure_key, coins, created_at)
///   queue_holds (scope PK: '' = the whole queue (paused), else a gate key (server[\naccount]); reason, code,
///                detail, since)
///   app_cache   (server, webapp_id TEXT; PK both, name, cover_url, thumbnail_url, nodes_json, fetched_at,
///                cover BLOB NULL (the picture's bytes), used_at NULL (last opened in the form), favourite 0/1)
///   presets     (id INTEGER PK, name, webapp_id TEXT, app_name, instance_type, webhook_url, nodes_json,
///                favourite 0/1, created_at, updated_at, last_used_at NULL, server (of its app snapshot),
///                batch_json ('' or a saved batch: store/presetbatchjson.h))
///   uploads     (server, sha256 TEXT (lower-case hex); PK both, file_name (the server's fileName), file_type,
///                uploaded_at, local_path)
///   runs_fts    FTS5 trigram index over runs (app_name, webapp_id, task_id), kept by triggers
///   run_apps    (server, webapp_id, app_name) seen in runs, for short history searches
///   drafts      (server PK, draft_json (the form: store/draftstore.h; never the key), saved_at)
/// `server` is Endpoint::serverOf(base URL) (or a fixed name such as "sandbox"): every query names it.
/// nodes_json is the format of store/nodesjson.h.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    enum class Error {
        None,
        NoDriver,   ///< Qt's SQLite plugin (Debian: libqt6sql6-sqlite) is not installed
        CannotOpen, ///< the file could not be opened or created (path, permissions, not a database)
        TooNew,     ///< user_version is newer than this build knows: refuse rather than damage it
        MigrationFailed,
    };

    /// @p filePath: the SQLite file, created when missing; empty = defaultPath(). @p legacyServer: the server
    /// that rows written before servers were recorded (schema v1) belong to.
    explicit Database(const QString &filePath = QString(), const QString &legacyServer = QString());
    ~Database();

    static QString defaultPath(); ///< AppDataLocation/rhdesk.sqlite
    static int latestVersion();

    /// Opens the file, sets the pragmas and migrates to latestVersion(). Returns false and sets error() on failure.
    bool open();
    bool isOpen() const;
    void close();
    QString filePath() const { return m_filePath; }
    Error error() const { return m_error; }
    QString errorDetail() const { return m_errorDetail; } ///< the driver's text, for logs
    int schemaVersion() const;                            ///< PRAGMA user_version as read now; -1 when closed

    /// This instance's connection (valid while open). Do not keep copies past the Database's lifetime.
    QSqlDatabase connection() const;

    /// Runs @p work inside one transaction: commits when it returns true, rolls back when it returns false or the
    /// commit fails. A nested call joins the outer transaction; if it fails, the whole outer transaction is rolled
    /// back. Returns whether the work was (or, when nested, may still be) committed.
    bool transaction(const std::function<bool(QSqlDatabase &)> &work);

    /// A string to bind to a TEXT NOT NULL column: Qt binds a null QString as SQL NULL, this binds it as ''.
    static QVariant text(const QString &value);

private:
    bool applyPragmas();
    bool migrate();
    void fail(Error error, const QString &detail);

    QString m_filePath;
    QString m_legacyServer;
    QString m_connectionName;
    Error m_error = Error::None;
    QString m_errorDetail;
    bool m_inTransaction = false;
    bool m_nestedFailed = false;
};

} // namespace rh
