#pragma once

#include "model/fieldspec.h"
#include "model/nodefield.h"

#include <QString>

namespace rh {

/// What one cell of a batch sheet gives its input.
struct BatchCell
{
    QString value;     ///< what goes into the request (an option's value, "20" for "20.0", a file's name)
    QString localPath; ///< media: the absolute path of the file to upload; "" otherwise
    QString problem;   ///< "" when the cell is good, else the whole sentence naming row and column
};

/// Where a cell is, for the sentences.
struct BatchCellPlace
{
    int sourceRow = 0;
    QString column; ///< the header cell as the sheet has it
};

/// Checks one cell against its input: LIST/SWITCH by option value or name (case and width ignored), INT/FLOAT
/// type and bounds, media files (exists, format, not empty, 30 MB; relative to @p sheetFolder), and a value
/// where one is required (every kind but text). Pure but for looking at the file.
BatchCell checkBatchCell(const FieldSpec &spec, const QString &cell, const BatchCellPlace &place,
                         const QString &sheetFolder);

/// The instanceType column: "", "default" or "plus" (case ignored).
BatchCell checkInstanceTypeCell(const QString &cell, const BatchCellPlace &place);
/// The webhookUrl column: "" or an absolute http(s) URL.
BatchCell checkWebhookCell(const QString &cell, const BatchCellPlace &place);
/// A number cell whose long id lost digits inside the spreadsheet (the reader's note).
QString lostDigitsProblem(const BatchCellPlace &place, const QString &stored);

} // namespace rh
