#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rh {

/// One line of a batch's manifest: which sheet row made which task and files, and what it cost.
struct ManifestLine
{
    int sourceRow = 0;
    QStringList values; ///< every input's value, in the manifest's input order
    QString label;
    QString taskId;
    QString state; ///< jobStateKey(), or "skipped" for a row with problems
    QString error; ///< the server's words, or the row's problems
    QStringList files;
    QString coins;
    QString runTime; ///< seconds, as the server reported them
};

/// The CSV text of one record: fields quoted by libcsv where they hold a separator, quote, line break or
/// surrounding space; CRLF at the end, as Excel writes it.
QByteArray manifestRecord(const QStringList &fields);

/// `<results folder>/<batch name>/manifest.csv`, the batch name made safe for file systems.
QString manifestPath(const QString &resultsFolder, const QString &batchName);

/// Appends lines to a manifest file, one write and flush per line, so a crash keeps every line written before it.
/// A new (or empty) file first gets the UTF-8 BOM — Excel then reads Chinese correctly — and the header.
class ManifestFile final
{
public:
    ManifestFile(const QString &path, const QStringList &inputNames);

    const QString &path() const { return m_path; }
    /// False when the folder or file could not be written (the reason is logged).
    bool append(const ManifestLine &line) const;
    /// The header's fields: row, the inputs, label, taskId, state, error, files, coins, runTime.
    QStringList header() const;

private:
    QString m_path;
    QStringList m_inputNames;
};

} // namespace rh
