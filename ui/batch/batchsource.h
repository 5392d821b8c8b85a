#pragma once

#include "model/presetbatch.h"

#include <QString>

namespace rh {

/// Where a batch's rows come from: a sheet file, a folder of media files, or cells pasted from a spreadsheet; and,
/// when a batch preset is rerun, the mapping and options it saved.
struct BatchSource
{
    QString path;       ///< a sheet file or a media folder; "" for pasted cells
    QString pastedText; ///< the clipboard's text, for pasted cells
    PresetBatch saved;  ///< a batch preset being rerun (path == saved.sheetPath); empty otherwise
    QString presetName; ///< that preset's name

    static BatchSource file(const QString &path) { return {path, {}, {}, {}}; }
    static BatchSource pasted(const QString &text) { return {{}, text, {}, {}}; }
    bool isPasted() const { return path.isEmpty(); }
};

} // namespace rh
