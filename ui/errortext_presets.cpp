#include "errortext.h"
#include "model/findfield.h"

namespace rh {

QString ErrorText::forPresetImport(const PresetImport &import, const QString &source)
{
    switch (import.error) {
    case PresetImport::Error::None:
        return {};
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
        break;
    }
    QString place;
    if (import.presetIndex < 0)
        place = tr("The file itself has a missing or wrong “%1”.").arg(import.member);
    else if (import.nodeIndex < 0)
        place = tr("Preset %1 has a missing or wrong “%2”.").arg(import.presetIndex + 1).arg(import.member);
    else
        place = tr("Preset %1, input %2 has a missing or wrong “%3”.")
                    .arg(import.presetIndex + 1)
                    .arg(import.nodeIndex + 1)
                    .arg(import.member);
    return tr("Nothing was imported from %1. %2").arg(source, place);
}

QString ErrorText::forPresets(PresetProblem problem, const QString &source, const QString &detail)
{
    switch (problem) {
    case PresetProblem::Unreadable:
        return tr("Nothing was imported: %1 could not be read (%2).").arg(source, detail);
    case PresetProblem::Unwritable:
        return tr("The presets could not be written to %1 (%2).").arg(source, detail);
    case PresetProblem::NoText:
        return tr("Nothing was imported: %1 holds no text. Copy a request body or a nodeInfoList first.").arg(source);
    case PresetProblem::NoPresets:
        return tr("Nothing was imported: %1 holds no presets.").arg(source);
    case PresetProblem::NoApp:
        return tr("Nothing was imported: %1 names no app. Load the app in the form first, then import again.")
            .arg(source);
    case PresetProblem::DatabaseRefused:
        return tr("Nothing was imported from %1: the preset database refused the change.").arg(source);
    }
    return {};
}

/// “Prompt” (node 6): the input as the app describes it now, else as the preset saved it.
static QString inputName(const QString &nodeId, const QString &fieldName, const Preset &preset, const AppInfo &app)
{
    const NodeField *node = findField(app.nodes, nodeId, fieldName);
    if (!node)
        node = findField(preset.nodes, nodeId, fieldName);
    NodeField bare;
    bare.nodeId = nodeId;
    bare.fieldName = fieldName;
    return ErrorText::tr("“%1” (node %2)").arg(ErrorText::fieldLabel(node ? *node : bare), nodeId);
}

QStringList ErrorText::forDrift(const PresetDrift &drift, const Preset &preset, const AppInfo &app)
{
    QStringList sentences;
    for (const NodeField &node : drift.removed) {
        sentences.append(tr("The app no longer has the input %1; the saved value “%2” cannot be used.")
                             .arg(inputName(node.nodeId, node.fieldName, preset, app), node.fieldValue));
    }
    for (const NodeField &node : drift.added) {
        const FieldSpec spec = FieldSpec::fromField(node);
        const QString value = node.fieldValue.isEmpty() ? spec.defaultValue : spec.normaliseValue(node.fieldValue);
        const QString name = inputName(node.nodeId, node.fieldName, preset, app);
        sentences.append(
            value.isEmpty()
                ? tr("The app has a new input %1; it starts empty.").arg(name)
                : tr("The app has a new input %1; it gets the app's default “%2”.").arg(name, spec.labelFor(value)));
    }
    for (const PresetDrift::TypeChange &change : drift.typeChanged) {
        sentences.append(tr("The input %1 now takes %2; it took %3 when the preset was saved.")
                             .arg(inputName(change.nodeId, change.fieldName, preset, app), typeName(change.appType),
                                  typeName(change.presetType)));
    }
    for (const PresetDrift::OptionChange &change : drift.optionsChanged) {
        const QString name = inputName(change.nodeId, change.fieldName, preset, app);
        if (change.valueGone) {
            sentences.append(tr("The input %1 no longer offers the saved choice “%2”; pick another one after loading.")
                                 .arg(name, change.value));
            continue;
        }
        const NodeField *node = findField(app.nodes, change.nodeId, change.fieldName);
        const QString label = node ? FieldSpec::fromField(*node).labelFor(change.value) : change.value;
        sentences.append(tr("The input %1 offers different choices now; the saved choice “%2” is still one of them.")
                             .arg(name, label));
    }
    return sentences;
}

QString ErrorText::removedInput()
{
    return tr("The app no longer has this input. Remove the row before running, or RunningHub may refuse the task.");
}

} // namespace rh
