#include "presets/presetlistmodel.h"
#include "displayformat.h"

#include "store/presetstore.h"

#include <QDir>
#include <QFont>

#include <utility>

namespace rh {

PresetListModel::PresetListModel(PresetStore *store, QObject *parent)
    : QStandardItemModel(parent)
    , m_store(store)
{
    Q_ASSERT(store);
    connect(m_store, &PresetStore::presetsChanged, this, &PresetListModel::refresh);
    refresh();
}

void PresetListModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    refresh();
}

void PresetListModel::refresh()
{
    m_presets = m_store->list(m_search);
    clear();
    QStandardItem *group = nullptr;
    QString groupKey;
    for (const Preset &preset : std::as_const(m_presets)) {
        // list() keeps each app's presets together; the key tells the groups apart.
        const QString key = preset.appName.toCaseFolded() + QChar(0x1f) + preset.webappId;
        if (!group || key != groupKey) {
            group = appItem(preset);
            groupKey = key;
            appendRow(group);
        }
        group->appendRow(presetItem(preset));
    }
    Q_EMIT refreshed();
}

QStandardItem *PresetListModel::appItem(const Preset &preset) const
{
    auto *item = new QStandardItem(appLabel(preset));
    item->setFlags(Qt::ItemIsEnabled);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    item->setData(QString(preset.webappId), WebappIdRole);
    item->setData(qint64(0), PresetIdRole);
    item->setData(true, IsAppRole);
    item->setToolTip(preset.webappId.isEmpty() ? tr("These presets name no app.")
                                               : tr("Webapp ID %1").arg(preset.webappId));
    return item;
}

QStandardItem *PresetListModel::presetItem(const Preset &preset) const
{
    const QString name = presetLabel(preset);
    auto *item = new QStandardItem(preset.favourite ? QStringLiteral("★ ") + name : name);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
    item->setData(preset.id, PresetIdRole);
    item->setData(preset.webappId, WebappIdRole);
    item->setData(preset.favourite, FavouriteRole);
    item->setData(false, IsAppRole);
    item->setData(preset.favourite ? tr("%1, favourite").arg(name) : name, Qt::AccessibleTextRole);
    const QString saved = DisplayFormat::dateTime(preset.updatedAt);
    QString tip = preset.lastUsedAt.isValid()
                      ? tr("Saved %1, last used %2.").arg(saved, DisplayFormat::dateTime(preset.lastUsedAt))
                      : tr("Saved %1, never used.").arg(saved);
    if (!preset.batch.isEmpty()) // loading it reruns the batch: say from which sheet
        tip += u'\n' + tr("A batch: loading it reads %1 again.").arg(QDir::toNativeSeparators(preset.batch.sheetPath));
    item->setToolTip(tip);
    return item;
}

QList<qint64> PresetListModel::presetIds() const
{
    QList<qint64> ids;
    ids.reserve(m_presets.size());
    for (const Preset &preset : m_presets)
        ids.append(preset.id);
    return ids;
}

QModelIndex PresetListModel::indexOfPreset(qint64 id) const
{
    if (id == 0)
        return {};
    for (int app = 0; app < rowCount(); ++app) {
        const QModelIndex parent = index(app, 0);
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex child = index(row, 0, parent);
            if (presetId(child) == id)
                return child;
        }
    }
    return {};
}

qint64 PresetListModel::presetId(const QModelIndex &index)
{
    return index.isValid() ? index.data(PresetIdRole).toLongLong() : 0;
}

const Preset *PresetListModel::preset(qint64 id) const
{
    for (const Preset &preset : m_presets) {
        if (preset.id == id)
            return &preset;
    }
    return nullptr;
}

QString PresetListModel::appLabel(const Preset &preset)
{
    if (!preset.appName.trimmed().isEmpty())
        return preset.appName.trimmed();
    if (!preset.webappId.isEmpty())
        return tr("App %1").arg(preset.webappId);
    return tr("No app");
}

QString PresetListModel::presetLabel(const Preset &preset)
{
    return preset.name.trimmed().isEmpty() ? tr("Unnamed preset") : preset.name;
}

} // namespace rh
