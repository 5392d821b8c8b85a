#include "presets/presettransfer.h"

#include "presets/presetlistmodel.h"
#include "store/presetstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace rh {

namespace {

QString quoted(const QString &text)
{
    return PresetTransfer::tr("“%1”").arg(text);
}

QString contentPlace(const PresetImport &import)
{
    if (import.presetIndex < 0)
        return PresetTransfer::tr("The file itself has a missing or wrong “%1”.").arg(import.member);
    if (import.nodeIndex < 0) {
        return PresetTransfer::tr("Preset %1 has a missing or wrong “%2”.")
            .arg(import.presetIndex + 1)
            .arg(import.member);
    }
    return PresetTransfer::tr("Preset %1, input %2 has a missing or wrong “%3”.")
        .arg(import.presetIndex + 1)
        .arg(import.nodeIndex + 1)
        .arg(import.member);
}

} // namespace

PresetTransfer::PresetTransfer(PresetStore *store, const Preset &form)
    : m_store(store)
    , m_form(form)
{
    Q_ASSERT(store);
}

PresetTransfer::Outcome PresetTransfer::importFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(tr("Nothing was imported: %1 could not be read (%2).")
                           .arg(quoted(QDir::toNativeSeparators(path)), file.errorString()));
    }
    const QString source = quoted(QFileInfo(path).fileName());
    const PresetImport import = importAnyPresets(file.read(maxPresetFileBytes + 1));
    if (!import.ok())
        return failure(importFailed(import, source));
    return store(import.presets, source, {});
}

PresetTransfer::Outcome PresetTransfer::importText(const QString &text, const NameAsker &askName) const
{
    const QString source = clipboardSource();
    if (text.trimmed().isEmpty()) {
        return failure(
            tr("Nothing was imported: %1 holds no text. Copy a request body or a nodeInfoList first.").arg(source));
    }
    const PresetImport import = importAnyPresets(text.toUtf8());
    if (!import.ok())
        return failure(importFailed(import, source));
    return store(import.presets, source, askName);
}

PresetTransfer::Outcome PresetTransfer::store(Presets presets, const QString &source, const NameAsker &askName) const
{
    if (presets.isEmpty())
        return failure(tr("Nothing was imported: %1 holds no presets.").arg(source));
    for (Preset &preset : presets) {
        if (!preset.webappId.isEmpty())
            continue;
        // A bare nodeInfoList names no app: it belongs to the app in the form.
        if (m_form.webappId.isEmpty()) {
            return failure(
                tr("Nothing was imported: %1 names no app. Load the app in the form first, then import again.")
                    .arg(source));
        }
        preset.webappId = m_form.webappId;
        preset.appName = m_form.appName;
    }
    if (askName && presets.size() == 1 && presets.first().name.trimmed().isEmpty()) {
        const std::optional<QString> name = askName(tr("%1 (pasted)").arg(PresetListModel::appLabel(presets.first())));
        if (!name)
            return Outcome{false, true, {}, QString()};
        presets.first().name = *name;
    }
    for (Preset &preset : presets) {
        if (preset.name.trimmed().isEmpty())
            preset.name = tr("%1 (imported)").arg(PresetListModel::appLabel(preset));
    }
    const QList<qint64> ids = m_store->importAll(presets);
    if (ids.isEmpty())
        return failure(tr("Nothing was imported from %1: the preset database refused the change.").arg(source));
    return Outcome{true, false, ids, imported(int(ids.size()), source)};
}

PresetTransfer::Outcome PresetTransfer::exportFile(const QString &path) const
{
    const Presets presets = m_store->list();
    QSaveFile file(path);
    const QString target = quoted(QDir::toNativeSeparators(path));
    if (!file.open(QIODevice::WriteOnly) || file.write(exportPresets(presets)) < 0 || !file.commit())
        return failure(tr("The presets could not be written to %1 (%2).").arg(target, file.errorString()));
    return Outcome{true, false, {}, exported(int(presets.size()), target)};
}

PresetTransfer::Outcome PresetTransfer::failure(const QString &sentence)
{
    return Outcome{false, false, {}, sentence};
}

QString PresetTransfer::importFailed(const PresetImport &import, const QString &source)
{
    switch (import.error) {
    case PresetImport::Error::None:
        return QString();
    case PresetImport::Error::TooLarge:
        return tr("Nothing was imported: %1 is too large to hold presets.").arg(source);
    case PresetImport::Error::NotJson:
        return tr("Nothing was imported: %1 is not JSON text. Choose a file exported by rhdesk, or copy a request "
                  "body from RunningHub's documentation.")
            .arg(source);
    case PresetImport::Error::NotPresetFile:
        return tr("Nothing was imported: %1 holds neither rhdesk presets nor a RunningHub request with a "
                  "nodeInfoList.")
            .arg(source);
    case PresetImport::Error::NewerVersion:
        return tr("Nothing was imported: %1 was written by a newer rhdesk (file version %2). Update rhdesk to "
                  "import it.")
            .arg(source)
            .arg(import.version);
    case PresetImport::Error::BadContent:
        return tr("Nothing was imported from %1. %2").arg(source, contentPlace(import));
    }
    return QString();
}

QString PresetTransfer::clipboardSource()
{
    return tr("the clipboard");
}

// Two sentences rather than %n: without an English .ts, %n would show "preset(s)" to English readers.
QString PresetTransfer::imported(int count, const QString &source)
{
    if (count == 1)
        return tr("Imported one preset from %1.").arg(source);
    return tr("Imported %1 presets from %2.").arg(count).arg(source);
}

QString PresetTransfer::exported(int count, const QString &target)
{
    if (count == 1)
        return tr("Exported one preset to %1.").arg(target);
    return tr("Exported %1 presets to %2.").arg(count).arg(target);
}

} // namespace rh
