#pragma once

#include "model/taskoutput.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rh {

class Database;

/// A finished run whose outputs are not all saved: a download a crash or quit cut off.
struct PendingDownload
{
    qint64 runId = 0;
    QString appName;
    QString taskId;
    QList<TaskOutput> outputs; ///< every output of the run; localPath set for the saved ones
    QStringList downloadPaths; ///< per output: the file its download was about to write ("" = it never began)
    QList<bool> givenUp;       ///< per output: a download failed for good (e.g. the URL expired): not retried
};

/// Where each output of a run is being saved (table run_outputs: download_path, download_error, local_path).
/// The path is written before a download begins and the saved file is only ever complete (QSaveFile), so after a
/// crash a file at that path is a finished download: it is taken as it is, never fetched twice.
class OutputLedger final
{
    Q_DISABLE_COPY_MOVE(OutputLedger)
public:
    /// @p db must be open and outlive the ledger.
    explicit OutputLedger(Database *db);

    bool setDownloadPath(qint64 runId, int n, const QString &path);
    bool setDownloadError(qint64 runId, int n, const QString &error);
    /// Successful runs on @p server with an output neither saved nor given up, oldest first.
    QList<PendingDownload> pending(const QString &server) const;

private:
    Database *m_db;
};

} // namespace rh
