#include "store/presetbatchjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rh {

QByteArray presetBatchToJson(const PresetBatch &batch)
{
    if (batch.isEmpty())
        return batch.unreadable;
    QJsonArray columns;
    for (const PresetBatch::Column &column : batch.columns)
        columns.append(QJsonObject{{QLatin1String("header"), column.header}, {QLatin1String("feeds"), column.feeds}});
    const QJsonObject root{
        {QLatin1String("version"), presetBatchFormatVersion}, {QLatin1String("sheetPath"), batch.sheetPath},
        {QLatin1String("sheetName"), batch.sheetName},        {QLatin1String("encoding"), batch.encoding},
        {QLatin1String("skipProblems"), batch.skipProblems},  {QLatin1String("columns"), columns},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

PresetBatch presetBatchFromJson(const QByteArray &json, bool *ok)
{
    if (ok)
        *ok = true;
    if (json.trimmed().isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject root = doc.object();
    const qint64 version = root.value(QLatin1String("version")).toInteger(0);
    const QString path = root.value(QLatin1String("sheetPath")).toString();
    if (!doc.isObject() || version < 1 || version > presetBatchFormatVersion || path.isEmpty()) {
        if (ok)
            *ok = false;
        PresetBatch unread;
        unread.unreadable = json;
        return unread;
    }
    PresetBatch batch;
    batch.sheetPath = path;
    batch.sheetName = root.value(QLatin1String("sheetName")).toString();
    batch.encoding = root.value(QLatin1String("encoding")).toString();
    batch.skipProblems = root.value(QLatin1String("skipProblems")).toBool(true);
    for (const QJsonValue &value : root.value(QLatin1String("columns")).toArray()) {
        const QJsonObject column = value.toObject();
        batch.columns.append(
            {column.value(QLatin1String("header")).toString(), column.value(QLatin1String("feeds")).toString()});
    }
    return batch;
}

} // namespace rh
