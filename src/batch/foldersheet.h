#pragma once

#include "batch/batchmapping.h"
#include "batch/sheettable.h"

#include <QString>
#include <QStringList>

namespace rh {

/// A folder of media files as a sheet: one row per image, video or audio file directly in it (sorted by name,
/// hidden files left out), columns `file` (the name, relative to the folder) and `label` (the name without its
/// extension). Row n is the folder's n-th file. Empty error when the folder holds none.
SheetReadResult readFolderSheet(const QString &folder, const SheetLimits &limits = {});

/// The mapping for a folder sheet: `file` feeds the app's first media input (or @p mediaInput when it names one,
/// as nodeId:fieldName), `label` labels the run.
BatchMapping folderMapping(const NodeFields &fields, const QString &mediaInput = {});

} // namespace rh
