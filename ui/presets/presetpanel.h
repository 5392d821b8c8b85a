#pragma once

#include "model/preset.h"
#include "presets/presetprompts.h"
#include "presets/presettransfer.h"

#include <QWidget>

#include <functional>
#include <optional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTreeView;

namespace rh {

class PresetListModel;
class PresetStore;
class PresetToolBar;
class UndoNotice;

/// The saved presets, for a dock: search, the list grouped by app, load / run, save, save as, rename,
/// duplicate, favourite, delete with undo, import / export of preset files and import of a pasted request body.
/// The panel reads and writes the PresetStore; the window turns loadRequested/runRequested into the form and a
/// run, and gives the form's content through setFormSource() (for the panel's Save buttons) or saveCurrent().
class PresetPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetPanel)
public:
    /// @p store must outlive the panel.
    explicit PresetPanel(PresetStore *store, QWidget *parent = nullptr);
    ~PresetPanel() override;

    /// Replaces the dialogs (tests answer them); unset members keep the real dialogs.
    void setPrompts(const PresetPrompts &prompts);
    /// What the form holds now, as a preset (webapp id, app name, instance type, webhook URL, nodes, local
    /// paths). Enables the panel's Save and Save as buttons.
    void setFormSource(std::function<Preset()> source);

    /// Ctrl+S: updates the loaded preset when one is loaded and is for the same app as @p fromForm (keeping its
    /// name and favourite mark), otherwise asks for a name like saveAs(). Returns the saved id, 0 when nothing
    /// was saved (cancelled, or an error that message() told).
    qint64 saveCurrent(const Preset &fromForm);
    /// Asks for a name and saves @p fromForm as a new preset, which becomes the loaded one. Returns its id or 0.
    qint64 saveAs(const Preset &fromForm);

    /// The loaded preset (the one saveCurrent() updates), 0 when none.
    qint64 currentPresetId() const { return m_currentId; }
    /// Tells the panel which preset the form holds (0: none, e.g. after the user loaded another app).
    void setCurrentPresetId(qint64 id);
    /// The preset selected in the list, 0 when none.
    qint64 selectedPresetId() const;
    void selectPreset(qint64 id);
    PresetListModel *model() const { return m_model; }

    void loadSelected();
    void runSelected();
    void renameSelected();
    void duplicateSelected();
    void toggleFavouriteSelected();
    void deleteSelected();
    /// Puts the last deleted preset back (the "Undo" after a delete).
    void undoDelete();
    void importFromFile();
    void exportToFile();
    void importFromClipboard();
    /// Imports pasted text: an rhdesk preset file, a run request body or a bare nodeInfoList. Returns the
    /// number of presets imported (0 when nothing was, with the reason sent to message()).
    int importText(const QString &text);

Q_SIGNALS:
    void loadRequested(const rh::Preset &preset);
    void runRequested(const rh::Preset &preset);
    /// One sentence for the status bar (also errors, which the panel shows itself as well).
    void message(const QString &sentence);
    /// The form was saved as the preset @p id (Save, Save as).
    void saved(qint64 id);

private:
    void connectActions();
    QTreeView *createView();
    QHBoxLayout *createButtons();
    void activate(const QModelIndex &index);
    std::optional<Preset> selectedPreset();
    std::optional<Preset> usePreset();
    void updateActions();
    void afterRefresh();
    void say(const QString &sentence);
    void fail(const QString &sentence);
    void refused(const QString &label); ///< the store said no
    std::optional<QString> askName(const QString &title, const QString &suggestion);
    int finishImport(const PresetTransfer::Outcome &outcome);
    PresetTransfer transfer() const;

    PresetStore *m_store;
    PresetListModel *m_model;
    PresetPrompts m_prompts;
    std::function<Preset()> m_formSource;
    qint64 m_currentId = 0;
    qint64 m_wantedSelection = 0;
    std::optional<Preset> m_deleted;
    bool m_deletedWasCurrent = false;

    QLineEdit *m_searchEdit;
    QTreeView *m_view;
    QLabel *m_emptyLabel;
    QLabel *m_errorLabel;
    QPushButton *m_loadButton;
    QPushButton *m_runButton;
    UndoNotice *m_undoNotice;
    PresetToolBar *m_toolBar;
};

} // namespace rh
