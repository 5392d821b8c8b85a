#pragma once

#include <QList>
#include <QString>

namespace rh {

/// A batch kept with a preset, so the operator reruns it in one click: the sheet to read again, how to read it,
/// and what each of its columns fed. The other inputs are the preset's own values. Never holds the API key.
struct PresetBatch
{
    /// One header cell and what it fed: "" not used, "label", "instanceType", "webhookUrl", or "input:" followed
    /// by nodeId:fieldName (see batch/batchpreset.h).
    struct Column
    {
        QString header;
        QString feeds;

        friend bool operator==(const Column &a, const Column &b) { return a.header == b.header && a.feeds == b.feeds; }
        friend bool operator!=(const Column &a, const Column &b) { return !(a == b); }
    };

    QString sheetPath; ///< absolute path of the sheet file or media folder; "" = not a batch preset
    QString sheetName; ///< XLSX: the worksheet chosen, "" = the first
    QString encoding;  ///< CSV: the encoding chosen ("" = detect; keys in batch/batchpreset.h)
    bool skipProblems = true;
    QList<Column> columns; ///< in the sheet's column order
    /// A batch_json this rhdesk could not read (a newer format, or damage): the batch is empty, and saving the preset
    /// writes this text back unchanged so the newer rhdesk still finds its batch. Not part of ==.
    QByteArray unreadable;

    bool isEmpty() const { return sheetPath.isEmpty(); }
    friend bool operator==(const PresetBatch &a, const PresetBatch &b)
    {
        return a.sheetPath == b.sheetPath && a.sheetName == b.sheetName && a.encoding == b.encoding &&
               a.skipProblems == b.skipProblems && a.columns == b.columns;
    }
    friend bool operator!=(const PresetBatch &a, const PresetBatch &b) { return !(a == b); }
};

} // namespace rh
