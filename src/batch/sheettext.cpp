#include "batch/sheettext.h"

#include <QStringDecoder>

namespace rh {

namespace {

std::optional<QString> decodeWith(QStringDecoder decoder, QByteArrayView bytes)
{
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// GB18030 comes from ICU through Qt (Debian's Qt links ICU); it decodes GBK and GB2312 files too.
std::optional<QString> decodeAs(SheetEncoding encoding, QByteArrayView bytes)
{
    switch (encoding) {
    case SheetEncoding::Utf8:
        return decodeWith(QStringDecoder(QStringConverter::Utf8), bytes);
    case SheetEncoding::Utf16LE:
        return decodeWith(QStringDecoder(QStringConverter::Utf16LE), bytes);
    case SheetEncoding::Utf16BE:
        return decodeWith(QStringDecoder(QStringConverter::Utf16BE), bytes);
    case SheetEncoding::Gb18030:
        return decodeWith(QStringDecoder("GB18030"), bytes);
    case SheetEncoding::Auto:
        break;
    }
    return std::nullopt;
}

SheetEncoding encodingFromBom(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return SheetEncoding::Utf8;
    if (bytes.startsWith("\xFF\xFE"))
        return SheetEncoding::Utf16LE;
    if (bytes.startsWith("\xFE\xFF"))
        return SheetEncoding::Utf16BE;
    return SheetEncoding::Auto;
}

} // namespace

std::optional<SheetText> decodeSheetText(const QByteArray &bytes, SheetEncoding encoding)
{
    SheetEncoding chosen = encoding;
    if (chosen == SheetEncoding::Auto)
        chosen = encodingFromBom(bytes);
    if (chosen == SheetEncoding::Auto) {
        if (auto text = decodeAs(SheetEncoding::Utf8, bytes))
            return SheetText{*text, SheetEncoding::Utf8};
        chosen = SheetEncoding::Gb18030;
    }
    // QStringDecoder drops a leading BOM of its own encoding.
    if (auto text = decodeAs(chosen, bytes))
        return SheetText{*text, chosen};
    return std::nullopt;
}

QChar detectSeparator(QStringView text)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++comma;
        else if (c == u';')
            ++semicolon;
        else if (c == u'\t')
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

} // namespace rh
