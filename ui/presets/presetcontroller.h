#pragma once

#include "model/appinfo.h"
#include "model/preset.h"

#include <QObject>

class QDockWidget;
class QMenu;

namespace rh {

class DriftNotice;
class PresetLoadUndo;
class PresetPanel;
class RequestForm;
class RunController;
class Services;

/// Presets in the window: the dock, Ctrl+S, loading a preset into the form after checking it against the app's
/// current inputs, and running one in one action.
class PresetController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetController)
public:
    PresetController(Services *services, RequestForm *form, RunController *runs, QObject *parent = nullptr);

    QDockWidget *dock() const { return m_dock; }
    PresetPanel *panel() const { return m_panel; }
    DriftNotice *driftNotice() const { return m_drift; }
    PresetLoadUndo *loadUndo() const { return m_undo; }
    void addFileActions(QMenu *menu);
    /// The form as a preset (never with the key).
    Preset presetFromForm() const;
    /// Saves the form's values with @p batch as a new preset, asking for its name (the sheet's name suggested).
    /// Returns its id, 0 when not saved.
    qint64 saveBatch(const PresetBatch &batch);

Q_SIGNALS:
    void statusMessage(const QString &sentence);
    /// A preset with a batch was loaded into the form (after the check against the app): rerun its batch.
    void batchPresetLoaded(const rh::Preset &preset);

private:
    void open(const Preset &preset, bool runAfter);
    void check(const Preset &preset, const AppInfo &app, bool runAfter);
    void apply(const Preset &preset, const AppInfo &app, const QHash<int, QString> &problems = {});
    /// After the check: run the preset, or rerun its batch.
    void finish(const Preset &preset, bool runAfter);

    Services *m_services;
    RequestForm *m_form;
    RunController *m_runs;
    QDockWidget *m_dock;
    PresetPanel *m_panel;
    DriftNotice *m_drift;
    PresetLoadUndo *m_undo;
    qint64 m_opening = 0; ///< the preset last opened: an app that arrives for an earlier one is not applied
    AppInfo m_driftApp;   ///< the app the drift notice compares with
    bool m_runAfterDrift = false;
    Preset m_driftPreset; ///< the preset the drift notice is about
};

} // namespace rh
