#include "presets/presettransfer.h"

#include "errortext.h"

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
        return failure(ErrorText::forPresets(ErrorText::PresetProblem::Unreadable,
                                             quoted(QDir::toNativeSeparators(path)), file.errorString()));
    }
    const QString source = quoted(QFileInfo(path).fileName());
    const PresetImport import = importAnyPresets(file.read(maxPresetFileBytes + 1));
    if (!import.ok())
        return failure(ErrorText::forPresetImport(import, source));
    return store(import.presets, source, {});
}

PresetTransfer::Outcome PresetTransfer::importText(const QString &text, const NameAsker &askName) const
{
    const QString source = clipboardSource();
    if (text.trimmed().isEmpty()) {
        return failure(ErrorText::forPresets(ErrorText::PresetProblem::NoText, source));
    }
    const PresetImport import = importAnyPresets(text.toUtf8());
    if (!import.ok())
        return failure(ErrorText::forPresetImport(import, source));
    return store(import.presets, source, askName);
}

PresetTransfer::Outcome PresetTransfer::store(Presets presets, const QString &source, const NameAsker &askName) const
{
    if (presets.isEmpty())
        return failure(ErrorText::forPresets(ErrorText::PresetProblem::NoPresets, source));
    for (Preset &preset : presets) {
        if (!preset.webappId.isEmpty())
            continue;
        // A bare nodeInfoList names no app: it belongs to the app in the form.
        if (m_form.webappId.isEmpty()) {
            return failure(ErrorText::forPresets(ErrorText::PresetProblem::NoApp, source));
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
        return failure(ErrorText::forPresets(ErrorText::PresetProblem::DatabaseRefused, source));
    return Outcome{true, false, ids, imported(int(ids.size()), source)};
}

PresetTransfer::Outcome PresetTransfer::exportFile(const QString &path) const
{
    const Presets presets = m_store->list();
    QSaveFile file(path);
    const QString target = quoted(QDir::toNativeSeparators(path));
    if (!file.open(QIODevice::WriteOnly) || file.write(exportPresets(presets)) < 0 || !file.commit())
        return failure(ErrorText::forPresets(ErrorText::PresetProblem::Unwritable, target, file.errorString()));
    return Outcome{true, false, {}, exported(int(presets.size()), target)};
}

PresetTransfer::Outcome PresetTransfer::failure(const QString &sentence)
{
    return Outcome{false, false, {}, sentence};
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
