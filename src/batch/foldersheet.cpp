#include "batch/foldersheet.h"

#include "model/fieldspec.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace rh {

namespace {

QStringList mediaPatterns()
{
    QStringList patterns;
    for (FieldSpec::Kind kind : {FieldSpec::Kind::Image, FieldSpec::Kind::Video, FieldSpec::Kind::Audio}) {
        for (const QString &extension : FieldSpec::allowedExtensions(kind))
            patterns.append(QStringLiteral("*.") + extension);
    }
    return patterns;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// The run of digits at @p pos (moved past it), without leading zeros.
QStringView number(const QString &text, qsizetype &pos)
{
    const qsizetype start = pos;
    while (pos < text.size() && isAsciiDigit(text.at(pos)))
        ++pos;
    QStringView digits = QStringView(text).mid(start, pos - start);
    while (digits.size() > 1 && digits.front() == u'0')
        digits = digits.mid(1);
    return digits;
}

/// "take 2" before "take 10", as file managers show names: runs of ASCII digits compare by value, the rest
/// case-insensitively. (QCollator's numeric mode needs ICU locale data, which the C locale lacks.)
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (isAsciiDigit(a.at(i)) && isAsciiDigit(b.at(j))) {
            const QStringView x = number(a, i);
            const QStringView y = number(b, j);
            if (x.size() != y.size())
                return x.size() < y.size();
            if (const int order = x.compare(y))
                return order < 0;
            continue;
        }
        const QChar x = a.at(i).toCaseFolded();
        const QChar y = b.at(j).toCaseFolded();
        if (x != y)
            return x < y;
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

} // namespace

SheetReadResult readFolderSheet(const QString &folder, const SheetLimits &limits)
{
    const QDir dir(folder);
    if (!dir.exists())
        return SheetReadResult::failure(SheetError::Empty, QStringLiteral("no such folder"));
    QStringList names = dir.entryList(mediaPatterns(), QDir::Files | QDir::Readable, QDir::NoSort);
    std::sort(names.begin(), names.end(), naturalLess);
    if (names.isEmpty())
        return SheetReadResult::failure(SheetError::Empty, QStringLiteral("no media files"));
    if (names.size() * 2 > limits.maxCells)
        return SheetReadResult::failure(SheetError::TooLarge, QStringLiteral("files"));
    SheetReadResult result;
    result.table.header = QStringList{QStringLiteral("file"), QStringLiteral("label")};
    result.table.rows.reserve(names.size());
    for (int n = 0; n < names.size(); ++n)
        result.table.rows.append(SheetRow{n + 1, {names.at(n), QFileInfo(names.at(n)).completeBaseName()}});
    return result;
}

BatchMapping folderMapping(const NodeFields &fields, const QString &mediaInput)
{
    BatchColumn file;
    for (const NodeField &field : fields) {
        const bool chosen = mediaInput.isEmpty() ? FieldSpec::parse(field.fieldType, {}).isMedia()
                                                 : field.nodeId + u':' + field.fieldName == mediaInput;
        if (chosen) {
            file = BatchColumn::input(field);
            break;
        }
    }
    return {file, BatchColumn{BatchColumn::Role::Label, {}, {}}};
}

} // namespace rh
