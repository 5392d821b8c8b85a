#include "presetpanel.h"

#include "presetlistmodel.h"
#include "presettransfer.h"
#include "store/presetstore.h"
#include "undonotice.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace rh {

namespace {

QString quoted(const QString &text)
{
    return PresetPanel::tr("“%1”").arg(text);
}

} // namespace

PresetPanel::PresetPanel(PresetStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new PresetListModel(store, this))
    , m_prompts(PresetPrompts::standard())
{
    setObjectName(QStringLiteral("presetPanel"));
    auto *layout = new QVBoxLayout(this);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("presetSearchLineEdit"));
    m_searchEdit->setAccessibleName(tr("Search presets"));
    m_searchEdit->setPlaceholderText(tr("Search presets"));
    m_searchEdit->setClearButtonEnabled(true);
    layout->addWidget(m_searchEdit);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("presetErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color:#b91c1c;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    m_undoNotice = new UndoNotice(this);
    layout->addWidget(m_undoNotice);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("presetEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(createView(), 1);
    createActions();
    layout->addWidget(createToolBar());
    layout->addLayout(createButtons());

    connect(m_searchEdit, &QLineEdit::textChanged, m_model, &PresetListModel::setSearchText);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (selectedPresetId() == 0 && !m_model->presets().isEmpty())
            selectPreset(m_model->presets().first().id);
        m_view->setFocus();
    });
    connect(m_undoNotice, &UndoNotice::undoRequested, this, &PresetPanel::undoDelete);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_wantedSelection = selectedPresetId(); });
    connect(m_model, &PresetListModel::refreshed, this, &PresetPanel::afterRefresh);
    afterRefresh();
}

QTreeView *PresetPanel::createView()
{
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("presetListView"));
    m_view->setAccessibleName(tr("Presets"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &QTreeView::activated, this, &PresetPanel::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PresetPanel::updateActions);
    return m_view;
}

QHBoxLayout *PresetPanel::createButtons()
{
    auto *buttons = new QHBoxLayout;
    m_loadButton = new QPushButton(tr("&Load preset"), this);
    m_loadButton->setObjectName(QStringLiteral("loadPresetButton"));
    m_loadButton->setAccessibleName(tr("Load preset"));
    m_loadButton->setToolTip(tr("Put the preset's inputs into the form (Enter or double-click)"));
    m_runButton = new QPushButton(tr("R&un preset"), this);
    m_runButton->setObjectName(QStringLiteral("runPresetButton"));
    m_runButton->setAccessibleName(tr("Run preset"));
    m_runButton->setToolTip(tr("Load the preset and run it at once"));
    buttons->addWidget(m_loadButton);
    buttons->addWidget(m_runButton);
    connect(m_loadButton, &QPushButton::clicked, this, &PresetPanel::loadSelected);
    connect(m_runButton, &QPushButton::clicked, this, &PresetPanel::runSelected);
    return buttons;
}

PresetPanel::~PresetPanel() = default;

