#include "presets/presetpanel.h"

#include "presets/presetlistmodel.h"
#include "presets/presettoolbar.h"
#include "presets/presettransfer.h"
#include "presets/undonotice.h"
#include "store/presetstore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    m_emptyLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_emptyLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding); // stands in for the hidden list
    layout->addWidget(m_emptyLabel);
    layout->addWidget(createView(), 1);
    m_toolBar = new PresetToolBar(this);
    layout->addWidget(m_toolBar);
    connectActions();
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
    m_loadButton = new QPushButton(tr("Loa&d preset"), this);
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

void PresetPanel::connectActions()
{
    const PresetToolBar::Actions &a = m_toolBar->actions();
    connect(a.save, &QAction::triggered, this, [this] { saveCurrent(m_formSource()); });
    connect(a.saveAs, &QAction::triggered, this, [this] { saveAs(m_formSource()); });
    connect(a.rename, &QAction::triggered, this, &PresetPanel::renameSelected);
    connect(a.duplicate, &QAction::triggered, this, &PresetPanel::duplicateSelected);
    connect(a.favourite, &QAction::triggered, this, &PresetPanel::toggleFavouriteSelected);
    connect(a.remove, &QAction::triggered, this, &PresetPanel::deleteSelected);
    connect(a.importFile, &QAction::triggered, this, &PresetPanel::importFromFile);
    connect(a.exportFile, &QAction::triggered, this, &PresetPanel::exportToFile);
    connect(a.paste, &QAction::triggered, this, &PresetPanel::importFromClipboard);
    m_view->addActions(m_toolBar->selectionActions());
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
    if (preset.batch.isEmpty())
        preset.batch = loaded->batch; // Ctrl+S on a loaded batch preset updates its values and keeps its batch
    const QString label = quoted(PresetListModel::presetLabel(preset));
    if (m_store->save(preset) == 0) {
        refused(label);
        return 0;
    }
    selectPreset(preset.id);
    say(tr("Saved the preset %1.").arg(label));
    Q_EMIT saved(preset.id);
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
        refused(quoted(*name));
        return 0;
    }
    m_currentId = id;
    selectPreset(id);
    say(tr("Saved the preset %1.").arg(quoted(*name)));
    Q_EMIT saved(id);
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
        refused(quoted(preset->name));
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
        refused(quoted(preset->name));
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
        refused(label);
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
        refused(label);
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
        refused(label);
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
    for (QAction *action : m_toolBar->selectionActions())
        action->setEnabled(preset);
    m_loadButton->setEnabled(preset);
    m_runButton->setEnabled(preset);
    const PresetToolBar::Actions &a = m_toolBar->actions();
    a.favourite->setChecked(preset && preset->favourite);
    a.save->setEnabled(bool(m_formSource));
    a.saveAs->setEnabled(bool(m_formSource));
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
    // No presets at all: the hint alone, not an empty box taking the panel's height.
    m_view->setVisible(!empty || !m_model->searchText().isEmpty());
    updateActions();
}

void PresetPanel::say(const QString &sentence)
{
    m_errorLabel->hide();
    Q_EMIT message(sentence);
}

void PresetPanel::refused(const QString &label)
{
    // The store logs the driver's reason (rhdesk.store); people get what happened and that nothing changed.
    fail(tr("The preset database refused the change to %1; nothing was changed.").arg(label));
}

void PresetPanel::fail(const QString &sentence)
{
    m_errorLabel->setText(sentence);
    m_errorLabel->show();
    Q_EMIT message(sentence);
}

} // namespace rh
