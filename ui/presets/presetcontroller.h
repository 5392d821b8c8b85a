#pragma once

#include "model/appinfo.h"
#include "model/preset.h"

#include <QObject>

class QDockWidget;
class QMenu;

namespace rh {

class DriftNotice;
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
    void addFileActions(QMenu *menu);
    /// The form as a preset (never with the key).
    Preset presetFromForm() const;

Q_SIGNALS:
    void statusMessage(const QString &sentence);

private:
    void open(const Preset &preset, bool runAfter);
    void check(const Preset &preset, const AppInfo &app, bool runAfter);
    void apply(const Preset &preset, const AppInfo &app, const QHash<int, QString> &problems = {});

    Services *m_services;
    RequestForm *m_form;
    RunController *m_runs;
    QDockWidget *m_dock;
    PresetPanel *m_panel;
    DriftNotice *m_drift;
    qint64 m_opening = 0; ///< the preset last opened: an app that arrives for an earlier one is not applied
    AppInfo m_driftApp;   ///< the app the drift notice compares with
    bool m_runAfterDrift = false;
};

} // namespace rh
