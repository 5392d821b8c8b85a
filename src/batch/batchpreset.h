#pragma once

#include "batch/batchmapping.h"
#include "batch/sheettable.h"
#include "model/presetbatch.h"

#include <QStringList>

namespace rh {

/// What a saved mapping gives for a sheet read again: the mapping, and how the sheet's columns changed since.
struct RestoredMapping
{
    BatchMapping mapping;
    QStringList added;   ///< header cells the saved mapping did not know (guessed, as for a new sheet)
    QStringList missing; ///< saved header cells the sheet no longer has

    bool changed() const { return !added.isEmpty() || !missing.isEmpty(); }
};

/// The key PresetBatch::Column::feeds stores for @p column ("", "label", "instanceType", "webhookUrl",
/// "input:nodeId:fieldName").
QString batchColumnKey(const BatchColumn &column);
/// The column a key names; Ignore for "" and for anything unknown.
BatchColumn batchColumnFromKey(const QString &key);

/// The key PresetBatch::encoding stores ("" for Auto, "utf-8", "utf-16le", "utf-16be", "gb18030").
QString sheetEncodingKey(SheetEncoding encoding);
/// The encoding a key names; Auto for "" and for anything unknown.
SheetEncoding sheetEncodingFromKey(const QString &key);

/// The columns to save: each header cell with what it feeds.
QList<PresetBatch::Column> savedBatchColumns(const QStringList &header, const BatchMapping &mapping);

/// The mapping for @p header from saved @p columns: a header cell takes the first unused saved column of the same
/// text (compared by batchHeaderKey), when what it fed is still an input of @p fields (or an option); other cells
/// are guessed (guessBatchMapping) among what the saved columns left free.
RestoredMapping restoreBatchMapping(const QList<PresetBatch::Column> &columns, const QStringList &header,
                                    const NodeFields &fields);

} // namespace rh
