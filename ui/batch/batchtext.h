#pragma once

#include "batch/sheettable.h"

#include "batch/batchsource.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rh {

/// The batch dialog's sentences that are worked out from figures.
struct RestoredMapping;

class BatchText
{
    Q_DECLARE_TR_FUNCTIONS(rh::BatchText)
public:
    /// "Import batch — prompts.xlsx", "Import batch — pasted cells", "Batch preset “Weekly covers” — prompts.xlsx".
    static QString dialogTitle(const BatchSource &source);
    /// What changed in a rerun preset's sheet ("" when its columns are the saved ones).
    static QString changedColumns(const QString &presetName, const RestoredMapping &restored);
    /// Why a batch preset cannot be rerun: its sheet is not at its path any more.
    static QString missingSheet(const QString &presetName, const QString &path);
    /// "About 120 coins (10 runs × 12 coins, the median of this app's runs) and about 4 min with 3 slots", or
    /// "no estimate: this app has no finished runs yet".
    static QString estimate(int runs, std::optional<double> medianCoins, std::optional<qint64> medianRunMs, int slots);
    /// "about 40 s", "about 14 min", "about 2 h 5 min".
    static QString duration(qint64 ms);
    /// Why a sheet could not be read, for the problem list.
    static QString readError(SheetError error, const QString &detail);
    /// What the encoding box offers, by SheetEncoding.
    static QString encodingName(SheetEncoding encoding);
};

} // namespace rh
