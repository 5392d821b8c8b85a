#include "store/presetstore.h"

#include "store/database.h"
#include "store/nodesjson.h"
#include "store/presetbatchjson.h"
#include "store/storelog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rh {

namespace {

const QString columns = QStringLiteral("id, name, webapp_id, app_name, instance_type, webhook_url, nodes_json,"
                                       " favourite, created_at, updated_at, last_used_at, server, batch_json");
const QString order = QStringLiteral(" ORDER BY app_name COLLATE NOCASE, webapp_id, favourite DESC,"
                                     " last_used_at IS NULL, last_used_at DESC, name COLLATE NOCASE, id");
const QLatin1String localPathKey("localPath");

/// A null QString binds as SQL NULL, which the NOT NULL text columns refuse.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromMs(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString escapeLike(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('%'), QLatin1String("\\%"));
    value.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return value;
}

QByteArray encodeNodes(const Preset &preset)
{
    QJsonArray array = QJsonDocument::fromJson(nodesToJson(preset.nodes)).array();
    for (int i = 0; i < array.size() && i < preset.nodes.size(); ++i) {
        const QString path = preset.localPath(preset.nodes.at(i));
        if (path.isEmpty())
            continue;
        QJsonObject node = array.at(i).toObject();
        node.insert(localPathKey, path);
        array.replace(i, node);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

void decodeNodes(const QByteArray &json, Preset *preset)
{
    bool ok = false;
    preset->nodes = nodesFromJson(json, &ok);
    if (!ok) {
        qCWarning(lcStore) << "preset" << preset->id << "has unreadable nodes_json";
        return;
    }
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (int i = 0; i < array.size() && i < preset->nodes.size(); ++i)
        preset->setLocalPath(preset->nodes.at(i), array.at(i).toObject().value(localPathKey).toString());
}

Preset presetFromQuery(const QSqlQuery &query)
{
    Preset preset;
    preset.id = query.value(0).toLongLong();
    preset.name = query.value(1).toString();
    preset.webappId = query.value(2).toString();
    preset.appName = query.value(3).toString();
    preset.instanceType = query.value(4).toString();
    preset.webhookUrl = query.value(5).toString();
    decodeNodes(query.value(6).toString().toUtf8(), &preset);
    preset.favourite = query.value(7).toBool();
    preset.createdAt = fromMs(query.value(8));
    preset.updatedAt = fromMs(query.value(9));
    preset.lastUsedAt = fromMs(query.value(10));
    preset.server = query.value(11).toString();
    bool batchOk = true;
    preset.batch = presetBatchFromJson(query.value(12).toString().toUtf8(), &batchOk);
    if (!batchOk) // a newer rhdesk's batch, or damage: the preset's values still load
        qCWarning(lcStore) << "preset" << preset.id << "has an unreadable batch_json; loading it without the batch";
    return preset;
}

bool exec(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    qCWarning(lcStore) << "preset query failed:" << query.lastError().text();
    return false;
}

} // namespace

PresetStore::PresetStore(Database *db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    Q_ASSERT(db);
}

PresetStore::~PresetStore() = default;

void PresetStore::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime PresetStore::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

qint64 PresetStore::insert(const Preset &preset)
{
    QSqlQuery query(m_db->connection());
    query.prepare(
        QStringLiteral("INSERT INTO presets (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(columns));
    const QVariantList values{preset.id > 0 ? QVariant(preset.id) : QVariant(QMetaType(QMetaType::LongLong)),
                              text(preset.name),
                              text(preset.webappId),
                              text(preset.appName),
                              text(preset.instanceType),
                              text(preset.webhookUrl),
                              QString::fromUtf8(encodeNodes(preset)),
                              preset.favourite ? 1 : 0,
                              msOrNull(preset.createdAt),
                              msOrNull(preset.updatedAt),
                              msOrNull(preset.lastUsedAt),
                              text(preset.server),
                              text(QString::fromUtf8(presetBatchToJson(preset.batch)))};
    if (!exec(query, values))
        return 0;
    return query.lastInsertId().toLongLong();
}

bool PresetStore::update(qint64 id, const QString &assignments, const QVariantList &values)
{
    bool changed = false;
    const bool ok = m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE presets SET %1 WHERE id = ?").arg(assignments));
        if (!exec(query, QVariantList(values) << id))
            return false;
        changed = query.numRowsAffected() == 1;
        return changed;
    });
    if (ok && changed) {
        Q_EMIT presetSaved(id);
        Q_EMIT presetsChanged();
    }
    return ok && changed;
}

qint64 PresetStore::save(const Preset &preset)
{
    const QDateTime time = now();
    if (preset.id != 0) {
        const QVariantList values{text(preset.name),        text(preset.webappId),
                                  text(preset.appName),     text(preset.instanceType),
                                  text(preset.webhookUrl),  QString::fromUtf8(encodeNodes(preset)),
                                  preset.favourite ? 1 : 0, time.toMSecsSinceEpoch(),
                                  text(preset.server),      text(QString::fromUtf8(presetBatchToJson(preset.batch)))};
        return update(preset.id,
                      QStringLiteral("name = ?, webapp_id = ?, app_name = ?, instance_type = ?, webhook_url = ?,"
                                     " nodes_json = ?, favourite = ?, updated_at = ?, server = ?, batch_json = ?"),
                      values)
                   ? preset.id
                   : 0;
    }
    Preset fresh = preset;
    fresh.createdAt = time;
    fresh.updatedAt = time;
    qint64 id = 0;
    if (!m_db->transaction([&](QSqlDatabase &) { return (id = insert(fresh)) > 0; }))
        return 0;
    Q_EMIT presetSaved(id);
    Q_EMIT presetsChanged();
    return id;
}

qint64 PresetStore::saveAs(const Preset &preset, const QString &name)
{
    Preset copy = preset;
    copy.id = 0;
    copy.name = name;
    copy.favourite = false;
    copy.lastUsedAt = QDateTime();
    return save(copy);
}

bool PresetStore::rename(qint64 id, const QString &name)
{
    return update(id, QStringLiteral("name = ?, updated_at = ?"), {text(name), now().toMSecsSinceEpoch()});
}

qint64 PresetStore::duplicate(qint64 id, const QString &name)
{
    const auto original = get(id);
    return original ? saveAs(*original, name) : 0;
}

std::optional<Preset> PresetStore::remove(qint64 id)
{
    std::optional<Preset> removed;
    const bool ok = m_db->transaction([&](QSqlDatabase &db) {
        removed = get(id);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM presets WHERE id = ?"));
        return removed && exec(query, {id}) && query.numRowsAffected() == 1;
    });
    if (!ok)
        return std::nullopt;
    Q_EMIT presetRemoved(id);
    Q_EMIT presetsChanged();
    return removed;
}

qint64 PresetStore::restore(const Preset &preset)
{
    Preset back = preset;
    const QDateTime time = now();
    if (!back.createdAt.isValid())
        back.createdAt = time;
    if (!back.updatedAt.isValid())
        back.updatedAt = time;
    qint64 id = 0;
    if (!m_db->transaction([&](QSqlDatabase &) { return (id = insert(back)) > 0; }))
        return 0; // the id is taken: a restore never overwrites
    Q_EMIT presetSaved(id);
    Q_EMIT presetsChanged();
    return id;
}

Presets PresetStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM presets WHERE %2%3").arg(columns, where, order));
    Presets presets;
    if (!exec(query, values))
        return presets;
    while (query.next())
        presets.append(presetFromQuery(query));
    return presets;
}

