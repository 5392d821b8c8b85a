#pragma once

#include "batch/sheettable.h"

#include <QByteArray>
#include <optional>

namespace rh {

struct SheetText
{
    QString text;
    SheetEncoding encoding = SheetEncoding::Auto; ///< the one used (never Auto)
};

/// Decodes a CSV's bytes. Auto: a BOM decides (UTF-8, UTF-16 LE/BE); else valid UTF-8 is UTF-8; else GB18030, a
/// superset of GBK, which is what Chinese Excel and WPS write. A BOM is dropped. nullopt when the bytes are not
/// valid in the chosen (or, for Auto, the last tried) encoding.
std::optional<SheetText> decodeSheetText(const QByteArray &bytes, SheetEncoding encoding);

/// The separator a header line uses: the most frequent of ',' ';' and tab outside quotes; ',' on a tie or none.
QChar detectSeparator(QStringView text);

} // namespace rh
