#include "store/database.h"

#include "store/storelog.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>

namespace rh {

namespace {

// Each entry moves the schema from version (index) to version (index + 1). Append only; never edit a shipped one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE runs ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " created_at INTEGER NOT NULL,"
                           " webapp_id TEXT NOT NULL,"
                           " app_name TEXT NOT NULL DEFAULT '',"
                           " request_json TEXT NOT NULL DEFAULT '',"
                           " task_id TEXT,"
                           " client_id TEXT NOT NULL DEFAULT '',"
                           " state TEXT NOT NULL,"
                           " state_changed_at INTEGER NOT NULL,"
                           " error_code TEXT NOT NULL DEFAULT '',"
                           " error_text TEXT NOT NULL DEFAULT '',"
                           " cost_time TEXT NOT NULL DEFAULT '',"
                           " coins TEXT NOT NULL DEFAULT '',"
                           " money TEXT NOT NULL DEFAULT '',"
                           " third_party_money TEXT NOT NULL DEFAULT '',"
                           " unknown_outcome INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX runs_created_at ON runs (created_at)"),
            QStringLiteral("CREATE INDEX runs_state ON runs (state, created_at)"),
            QStringLiteral("CREATE INDEX runs_webapp_id ON runs (webapp_id, created_at)"),
            QStringLiteral("CREATE INDEX runs_task_id ON runs (task_id)"),
            // One index per sortable column of the history view, matching HistoryStore's ORDER BY expressions, so
            // the first page of any sort over 100,000 runs is read from an index instead of a full sort.
            QStringLiteral("CREATE INDEX runs_app_name ON runs (app_name)"),
            QStringLiteral("CREATE INDEX runs_webapp_id_order ON runs (length(webapp_id), webapp_id)"),
            QStringLiteral("CREATE INDEX runs_task_id_order ON runs (length(task_id), task_id)"),
            QStringLiteral("CREATE INDEX runs_cost_time ON runs (CAST(cost_time AS REAL))"),
            QStringLiteral("CREATE INDEX runs_coins ON runs (CAST(coins AS REAL))"),
            QStringLiteral("CREATE TABLE run_events ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
                           " at INTEGER NOT NULL,"
                           " state TEXT NOT NULL,"
                           " detail TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX run_events_run_id ON run_events (run_id)"),
            QStringLiteral("CREATE TABLE run_outputs ("
                           " run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
                           " n INTEGER NOT NULL,"
                           " file_url TEXT NOT NULL DEFAULT '',"
                           " file_type TEXT NOT NULL DEFAULT '',"
                           " node_id TEXT NOT NULL DEFAULT '',"
                           " local_path TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (run_id, n))"),
            QStringLiteral("CREATE TABLE app_cache ("
                           " webapp_id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL DEFAULT '',"
                           " cover_url TEXT NOT NULL DEFAULT '',"
                           " thumbnail_url TEXT NOT NULL DEFAULT '',"
                           " nodes_json TEXT NOT NULL DEFAULT '[]',"
                           " fetched_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE presets ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL,"
                           " webapp_id TEXT NOT NULL,"
                           " app_name TEXT NOT NULL DEFAULT '',"
                           " instance_type TEXT NOT NULL DEFAULT '',"
                           " webhook_url TEXT NOT NULL DEFAULT '',"
                           " nodes_json TEXT NOT NULL DEFAULT '[]',"
                           " favourite INTEGER NOT NULL DEFAULT 0,"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL,"
                           " last_used_at INTEGER)"),
            QStringLiteral("CREATE INDEX presets_webapp_id ON presets (webapp_id)"),
            QStringLiteral("CREATE TABLE uploads ("
                           " sha256 TEXT PRIMARY KEY,"
                           " file_name TEXT NOT NULL,"
                           " file_type TEXT NOT NULL DEFAULT '',"
                           " uploaded_at INTEGER NOT NULL,"
                           " local_path TEXT NOT NULL DEFAULT '')"),
        },
        // v2: every row names its server (Endpoint::serverOf), so the sandbox, runninghub.cn, runninghub.ai and a
        // custom server never see each other's runs, apps or uploads. Rows from before belong to the server the
        // settings name (:legacy_server), except what evidently came from a sandbox on this computer.
        {
            QStringLiteral("ALTER TABLE runs ADD COLUMN server TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE runs SET server = :legacy_server"),
            QStringLiteral("UPDATE runs SET server = 'http://127.0.0.1' WHERE id IN (SELECT run_id FROM run_outputs"
                           " WHERE file_url LIKE 'http://127.0.0.1:%' OR file_url LIKE 'http://localhost:%')"),
            QStringLiteral("CREATE INDEX runs_server ON runs (server, created_at)"),
            QStringLiteral("CREATE TABLE app_cache_v2 ("
                           " server TEXT NOT NULL,"
                           " webapp_id TEXT NOT NULL,"
                           " name TEXT NOT NULL DEFAULT '',"
                           " cover_url TEXT NOT NULL DEFAULT '',"
                           " thumbnail_url TEXT NOT NULL DEFAULT '',"
                           " nodes_json TEXT NOT NULL DEFAULT '[]',"
                           " fetched_at INTEGER NOT NULL,"
                           " PRIMARY KEY (server, webapp_id))"),
            QStringLiteral("INSERT INTO app_cache_v2 SELECT CASE WHEN cover_url LIKE 'http://127.0.0.1:%'"
                           " THEN 'http://127.0.0.1' ELSE :legacy_server END,"
                           " webapp_id, name, cover_url, thumbnail_url, nodes_json, fetched_at FROM app_cache"),
            QStringLiteral("DROP TABLE app_cache"),
            QStringLiteral("ALTER TABLE app_cache_v2 RENAME TO app_cache"),
            QStringLiteral("CREATE TABLE uploads_v2 ("
                           " server TEXT NOT NULL,"
                           " sha256 TEXT NOT NULL,"
                           " file_name TEXT NOT NULL,"
                           " file_type TEXT NOT NULL DEFAULT '',"
                           " uploaded_at INTEGER NOT NULL,"
                           " local_path TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (server, sha256))"),
            QStringLiteral("INSERT INTO uploads_v2 SELECT :legacy_server, sha256, file_name, file_type, uploaded_at,"
                           " local_path FROM uploads"),
            QStringLiteral("DROP TABLE uploads"),
            QStringLiteral("ALTER TABLE uploads_v2 RENAME TO uploads"),
            QStringLiteral("ALTER TABLE presets ADD COLUMN server TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE presets SET server = :legacy_server"),
        },
        // v3: text search of the history through an FTS5 trigram index (substrings of 3+ characters in app names,
        // app ids and task ids), and the few distinct apps per server for shorter searches.
        {
            QStringLiteral("CREATE VIRTUAL TABLE runs_fts USING fts5(app_name, webapp_id, task_id,"
                           " content='runs', content_rowid='id', tokenize='trigram')"),
            QStringLiteral("INSERT INTO runs_fts (runs_fts) VALUES ('rebuild')"),
            QStringLiteral("CREATE TRIGGER runs_fts_insert AFTER INSERT ON runs BEGIN"
                           " INSERT INTO runs_fts (rowid, app_name, webapp_id, task_id)"
                           " VALUES (new.id, new.app_name, new.webapp_id, new.task_id); END"),
            QStringLiteral("CREATE TRIGGER runs_fts_delete AFTER DELETE ON runs BEGIN"
                           " INSERT INTO runs_fts (runs_fts, rowid, app_name, webapp_id, task_id)"
                           " VALUES ('delete', old.id, old.app_name, old.webapp_id, old.task_id); END"),
            QStringLiteral("CREATE TRIGGER runs_fts_update AFTER UPDATE OF app_name, webapp_id, task_id ON runs BEGIN"
                           " INSERT INTO runs_fts (runs_fts, rowid, app_name, webapp_id, task_id)"
                           " VALUES ('delete', old.id, old.app_name, old.webapp_id, old.task_id);"
                           " INSERT INTO runs_fts (rowid, app_name, webapp_id, task_id)"
                           " VALUES (new.id, new.app_name, new.webapp_id, new.task_id); END"),
            QStringLiteral("CREATE TABLE run_apps ("
                           " server TEXT NOT NULL,"
                           " webapp_id TEXT NOT NULL,"
                           " app_name TEXT NOT NULL,"
                           " PRIMARY KEY (server, webapp_id, app_name)) WITHOUT ROWID"),
            QStringLiteral("INSERT OR IGNORE INTO run_apps SELECT DISTINCT server, webapp_id, app_name FROM runs"),
            QStringLiteral("CREATE TRIGGER run_apps_insert AFTER INSERT ON runs BEGIN"
                           " INSERT OR IGNORE INTO run_apps VALUES (new.server, new.webapp_id, new.app_name); END"),
        },
        // v4: the run queue. Jobs and batches with every state change (committed before the network step it
        // allows), holds that survive a restart, each history run linked to its job and attempt, and per output the
        // file a download was about to write, so a crash never downloads the same output twice.
        {
            QStringLiteral("CREATE TABLE queue_batches ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " server TEXT NOT NULL,"
                           " account TEXT,"
                           " name TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT 'form',"
                           " source_ref TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL,"
                           " hold_reason TEXT NOT NULL DEFAULT '',"
                           " hold_code INTEGER NOT NULL DEFAULT 0,"
                           " hold_detail TEXT NOT NULL DEFAULT '',"
                           " notified INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE queue_jobs ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " server TEXT NOT NULL,"
                           " account TEXT,"
                           " position INTEGER NOT NULL,"
                           " batch_id INTEGER REFERENCES queue_batches (id) ON DELETE CASCADE,"
                           " batch_row INTEGER,"
                           " source TEXT NOT NULL DEFAULT 'form',"
                           " preset_id INTEGER,"
                           " label TEXT NOT NULL DEFAULT '',"
                           " webapp_id TEXT NOT NULL,"
                           " app_name TEXT NOT NULL DEFAULT '',"
                           " instance_type TEXT NOT NULL DEFAULT '',"
                           " webhook_url TEXT NOT NULL DEFAULT '',"
                           " nodes_json TEXT NOT NULL DEFAULT '[]',"
                           " media_json TEXT NOT NULL DEFAULT '[]',"
                           " state TEXT NOT NULL,"
                           " state_changed_at INTEGER NOT NULL,"
                           " attempt INTEGER NOT NULL DEFAULT 1,"
                           " run_id INTEGER REFERENCES runs (id) ON DELETE SET NULL,"
                           " task_id TEXT NOT NULL DEFAULT '',"
                           " error_code TEXT NOT NULL DEFAULT '',"
                           " error_text TEXT NOT NULL DEFAULT '',"
                           " failure_key TEXT NOT NULL DEFAULT '',"
                           " coins TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX queue_jobs_position ON queue_jobs (position)"),
            QStringLiteral("CREATE INDEX queue_jobs_batch ON queue_jobs (batch_id)"),
            QStringLiteral("CREATE INDEX queue_jobs_run ON queue_jobs (run_id)"),
            QStringLiteral("CREATE TABLE queue_holds ("
                           " scope TEXT PRIMARY KEY,"
                           " reason TEXT NOT NULL,"
                           " code INTEGER NOT NULL DEFAULT 0,"
                           " detail TEXT NOT NULL DEFAULT '',"
                           " since INTEGER NOT NULL)"),
            // No foreign key: the history outlives the queue, and a removed job leaves its runs' link behind.
            QStringLiteral("ALTER TABLE runs ADD COLUMN job_id INTEGER"),
            QStringLiteral("ALTER TABLE runs ADD COLUMN attempt INTEGER"),
            QStringLiteral("CREATE INDEX runs_job_id ON runs (job_id)"),
            QStringLiteral("ALTER TABLE run_outputs ADD COLUMN download_path TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE run_outputs ADD COLUMN download_error TEXT NOT NULL DEFAULT ''"),
            // Outputs of older runs that were never saved stay as they are: they are not fetched again by surprise.
            QStringLiteral("UPDATE run_outputs SET download_error = 'before v4' WHERE local_path = ''"),
        },
        // v5 (the form): an app's cover kept with the app, so it shows on every start without a download; when the
        // app was last opened in the form and whether it is a favourite, for the app picker; the form itself per
        // server, so a restart brings it back as it was (never with the API key).
        {
            QStringLiteral("ALTER TABLE app_cache ADD COLUMN cover BLOB"),
            QStringLiteral("ALTER TABLE app_cache ADD COLUMN used_at INTEGER"),
            QStringLiteral("ALTER TABLE app_cache ADD COLUMN favourite INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE drafts ("
                           " server TEXT PRIMARY KEY,"
                           " draft_json TEXT NOT NULL,"
                           " saved_at INTEGER NOT NULL)"),
        },
        // v6 (guardrails): what a batch may spend at most, in coins; 0 = no cap. Batches queued before have none.
        {
            QStringLiteral("ALTER TABLE queue_batches ADD COLUMN cap_coins INTEGER NOT NULL DEFAULT 0"),
        },
        // v7 (batch presets): a preset may keep a batch (its sheet's path, the mapping, options) as versioned JSON
        // (store/presetbatchjson.h); '' for every preset saved before, which load as they always did.
        {
            QStringLiteral("ALTER TABLE presets ADD COLUMN batch_json TEXT NOT NULL DEFAULT ''"),
        },
        // v8 (accounts): the named account a run was sent as (AccountBook id), so an unfinished run is polled with
        // its own account's key after a restart. '' for every run before, and for runs sent with the site's bare key:
        // those are polled with the key in use, as they always were.
        {
            QStringLiteral("ALTER TABLE runs ADD COLUMN account TEXT NOT NULL DEFAULT ''"),
        },
    };
    return steps;
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("rhdesk-db-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error, const QString &legacyServer = QString())
{
    QSqlQuery query(db);
    bool ok = false;
    if (sql.contains(QLatin1String(":legacy_server"))) {
        ok = query.prepare(sql);
        query.bindValue(QStringLiteral(":legacy_server"), Database::text(legacyServer));
        ok = ok && query.exec();
    } else {
        ok = query.exec(sql);
    }
    if (!ok)
        *error = query.lastError().text();
    return ok;
}

} // namespace

