#pragma once

#include "model/appinfo.h"
#include "model/preset.h"
#include "model/presetdrift.h"

#include <QFrame>
#include <QHash>
#include <QStringList>

class QLabel;
class QPushButton;

namespace rh {

/// An inline notice (not a modal dialog) shown when a preset about to be loaded no longer matches its app: what
/// changed, in plain words, and three ways on — "Fix and load" (applyFix: inputs the app dropped are left out,
/// new inputs take the app's defaults), "Load as is" (the preset unchanged; the inputs the app no longer has stay
/// in the table marked, so nothing unknown is sent without the user seeing it) and "Cancel".
/// The notice hides itself after a choice.
class DriftNotice final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftNotice)
public:
    explicit DriftNotice(QWidget *parent = nullptr);

    /// Compares @p preset with @p app and shows the notice; returns false (and stays hidden) when nothing drifted.
    bool showFor(const Preset &preset, const AppInfo &app);
    /// Shows the notice for an already computed drift.
    void setDrift(const Preset &preset, const AppInfo &app, const PresetDrift &drift);

    Preset preset() const { return m_preset; }
    AppInfo app() const { return m_app; }
    PresetDrift drift() const { return m_drift; }
    /// The sentences shown, one per change.
    QStringList sentences() const { return m_sentences; }

    /// For "Load as is": rows of @p preset.nodes the app no longer has → the problem text to mark them with
    /// (NodeTableModel::setProblems).
    static QHash<int, QString> removedInputProblems(const Preset &preset, const PresetDrift &drift);

    void fixAndLoad();
    void loadAsIs();
    void cancel();

Q_SIGNALS:
    /// "Fix and load": the preset brought in line with the app.
    void fixedLoadRequested(const rh::Preset &fixed);
    /// "Load as is": the preset unchanged, and the rows to mark (removedInputProblems).
    void asIsLoadRequested(const rh::Preset &preset, const QHash<int, QString> &problems);
    void cancelled();

private:
    QLabel *m_titleLabel;
    QLabel *m_detailsLabel;
    QPushButton *m_fixButton;
    QPushButton *m_asIsButton;
    QPushButton *m_cancelButton;
    Preset m_preset;
    AppInfo m_app;
    PresetDrift m_drift;
    QStringList m_sentences;
};

} // namespace rh
