#pragma once

#include <QString>

namespace rh {

/// What an export wrote, or why it did not.
struct BatchExportResult
{
    bool ok = false;
    int files = 0;   ///< output files put in, besides the manifest
    int missing = 0; ///< files the manifest names that are no longer on disk (left out)
    QString error;   ///< the system's words when the archive could not be written
};

/// Writes a batch's manifest and every output file it names into one ZIP (QuaZip): the files at the top level by
/// name (a clash gets " (2)"), and manifest.csv with its files column changed to those names, so the archive
/// reads on its own. Blocking file work: call it on a worker.
BatchExportResult exportBatchZip(const QString &manifestPath, const QString &zipPath);

} // namespace rh