Database::Database(const QString &filePath, const QString &legacyServer)
    : m_filePath(filePath.isEmpty() ? defaultPath() : filePath)
    , m_legacyServer(legacyServer)
    , m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/rhdesk.sqlite");
}

int Database::latestVersion()
{
    return int(migrations().size());
}

void Database::fail(Error error, const QString &detail)
{
    m_error = error;
    m_errorDetail = detail;
    qCWarning(lcStore) << "database" << m_filePath << "failed:" << int(error) << detail;
}

bool Database::open()
{
    close();
    m_error = Error::None;
    m_errorDetail.clear();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        fail(Error::NoDriver, QStringLiteral("the QSQLITE driver is not installed"));
        return false;
    }
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_filePath);
        if (!db.open()) {
            fail(Error::CannotOpen, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }
    if (!applyPragmas() || !migrate()) {
        const Error error = m_error;
        const QString detail = m_errorDetail;
        close();
        m_error = error;
        m_errorDetail = detail;
        return false;
    }
    return true;
}

bool Database::applyPragmas()
{
    QSqlDatabase db = connection();
    QString error;
    // Reading the schema is the first real access: a file that is not SQLite fails here, not in open().
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        fail(Error::CannotOpen, probe.lastError().text());
        return false;
    }
    probe.finish();
    QSqlQuery wal(db);
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !wal.next() ||
        wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        // Some file systems (network mounts) refuse WAL; the default journal still works, only slower.
        qCWarning(lcStore) << "WAL journal not available for" << m_filePath;
    }
    wal.finish();
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &error) ||
        !exec(db, QStringLiteral("PRAGMA busy_timeout=5000"), &error) ||
        !exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), &error)) {
        fail(Error::CannotOpen, error);
        return false;
    }
    return true;
}

