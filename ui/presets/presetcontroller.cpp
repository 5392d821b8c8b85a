#include "presets/presetcontroller.h"

#include "form/nodetablemodel.h"
#include "form/requestform.h"
#include "presets/driftnotice.h"
#include "presets/presetpanel.h"
#include "task/runcontroller.h"

#include "api/apiclient.h"
#include "apps/apploader.h"
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

    connect(m_panel, &PresetPanel::message, this, &PresetController::statusMessage);
    connect(m_panel, &PresetPanel::loadRequested, this, [this](const Preset &preset) { open(preset, false); });
    connect(m_panel, &PresetPanel::runRequested, this, [this](const Preset &preset) { open(preset, true); });
    connect(m_drift, &DriftNotice::fixedLoadRequested, this, [this](const Preset &fixed) {
        apply(fixed);
        if (m_runAfterDrift)
            m_runs->run();
    });
    connect(m_drift, &DriftNotice::asIsLoadRequested, this,
            [this](const Preset &preset, const QHash<int, QString> &problems) { apply(preset, problems); });
    connect(services->apps(), &AppLoader::loaded, this,
            [this](const AppInfo &app, bool, const AppInfo &) { onAppLoaded(app); });
    connect(services->apps(), &AppLoader::failed, this, [this](const QString &webappId) {
        if (m_waiting.webappId == webappId) {
            m_waiting = {}; // never run it later, when the user loads the app for another reason
            m_runWaiting = false;
        }
    });
}

void PresetController::addFileActions(QMenu *menu)
{
    QAction *save = menu->addAction(tr("&Save preset"), this, [this] { m_panel->saveCurrent(presetFromForm()); });
    save->setObjectName(QStringLiteral("savePresetMenuAction"));
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = menu->addAction(tr("Save preset &as…"), this, [this] { m_panel->saveAs(presetFromForm()); });
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
    const NodeTableModel *model = m_form->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString path = model->mediaPath(row);
        if (!path.isEmpty() && model->uploadState(row) == NodeTableModel::Upload::Done)
            preset.setLocalPath(model->field(row), path);
    }
    return preset;
}

void PresetController::open(const Preset &preset, bool runAfter)
{
    m_drift->hide();
    AppInfo app;
    if (m_services->apps()->cached(preset.webappId, &app)) {
        check(preset, app, runAfter);
        return;
    }
    // Not seen before: show it now, check it when the app's inputs arrive, run only after that check.
    m_waiting = preset;
    m_runWaiting = runAfter;
    apply(preset);
    m_services->api()->setApiKey(m_form->apiKey()); // only a key holder may see an app's inputs
    m_services->apps()->load(preset.webappId);
}

void PresetController::onAppLoaded(const AppInfo &app)
{
    if (m_waiting.webappId.isEmpty() || m_waiting.webappId != app.webappId)
        return;
    const Preset preset = m_waiting;
    const bool runAfter = m_runWaiting;
    m_waiting = {};
    m_runWaiting = false;
    check(preset, app, runAfter);
}

void PresetController::check(const Preset &preset, const AppInfo &app, bool runAfter)
{
    m_runAfterDrift = runAfter;
    m_form->setAppInfo(app); // the app's name and labels, also when the notice waits for the user's choice
    if (m_drift->showFor(preset, app)) {
        // The app changed: nothing runs until the user chose how to load it.
        apply(preset);
        m_dock->show();
        Q_EMIT statusMessage(tr("The app “%1” changed since this preset was saved. See the notice.").arg(app.name));
        return;
    }
    apply(preset);
    if (runAfter)
        m_runs->run();
}

void PresetController::apply(const Preset &preset, const QHash<int, QString> &problems)
{
    m_form->setRequest(preset.toRunRequest());
    m_panel->setCurrentPresetId(preset.id);
    NodeTableModel *model = m_form->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString path = preset.localPath(model->field(row));
        if (!path.isEmpty() && QFileInfo::exists(path))
            model->setMedia(row, path, {}, NodeTableModel::Upload::Done, QFileInfo(path).fileName());
    }
    if (!problems.isEmpty())
        model->setProblems(problems);
    Q_EMIT statusMessage(tr("Loaded preset “%1”.").arg(preset.name));
}

} // namespace rh
