#include "batch/batchpreset.h"

#include <QSet>

#include <algorithm>

namespace rh {

namespace {

const QLatin1String inputPrefix("input:");

struct EncodingKey
{
    SheetEncoding encoding;
    QLatin1String key;
};

const EncodingKey encodingKeys[] = {
    {SheetEncoding::Utf8, QLatin1String("utf-8")},
    {SheetEncoding::Utf16LE, QLatin1String("utf-16le")},
    {SheetEncoding::Utf16BE, QLatin1String("utf-16be")},
    {SheetEncoding::Gb18030, QLatin1String("gb18030")},
};

bool stillValid(const BatchColumn &column, const NodeFields &fields)
{
    if (column.role != BatchColumn::Role::Input)
        return true;
    return std::any_of(fields.cbegin(), fields.cend(), [&](const NodeField &f) { return column.isInput(f); });
}

} // namespace

QString batchColumnKey(const BatchColumn &column)
{
    switch (column.role) {
    case BatchColumn::Role::Ignore:
        return QString();
    case BatchColumn::Role::Label:
        return QStringLiteral("label");
    case BatchColumn::Role::InstanceType:
        return QStringLiteral("instanceType");
    case BatchColumn::Role::WebhookUrl:
        return QStringLiteral("webhookUrl");
    case BatchColumn::Role::Input:
        return inputPrefix + column.nodeId + u':' + column.fieldName;
    }
    return QString();
}

BatchColumn batchColumnFromKey(const QString &key)
{
    BatchColumn column;
    if (key == QLatin1String("label"))
        column.role = BatchColumn::Role::Label;
    else if (key == QLatin1String("instanceType"))
        column.role = BatchColumn::Role::InstanceType;
    else if (key == QLatin1String("webhookUrl"))
        column.role = BatchColumn::Role::WebhookUrl;
    else if (key.startsWith(inputPrefix)) {
        // A node id is digits; a field name may hold a colon: split at the first one.
        const QString rest = key.mid(inputPrefix.size());
        const qsizetype colon = rest.indexOf(u':');
        if (colon > 0 && colon + 1 < rest.size())
            column = BatchColumn{BatchColumn::Role::Input, rest.left(colon), rest.mid(colon + 1)};
    }
    return column;
}

QString sheetEncodingKey(SheetEncoding encoding)
{
    for (const EncodingKey &entry : encodingKeys) {
        if (entry.encoding == encoding)
            return entry.key;
    }
    return QString();
}

SheetEncoding sheetEncodingFromKey(const QString &key)
{
    for (const EncodingKey &entry : encodingKeys) {
        if (entry.key == key)
            return entry.encoding;
    }
    return SheetEncoding::Auto;
}

QList<PresetBatch::Column> savedBatchColumns(const QStringList &header, const BatchMapping &mapping)
{
    QList<PresetBatch::Column> columns;
    for (int i = 0; i < header.size(); ++i)
        columns.append({header.at(i), batchColumnKey(mapping.value(i))});
    return columns;
}

RestoredMapping restoreBatchMapping(const QList<PresetBatch::Column> &columns, const QStringList &header,
                                    const NodeFields &fields)
{
    RestoredMapping restored;
    QList<bool> used(columns.size(), false);
    QList<bool> known(header.size(), false);
    restored.mapping.resize(header.size());
    for (int i = 0; i < header.size(); ++i) {
        const QString key = batchHeaderKey(header.at(i));
        for (int c = 0; c < columns.size(); ++c) {
            if (used.at(c) || batchHeaderKey(columns.at(c).header) != key)
                continue;
            used[c] = true;
            known[i] = true;
            const BatchColumn column = batchColumnFromKey(columns.at(c).feeds);
            if (stillValid(column, fields))
                restored.mapping[i] = column;
            break;
        }
    }
    // New header cells are guessed as for a new sheet, among what the restored columns left free.
    QSet<QString> taken;
    for (const BatchColumn &column : std::as_const(restored.mapping))
        taken.insert(batchColumnKey(column));
    const BatchMapping guess = guessBatchMapping(header, fields);
    for (int i = 0; i < header.size(); ++i) {
        if (known.at(i))
            continue;
        restored.added.append(header.at(i));
        const QString key = batchColumnKey(guess.value(i));
        if (!key.isEmpty() && !taken.contains(key)) {
            restored.mapping[i] = guess.value(i);
            taken.insert(key);
        }
    }
    for (int c = 0; c < columns.size(); ++c) {
        if (!used.at(c))
            restored.missing.append(columns.at(c).header);
    }
    return restored;
}

} // namespace rh
