#pragma once

#include "model/preset.h"

#include <QList>
#include <QStandardItemModel>
#include <QString>

namespace rh {

class PresetStore;

/// The saved presets as a tree: one row per app (name and webapp id), its presets below it — favourites first,
/// then the most recently used (PresetStore::list() order). Only presets whose name, app name or webapp id
/// contain the search text are shown; apps without such presets are left out. Reloads whenever the store changes.
class PresetListModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetListModel)
public:
    enum Role {
        PresetIdRole = Qt::UserRole + 1, ///< qint64; 0 on app rows
        WebappIdRole,                    ///< QString, on app and preset rows
        FavouriteRole,                   ///< bool, preset rows
        IsAppRole,                       ///< bool: true on the app rows
    };

    /// @p store must outlive the model.
    explicit PresetListModel(PresetStore *store, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    /// Reads the store again (also done on PresetStore::presetsChanged).
    void refresh();

    /// The presets shown, in display order.
    const Presets &presets() const { return m_presets; }
    int presetCount() const { return int(m_presets.size()); }
    QList<qint64> presetIds() const;
    QModelIndex indexOfPreset(qint64 id) const;
    /// The preset id of a preset row, 0 for an app row or an invalid index.
    static qint64 presetId(const QModelIndex &index);
    /// The shown preset with that id, or nullptr.
    const Preset *preset(qint64 id) const;

    /// The label a person knows a preset's app by: its name, else "App 1877…".
    static QString appLabel(const Preset &preset);
    /// The preset's name, or "Unnamed preset" when it has none.
    static QString presetLabel(const Preset &preset);

Q_SIGNALS:
    void refreshed(); ///< the rows were rebuilt

private:
    QStandardItem *appItem(const Preset &preset) const;
    QStandardItem *presetItem(const Preset &preset) const;

    PresetStore *m_store;
    QString m_search;
    Presets m_presets;
};

} // namespace rh
