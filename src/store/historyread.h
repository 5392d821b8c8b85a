#pragma once

#include <QAtomicInteger>
#include <QFuture>
#include <QSqlDatabase>
#include <QString>
#include <QtConcurrent>

namespace rh {

/// Runs @p read on a worker with a connection of the worker's own (connections belong to their thread); WAL lets
/// it read beside the writer. @p failed when the file cannot be opened. For the history's reads a window must not
/// wait for.
template<typename Result, typename Read>
QFuture<Result> readLater(const QString &file, Result failed, Read read)
{
    return QtConcurrent::run([file, failed, read] {
        static QAtomicInteger<quint64> calls;
        const QString name = QStringLiteral("rhdesk-history-read-%1").arg(calls.fetchAndAddRelaxed(1));
        Result result = failed;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open())
                result = read(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    });
}

} // namespace rh