void PresetPanel::createActions()
{
    const auto make = [this](const QString &text, const QString &name, void (PresetPanel::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_saveAction = make(tr("&Save"), QStringLiteral("savePresetAction"), nullptr);
    m_saveAction->setToolTip(tr("Save the form into the loaded preset (Ctrl+S)"));
    connect(m_saveAction, &QAction::triggered, this, [this] { saveCurrent(m_formSource()); });
    m_saveAsAction = make(tr("Save &as…"), QStringLiteral("savePresetAsAction"), nullptr);
    m_saveAsAction->setToolTip(tr("Save the form as a new preset"));
    connect(m_saveAsAction, &QAction::triggered, this, [this] { saveAs(m_formSource()); });
    m_renameAction = make(tr("&Rename…"), QStringLiteral("renamePresetAction"), &PresetPanel::renameSelected);
    m_renameAction->setShortcut(Qt::Key_F2);
    m_duplicateAction =
        make(tr("&Duplicate"), QStringLiteral("duplicatePresetAction"), &PresetPanel::duplicateSelected);
    m_favouriteAction =
        make(tr("&Favourite"), QStringLiteral("favouritePresetAction"), &PresetPanel::toggleFavouriteSelected);
    m_favouriteAction->setCheckable(true);
    m_favouriteAction->setToolTip(tr("Favourites come first in their app"));
    m_deleteAction = make(tr("De&lete…"), QStringLiteral("deletePresetAction"), &PresetPanel::deleteSelected);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_importAction = make(tr("&Import presets…"), QStringLiteral("importPresetsAction"), &PresetPanel::importFromFile);
    m_exportAction = make(tr("&Export presets…"), QStringLiteral("exportPresetsAction"), &PresetPanel::exportToFile);
    m_pasteAction =
        make(tr("Import from &clipboard"), QStringLiteral("pastePresetAction"), &PresetPanel::importFromClipboard);
    m_pasteAction->setToolTip(tr("Make a preset from a copied request body or nodeInfoList"));
    for (QAction *action : {m_renameAction, m_deleteAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addActions({m_renameAction, m_duplicateAction, m_favouriteAction, m_deleteAction});
}

QToolBar *PresetPanel::createToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("presetToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const QList<std::pair<QAction *, QString>> buttons = {
        {m_saveAction, tr("Save preset")},           {m_saveAsAction, tr("Save as new preset")},
        {m_renameAction, tr("Rename preset")},       {m_duplicateAction, tr("Duplicate preset")},
        {m_favouriteAction, tr("Favourite preset")}, {m_deleteAction, tr("Delete preset")},
    };
    for (const auto &[action, accessibleName] : buttons) {
        bar->addAction(action);
        QWidget *button = bar->widgetForAction(action);
        button->setObjectName(action->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
        button->setAccessibleName(accessibleName);
    }
    auto *more = new QToolButton(bar);
    more->setObjectName(QStringLiteral("morePresetActionsButton"));
    more->setAccessibleName(tr("More preset actions"));
    more->setText(tr("&More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->addActions({m_importAction, m_exportAction, m_pasteAction});
    more->setMenu(menu);
    bar->addWidget(more);
    return bar;
}

void PresetPanel::setPrompts(const PresetPrompts &prompts)
{
    m_prompts = PresetPrompts::completed(prompts);
}

void PresetPanel::setFormSource(std::function<Preset()> source)
{
    m_formSource = std::move(source);
    updateActions();
}

void PresetPanel::setCurrentPresetId(qint64 id)
{
    m_currentId = id;
}

qint64 PresetPanel::selectedPresetId() const
{
    return PresetListModel::presetId(m_view->currentIndex());
}

void PresetPanel::selectPreset(qint64 id)
{
    QModelIndex index = m_model->indexOfPreset(id);
    if (!index.isValid() && id != 0 && !m_searchEdit->text().isEmpty()) {
        m_searchEdit->clear(); // the search hides it: show everything rather than a selection nobody sees
        index = m_model->indexOfPreset(id);
    }
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void PresetPanel::activate(const QModelIndex &index)
{
    if (PresetListModel::presetId(index) != 0)
        loadSelected();
}

std::optional<Preset> PresetPanel::selectedPreset()
{
    const qint64 id = selectedPresetId();
    if (id == 0)
        return std::nullopt;
    std::optional<Preset> preset = m_store->get(id);
    if (!preset) {
        fail(tr("That preset no longer exists; the list has been brought up to date."));
        m_model->refresh();
    }
    return preset;
}

std::optional<Preset> PresetPanel::usePreset()
{
    const std::optional<Preset> selected = selectedPreset();
    if (!selected)
        return std::nullopt;
    m_store->markUsed(selected->id);
    m_currentId = selected->id;
    return m_store->get(selected->id).value_or(*selected);
}

void PresetPanel::loadSelected()
{
    if (const std::optional<Preset> preset = usePreset()) {
        Q_EMIT loadRequested(*preset);
        say(tr("Loaded the preset %1.").arg(quoted(PresetListModel::presetLabel(*preset))));
    }
}

void PresetPanel::runSelected()
{
    if (const std::optional<Preset> preset = usePreset()) {
        say(tr("Running the preset %1.").arg(quoted(PresetListModel::presetLabel(*preset))));
        Q_EMIT runRequested(*preset);
    }
}

qint64 PresetPanel::saveCurrent(const Preset &fromForm)
{
    const std::optional<Preset> loaded = m_currentId != 0 ? m_store->get(m_currentId) : std::nullopt;
    if (!loaded || loaded->webappId != fromForm.webappId)
        return saveAs(fromForm);
    Preset preset = fromForm;
    preset.id = loaded->id;
    preset.name = loaded->name;
    preset.favourite = loaded->favourite;
    preset.createdAt = loaded->createdAt;
    preset.lastUsedAt = loaded->lastUsedAt;
    const QString label = quoted(PresetListModel::presetLabel(preset));
    if (m_store->save(preset) == 0) {
        fail(tr("The preset %1 could not be saved: the preset database refused the change.").arg(label));
        return 0;
    }
    selectPreset(preset.id);
    say(tr("Saved the preset %1.").arg(label));
    return preset.id;
}

qint64 PresetPanel::saveAs(const Preset &fromForm)
{
    if (fromForm.webappId.trimmed().isEmpty()) {
        fail(tr("Enter or load an app before saving a preset."));
        return 0;
    }
    const QString suggestion = fromForm.name.trimmed().isEmpty() ? PresetListModel::appLabel(fromForm) : fromForm.name;
    const std::optional<QString> name = askName(tr("Save preset as"), suggestion);
    if (!name)
        return 0;
    const qint64 id = m_store->saveAs(fromForm, *name);
    if (id == 0) {
        fail(tr("The preset %1 could not be saved: the preset database refused the change.").arg(quoted(*name)));
        return 0;
    }
    m_currentId = id;
    selectPreset(id);
    say(tr("Saved the preset %1.").arg(quoted(*name)));
    return id;
}

std::optional<QString> PresetPanel::askName(const QString &title, const QString &suggestion)
{
    const std::optional<QString> answer = m_prompts.askName(this, title, tr("Preset name:"), suggestion);
    if (!answer)
        return std::nullopt;
    const QString name = answer->trimmed();
    if (name.isEmpty()) {
        fail(tr("A preset needs a name; nothing was changed."));
        return std::nullopt;
    }
    return name;
}

void PresetPanel::renameSelected()
{
    const std::optional<Preset> preset = selectedPreset();
    if (!preset)
        return;
    const std::optional<QString> name = askName(tr("Rename preset"), preset->name);
    if (!name || *name == preset->name)
        return;
    if (!m_store->rename(preset->id, *name)) {
        fail(tr("The preset %1 could not be renamed: the preset database refused the change.")
                 .arg(quoted(preset->name)));
        return;
    }
    selectPreset(preset->id);
    say(tr("Renamed %1 to %2.").arg(quoted(PresetListModel::presetLabel(*preset)), quoted(*name)));
}

void PresetPanel::duplicateSelected()
{
    const std::optional<Preset> preset = selectedPreset();
    if (!preset)
        return;
    const QString name = tr("%1 (copy)").arg(PresetListModel::presetLabel(*preset));
    const qint64 id = m_store->duplicate(preset->id, name);
    if (id == 0) {
        fail(
            tr("The preset %1 could not be copied: the preset database refused the change.").arg(quoted(preset->name)));
        return;
    }
    selectPreset(id);
    say(tr("Made a copy named %1.").arg(quoted(name)));
}

void PresetPanel::toggleFavouriteSelected()
{
    const std::optional<Preset> preset = selectedPreset();
    if (!preset)
        return;
    const QString label = quoted(PresetListModel::presetLabel(*preset));
    if (!m_store->setFavourite(preset->id, !preset->favourite)) {
        fail(tr("The preset %1 could not be changed: the preset database refused the change.").arg(label));
        return;
    }
    selectPreset(preset->id);
    say(preset->favourite ? tr("%1 is no longer a favourite.").arg(label)
                          : tr("%1 is now a favourite: it comes first among its app's presets.").arg(label));
}

void PresetPanel::deleteSelected()
{
    const std::optional<Preset> preset = selectedPreset();
    if (!preset)
        return;
    const QString label = quoted(PresetListModel::presetLabel(*preset));
    if (!m_prompts.confirm(this, tr("Delete the preset %1?").arg(label), tr("Delete")))
        return;
    std::optional<Preset> removed = m_store->remove(preset->id);
    if (!removed) {
        fail(tr("The preset %1 could not be deleted: the preset database refused the change.").arg(label));
        return;
    }
    m_deleted = std::move(removed);
    m_deletedWasCurrent = preset->id == m_currentId;
    if (m_deletedWasCurrent)
        m_currentId = 0;
    m_undoNotice->showNotice(tr("Deleted %1.").arg(label));
    say(tr("Deleted the preset %1.").arg(label));
}

void PresetPanel::undoDelete()
{
    m_undoNotice->hide();
    if (!m_deleted)
        return;
    const Preset preset = *std::exchange(m_deleted, std::nullopt);
    const QString label = quoted(PresetListModel::presetLabel(preset));
    const qint64 id = m_store->restore(preset);
    if (id == 0) {
        fail(tr("The preset %1 could not be brought back: the preset database refused the change.").arg(label));
        return;
    }
    if (m_deletedWasCurrent)
        m_currentId = id;
    selectPreset(id);
    say(tr("Brought back the preset %1.").arg(label));
}

void PresetPanel::importFromFile()
{
    const QString path = m_prompts.openFileName(this, tr("Import presets"));
    if (!path.isEmpty())
        finishImport(transfer().importFile(path));
}

int PresetPanel::importText(const QString &text)
{
    return finishImport(transfer().importText(
        text, [this](const QString &suggestion) { return askName(tr("Name the pasted preset"), suggestion); }));
}

void PresetPanel::importFromClipboard()
{
    importText(m_prompts.clipboardText());
}

int PresetPanel::finishImport(const PresetTransfer::Outcome &outcome)
{
    if (outcome.cancelled)
        return 0;
    if (!outcome.ok) {
        fail(outcome.sentence);
        return 0;
    }
    selectPreset(outcome.ids.first());
    say(outcome.sentence);
    return int(outcome.ids.size());
}

void PresetPanel::exportToFile()
{
    if (m_store->count() == 0) {
        fail(tr("There are no presets to export yet."));
        return;
    }
    const QString path = m_prompts.saveFileName(this, tr("Export presets"), QStringLiteral("rhdesk-presets.json"));
    if (path.isEmpty())
        return;
    const PresetTransfer::Outcome outcome = transfer().exportFile(path);
    if (outcome.ok)
        say(outcome.sentence);
    else
        fail(outcome.sentence);
}

PresetTransfer PresetPanel::transfer() const
{
    return PresetTransfer(m_store, m_formSource ? m_formSource() : Preset());
}

void PresetPanel::updateActions()
{
    const Preset *preset = m_model->preset(selectedPresetId());
    for (QAction *action : {m_renameAction, m_duplicateAction, m_favouriteAction, m_deleteAction})
        action->setEnabled(preset);
    m_loadButton->setEnabled(preset);
    m_runButton->setEnabled(preset);
    m_favouriteAction->setChecked(preset && preset->favourite);
    m_saveAction->setEnabled(bool(m_formSource));
    m_saveAsAction->setEnabled(bool(m_formSource));
}

void PresetPanel::afterRefresh()
{
    m_view->expandAll();
    if (m_wantedSelection != 0) {
        const QModelIndex index = m_model->indexOfPreset(m_wantedSelection);
        if (index.isValid())
            m_view->setCurrentIndex(index);
    }
    const bool empty = m_model->presetCount() == 0;
    if (empty) {
        m_emptyLabel->setText(m_model->searchText().isEmpty()
                                  ? tr("No presets yet. Fill in the form and press Ctrl+S to save one.")
                                  : tr("No preset matches %1.").arg(quoted(m_model->searchText())));
    }
    m_emptyLabel->setVisible(empty);
    updateActions();
}

void PresetPanel::say(const QString &sentence)
{
    m_errorLabel->hide();
    Q_EMIT message(sentence);
}

void PresetPanel::fail(const QString &sentence)
{
    m_errorLabel->setText(sentence);
    m_errorLabel->show();
    Q_EMIT message(sentence);
}

} // namespace rh
