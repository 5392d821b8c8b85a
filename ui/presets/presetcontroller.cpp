#include "presets/presetcontroller.h"

#include "form/nodetablemodel.h"
#include "form/requestform.h"
#include "presets/driftnotice.h"
#include "presets/presetloadundo.h"
#include "presets/presetpanel.h"
#include "presets/undonotice.h"
#include "task/runcontroller.h"

#include "apps/apploader.h"
#include "model/draft.h"
#include "session/connection.h"
#include "session/services.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QVBoxLayout>

namespace rh {

PresetController::PresetController(Services *services, RequestForm *form, RunController *runs, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_form(form)
    , m_runs(runs)
    , m_dock(new QDockWidget(tr("Presets"), form->window()))
{
    m_dock->setObjectName(QStringLiteral("presetsDock"));
    auto *box = new QWidget(m_dock);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    m_drift = new DriftNotice(box);
    m_drift->hide();
    m_panel = new PresetPanel(services->presets(), box);
    layout->addWidget(m_drift);
    layout->addWidget(m_panel, 1);
    m_dock->setWidget(box);
    m_panel->setFormSource([this] { return presetFromForm(); });
    m_undo = new PresetLoadUndo(form->draft(), form->window(), form, this);
    form->insertNotice(m_undo->notice());
    connect(m_undo, &PresetLoadUndo::statusMessage, this, &PresetController::statusMessage);
    connect(m_panel, &PresetPanel::saved, this, [this] { m_form->draft()->markUnmodified(); });

    connect(m_panel, &PresetPanel::message, this, &PresetController::statusMessage);
    connect(m_panel, &PresetPanel::loadRequested, this, [this](const Preset &preset) { open(preset, false); });
    connect(m_panel, &PresetPanel::runRequested, this, [this](const Preset &preset) { open(preset, true); });
    connect(m_drift, &DriftNotice::fixedLoadRequested, this, [this](const Preset &fixed) {
        apply(fixed, m_driftApp);
        finish(fixed, m_runAfterDrift);
    });
    connect(m_drift, &DriftNotice::asIsLoadRequested, this,
            [this](const Preset &preset, const QHash<int, QString> &problems) {
                apply(preset, m_driftApp, problems);
                if (!preset.batch.isEmpty())
                    Q_EMIT batchPresetLoaded(preset);
            });
}

void PresetController::addFileActions(QMenu *menu)
{
    QAction *save = menu->addAction(tr("Save &preset"), this, [this] { m_panel->saveCurrent(presetFromForm()); });
    save->setObjectName(QStringLiteral("savePresetMenuAction"));
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = menu->addAction(tr("Save preset &as…"), this, [this] { m_panel->saveAs(presetFromForm()); });
    saveAs->setObjectName(QStringLiteral("savePresetAsMenuAction"));
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    menu->addAction(tr("&Import presets…"), m_panel, &PresetPanel::importFromFile);
    menu->addAction(tr("&Export presets…"), m_panel, &PresetPanel::exportToFile);
    menu->addAction(tr("Import a &request from the clipboard"), m_panel, &PresetPanel::importFromClipboard);
}

Preset PresetController::presetFromForm() const
{
    const RunRequest request = m_form->request();
    Preset preset;
    preset.webappId = request.webappId;
    preset.appName = m_form->appInfo().name;
    preset.instanceType = request.instanceType;
    preset.webhookUrl = request.webhookUrl;
    preset.nodes = request.nodes;
    preset.server = m_services->connection()->server();
    const Draft *draft = m_form->draft();
    for (const NodeField &field : preset.nodes) {
        const MediaState media = draft->media(FieldKey::of(field));
        if (!media.localPath.isEmpty() && media.upload == MediaState::Upload::Done)
            preset.setLocalPath(field, media.localPath);
    }
    return preset;
}

void PresetController::open(const Preset &preset, bool runAfter)
{
    m_drift->hide();
    const qint64 opening = ++m_opening;
    // Shown at once; checked against the app's inputs when they are known (now, from the cache, or once loaded);
    // run only after that check. Edits it replaces can be brought back.
    m_undo->remember();
    apply(preset, {});
    m_undo->loaded(preset.name);
    m_services->apps()->require(preset.webappId, this,
                                [this, preset, runAfter, opening](const AppInfo &app, const ApiError &error) {
                                    if (opening != m_opening)
                                        return; // another preset was opened meanwhile
                                    if (!error.isError())
                                        check(preset, app, runAfter);
                                });
}

void PresetController::check(const Preset &preset, const AppInfo &app, bool runAfter)
{
    m_runAfterDrift = runAfter;
    m_driftApp = app;
    if (m_drift->showFor(preset, app)) {
        // The app changed: nothing runs until the user chose how to load it. Meanwhile the form shows the app
        // with the preset's values, inputs the app dropped kept.
        apply(preset, app);
        m_dock->show();
        Q_EMIT statusMessage(tr("The app “%1” changed since this preset was saved. See the notice.").arg(app.name));
        return;
    }
    apply(preset, app);
    finish(preset, runAfter);
}

void PresetController::finish(const Preset &preset, bool runAfter)
{
    // A batch preset's "run" is its batch: the dialog shows the runs, and nothing is sent before "Queue".
    if (!preset.batch.isEmpty())
        Q_EMIT batchPresetLoaded(preset);
    else if (runAfter)
        m_runs->run();
}

qint64 PresetController::saveBatch(const PresetBatch &batch)
{
    Preset preset = presetFromForm();
    preset.batch = batch;
    preset.name = QFileInfo(batch.sheetPath).completeBaseName();
    return m_panel->saveAs(preset);
}

void PresetController::apply(const Preset &preset, const AppInfo &app, const QHash<int, QString> &problems)
{
    Draft *draft = m_form->draft();
    draft->setRequest(preset.toRunRequest());
    if (app.webappId == preset.webappId && !app.nodes.isEmpty()) {
        // The preset's rows in the preset's order over the app's inputs: the drift notice already said what differs.
        draft->setApp(app, preset.nodes);
        draft->setRequest(preset.toRunRequest());
    }
    m_panel->setCurrentPresetId(preset.id);
    for (const NodeField &field : preset.nodes) {
        const QString path = preset.localPath(field);
        if (!path.isEmpty() && QFileInfo::exists(path))
            draft->setMedia(FieldKey::of(field), {MediaState::Upload::Done, path, QFileInfo(path).fileName()});
    }
    if (!problems.isEmpty())
        m_form->model()->setProblems(problems);
    Q_EMIT statusMessage(tr("Loaded preset “%1”.").arg(preset.name));
}

} // namespace rh
