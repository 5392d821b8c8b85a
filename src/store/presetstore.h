#pragma once

#include "model/preset.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace rh {

class Database;

/// Saved presets in the Database's presets table. Every write is one transaction. Local media paths are kept
/// inside nodes_json as an extra "localPath" member of the node (nodesFromJson ignores it); a saved batch in
/// batch_json (store/presetbatchjson.h). The API key is never stored: Preset has no place for it.
class PresetStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetStore)
public:
    /// @p db must be open and outlive this store.
    explicit PresetStore(Database *db, QObject *parent = nullptr);
    ~PresetStore() override;

    /// For tests: where "now" comes from (UTC). Default: the system clock.
    void setClock(std::function<QDateTime()> clock);

    /// Inserts (id 0: sets createdAt) or updates (keeps createdAt and lastUsedAt) the preset; updatedAt = now.
    /// Returns its id, or 0 on failure (also when updating an id that does not exist).
    qint64 save(const Preset &preset);
    /// A new preset with @p preset's content under @p name (never used, not favourite). Returns the new id or 0.
    qint64 saveAs(const Preset &preset, const QString &name);
    bool rename(qint64 id, const QString &name);
    /// A copy of preset @p id named @p name (the caller words the name). Returns the new id or 0.
    qint64 duplicate(qint64 id, const QString &name);
    /// Deletes the preset and returns it as it was, for undo via restore(); nullopt when there was none.
    std::optional<Preset> remove(qint64 id);
    /// Puts a removed preset back with its id and times. Returns its id, or 0 when the id is taken or on failure.
    qint64 restore(const Preset &preset);

    std::optional<Preset> get(qint64 id) const;
    /// Presets whose name, app name or webapp id contains @p search (case-insensitive for ASCII; all when
    /// empty), grouped by app (app name case-insensitive, then webapp id) and within each app favourites first,
    /// then most recently used, never used last, then by name.
    Presets list(const QString &search = QString()) const;
    /// The presets of one app, in list() order within the group.
    Presets forApp(const QString &webappId) const;
    int count() const;

    bool markUsed(qint64 id);
    bool setFavourite(qint64 id, bool favourite);

    /// Inserts all @p presets as new ones (ids and times are assigned) in one transaction: all or none.
    /// Returns the new ids in order, or an empty list on failure.
    QList<qint64> importAll(const Presets &presets);

Q_SIGNALS:
    void presetsChanged(); ///< anything in the table changed: reload lists
    void presetSaved(qint64 id);
    void presetRemoved(qint64 id);

private:
    qint64 insert(const Preset &preset);
    bool update(qint64 id, const QString &assignments, const QVariantList &values);
    Presets select(const QString &where, const QVariantList &values) const;
    QDateTime now() const;

    Database *m_db;
    std::function<QDateTime()> m_clock;
};

} // namespace rh