std::optional<Preset> PresetStore::get(qint64 id) const
{
    const Presets found = select(QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Presets PresetStore::list(const QString &search) const
{
    const QString needle = search.trimmed();
    if (needle.isEmpty())
        return select(QStringLiteral("1"), {});
    const QString pattern = QLatin1Char('%') + escapeLike(needle) + QLatin1Char('%');
    return select(QStringLiteral("(name LIKE ? ESCAPE '\\' OR app_name LIKE ? ESCAPE '\\'"
                                 " OR webapp_id LIKE ? ESCAPE '\\')"),
                  {pattern, pattern, pattern});
}

Presets PresetStore::forApp(const QString &webappId) const
{
    return select(QStringLiteral("webapp_id = ?"), {text(webappId)});
}

int PresetStore::count() const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM presets")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool PresetStore::markUsed(qint64 id)
{
    return update(id, QStringLiteral("last_used_at = ?"), {now().toMSecsSinceEpoch()});
}

bool PresetStore::setFavourite(qint64 id, bool favourite)
{
    return update(id, QStringLiteral("favourite = ?"), {favourite ? 1 : 0});
}

QList<qint64> PresetStore::importAll(const Presets &presets)
{
    QList<qint64> ids;
    const QDateTime time = now();
    const bool ok = m_db->transaction([&](QSqlDatabase &) {
        for (Preset preset : presets) {
            preset.id = 0;
            preset.createdAt = time;
            preset.updatedAt = time;
            preset.lastUsedAt = QDateTime();
            const qint64 id = insert(preset);
            if (id <= 0)
                return false;
            ids.append(id);
        }
        return true;
    });
    if (!ok)
        return {};
    for (const qint64 id : ids)
        Q_EMIT presetSaved(id);
    Q_EMIT presetsChanged();
    return ids;
}

} // namespace rh
