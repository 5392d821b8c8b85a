#include "model/presetdrift.h"

#include "model/fieldspec.h"

#include <QSet>

namespace rh {

namespace {

QHash<QString, int> indexByKey(const NodeFields &nodes)
{
    QHash<QString, int> index;
    for (int i = 0; i < nodes.size(); ++i)
        index.insert(Preset::nodeKey(nodes.at(i)), i);
    return index;
}

QSet<QString> keysOf(const NodeFields &nodes)
{
    QSet<QString> keys;
    for (const NodeField &node : nodes)
        keys.insert(Preset::nodeKey(node));
    return keys;
}

QSet<QString> optionValues(const FieldSpec &spec)
{
    QSet<QString> values;
    for (const FieldOption &option : spec.options)
        values.insert(option.value);
    return values;
}

QString normalisedType(const QString &type)
{
    return type.trimmed().toUpper();
}

void compareOne(const NodeField &mine, const NodeField &theirs, PresetDrift &drift)
{
    const QString myType = normalisedType(mine.fieldType);
    const QString appType = normalisedType(theirs.fieldType);
    // A preset made from a pasted request body knows no types: only a known type can have changed.
    if (!myType.isEmpty() && !appType.isEmpty() && myType != appType)
        drift.typeChanged.append({mine.nodeId, mine.fieldName, mine.fieldType, theirs.fieldType});

    const FieldSpec appSpec = FieldSpec::parse(theirs.fieldType, theirs.fieldData);
    if (!appSpec.hasOptions())
        return;
    const bool valueGone = !appSpec.accepts(mine.fieldValue);
    const FieldSpec mySpec = FieldSpec::parse(mine.fieldType, mine.fieldData);
    const bool setChanged = mySpec.hasOptions() && optionValues(mySpec) != optionValues(appSpec);
    if (valueGone || setChanged)
        drift.optionsChanged.append({mine.nodeId, mine.fieldName, mine.fieldValue, valueGone, setChanged});
}

/// The preset's row described as the app describes it now, with the user's value.
NodeField refreshed(const NodeField &mine, const NodeField &theirs)
{
    NodeField node = mine;
    node.fieldType = theirs.fieldType;
    node.fieldData = theirs.fieldData;
    if (!theirs.nodeName.isEmpty())
        node.nodeName = theirs.nodeName;
    if (!theirs.description.isEmpty())
        node.description = theirs.description;
    if (!theirs.descriptionEn.isEmpty())
        node.descriptionEn = theirs.descriptionEn;
    return node;
}

NodeField withDefault(const NodeField &theirs)
{
    NodeField node = theirs;
    const FieldSpec spec = FieldSpec::parse(theirs.fieldType, theirs.fieldData);
    node.fieldValue = theirs.fieldValue.isEmpty() ? spec.defaultValue : spec.normaliseValue(theirs.fieldValue);
    return node;
}

} // namespace

PresetDrift compareWithApp(const Preset &preset, const AppInfo &app)
{
    PresetDrift drift;
    const QHash<QString, int> appIndex = indexByKey(app.nodes);
    const QSet<QString> presetKeys = keysOf(preset.nodes);
    for (const NodeField &mine : preset.nodes) {
        const auto it = appIndex.constFind(Preset::nodeKey(mine));
        if (it == appIndex.constEnd())
            drift.removed.append(mine);
        else
            compareOne(mine, app.nodes.at(*it), drift);
    }
    for (const NodeField &theirs : app.nodes) {
        if (!presetKeys.contains(Preset::nodeKey(theirs)))
            drift.added.append(theirs);
    }
    return drift;
}

Preset applyFix(const Preset &preset, const AppInfo &app, const PresetDrift &drift)
{
    const QSet<QString> removedKeys = keysOf(drift.removed);
    const QSet<QString> addedKeys = keysOf(drift.added);
    const QHash<QString, int> presetIndex = indexByKey(preset.nodes);
    const QSet<QString> appKeys = keysOf(app.nodes);

    Preset fixed = preset;
    fixed.nodes.clear();
    for (const NodeField &theirs : app.nodes) {
        const QString key = Preset::nodeKey(theirs);
        const auto it = presetIndex.constFind(key);
        if (it != presetIndex.constEnd())
            fixed.nodes.append(refreshed(preset.nodes.at(*it), theirs));
        else if (addedKeys.contains(key))
            fixed.nodes.append(withDefault(theirs));
    }
    for (const NodeField &mine : preset.nodes) {
        const QString key = Preset::nodeKey(mine);
        if (!appKeys.contains(key) && !removedKeys.contains(key))
            fixed.nodes.append(mine);
    }
    for (const QString &key : removedKeys)
        fixed.localPaths.remove(key);
    if (!app.name.isEmpty())
        fixed.appName = app.name;
    return fixed;
}

} // namespace rh