bool Database::migrate()
{
    const int current = schemaVersion();
    if (current < 0) {
        fail(Error::CannotOpen, QStringLiteral("cannot read user_version"));
        return false;
    }
    if (current > latestVersion()) {
        fail(Error::TooNew, QStringLiteral("schema version %1 is newer than %2").arg(current).arg(latestVersion()));
        return false;
    }
    for (int version = current; version < latestVersion(); ++version) {
        QString error;
        const bool ok = transaction([&](QSqlDatabase &db) {
            for (const QString &sql : migrations().at(version)) {
                if (!exec(db, sql, &error, m_legacyServer))
                    return false;
            }
            // user_version is transactional: it only moves when the whole step committed.
            return exec(db, QStringLiteral("PRAGMA user_version=%1").arg(version + 1), &error);
        });
        if (!ok) {
            fail(Error::MigrationFailed, QStringLiteral("to v%1: %2").arg(version + 1).arg(error));
            return false;
        }
        qCInfo(lcStore) << "database" << m_filePath << "migrated to schema version" << version + 1;
    }
    return true;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::schemaVersion() const
{
    if (!QSqlDatabase::contains(m_connectionName))
        return -1;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QVariant Database::text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

bool Database::transaction(const std::function<bool(QSqlDatabase &)> &work)
{
    QSqlDatabase db = connection();
    if (m_inTransaction) {
        const bool ok = work(db);
        if (!ok)
            m_nestedFailed = true;
        return ok;
    }
    if (!db.isOpen() || !db.transaction()) {
        qCWarning(lcStore) << "cannot begin a transaction:" << db.lastError().text();
        return false;
    }
    m_inTransaction = true;
    m_nestedFailed = false;
    const bool ok = work(db) && !m_nestedFailed;
    m_inTransaction = false;
    if (ok && db.commit())
        return true;
    if (ok)
        qCWarning(lcStore) << "commit failed:" << db.lastError().text();
    db.rollback();
    return false;
}

} // namespace rh
