#include "store/walcheckpointer.h"

#include "store/database.h"
#include "store/storelog.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace rh {

namespace {

bool execPragma(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    return query.exec(pragma);
}

/// On a worker: a connection of its own (SQLite connections stay in the thread that opened them).
bool checkpointFile(const QString &path)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("rhdesk-checkpoint-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            execPragma(db, QStringLiteral("PRAGMA busy_timeout=2000"));
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            if (!ok)
                qCInfo(lcStore) << "checkpoint failed:" << query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

WalCheckpointer::WalCheckpointer(Database *db, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_path(db->filePath())
{
    QSqlQuery mode(db->connection());
    const bool wal = mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next() &&
                     mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    mode.finish();
    if (!wal || !execPragma(db->connection(), QStringLiteral("PRAGMA wal_autocheckpoint=0")))
        return; // the journal syncs on its own: nothing to move
    m_active = true;
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { checkpoint(); });
    m_timer.start();
}

WalCheckpointer::~WalCheckpointer()
{
    m_timer.stop();
    m_running.waitForFinished();
    if (m_active && m_db->isOpen())
        execPragma(m_db->connection(), QStringLiteral("PRAGMA wal_autocheckpoint=1000"));
}

QFuture<bool> WalCheckpointer::checkpoint()
{
    if (!m_active || m_running.isRunning())
        return m_running;
    const QString path = m_path;
    m_running = QtConcurrent::run([path] { return checkpointFile(path); });
    return m_running;
}

} // namespace rh
