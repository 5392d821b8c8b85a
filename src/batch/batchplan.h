#pragma once

#include "batch/batchmapping.h"
#include "batch/manifest.h"
#include "batch/sheettable.h"
#include "model/job.h"
#include "model/runrequest.h"

#include <QList>
#include <QString>

namespace rh {

/// One thing wrong with a cell (or a row) of a batch sheet, worded for people.
struct BatchProblem
{
    int sourceRow = 0; ///< as the spreadsheet numbers it
    int column = -1;   ///< 0-based; -1 when about the whole row
    QString text;      ///< "row 17, column 'Style': 'oil' is not one of: oil painting, watercolour, sketch"
};

/// One row of the sheet as the run it would make.
struct BatchRun
{
    int sourceRow = 0;
    QString label;      ///< the label column's cell, "" when none
    RunRequest request; ///< media inputs hold the local file's name until the job uploads it
    QList<MediaInput> media;
    int problemCount = 0;

    bool ok() const { return problemCount == 0; }
};

/// The dry run of a whole sheet: every row's run and every problem, in sheet order.
struct BatchPlan
{
    QList<BatchRun> runs;
    QList<BatchProblem> problems;

    int goodCount() const;
};

/// Checks every mapped cell of @p table against its input's FieldSpec and builds one run per row: inputs
/// without a column keep @p base's values (the form's); relative media paths are resolved against
/// @p sheetFolder. Pure apart from looking at the media files (exists, size). Never sends anything.
BatchPlan planBatch(const SheetTable &table, const BatchMapping &mapping, const RunRequest &base,
                    const QString &sheetFolder);

/// The queue's jobs for the runs without problems, in sheet order: origin Batch with the run's source row,
/// the label cell or "<app> · row N".
QList<JobSpec> batchJobSpecs(const BatchPlan &plan, const QString &server, const QString &appName);

/// The manifest lines of the rows with problems: state "skipped", the sheet's values, the problems as the error.
QList<ManifestLine> skippedManifestLines(const BatchPlan &plan);

} // namespace rh
