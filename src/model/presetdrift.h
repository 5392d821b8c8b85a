#pragma once

#include "model/appinfo.h"
#include "model/nodefield.h"
#include "model/preset.h"

#include <QList>
#include <QString>

namespace rh {

/// How a saved preset no longer matches the app it was made for (the app's author changed its inputs).
/// Inputs are matched by (nodeId, fieldName).
struct PresetDrift
{
    struct TypeChange
    {
        QString nodeId;
        QString fieldName;
        QString presetType; ///< fieldType as saved
        QString appType;    ///< fieldType the app has now
    };
    struct OptionChange
    {
        QString nodeId;
        QString fieldName;
        QString value;   ///< the preset's chosen value
        bool valueGone;  ///< the chosen value is no longer among the app's options
        bool setChanged; ///< the app offers a different set of options than when the preset was saved
    };

    NodeFields removed; ///< in the preset, no longer in the app (the preset's rows)
    NodeFields added;   ///< in the app, not in the preset (the app's rows, with its defaults)
    QList<TypeChange> typeChanged;
    QList<OptionChange> optionsChanged;

    bool isEmpty() const
    {
        return removed.isEmpty() && added.isEmpty() && typeChanged.isEmpty() && optionsChanged.isEmpty();
    }
};

/// Compares a preset's inputs with the app's current ones. Pure.
PresetDrift compareWithApp(const Preset &preset, const AppInfo &app);

/// The preset brought in line with the app: drops the drift's removed inputs (and their local paths), adds its
/// added inputs with the app's default values, and takes the app's current description of every kept input
/// (type, fieldData, names) while keeping every value the user chose. Rows follow the app's order; rows the drift
/// does not mention and the app does not have stay at the end. Id, name and times are kept.
Preset applyFix(const Preset &preset, const AppInfo &app, const PresetDrift &drift);

} // namespace rh
