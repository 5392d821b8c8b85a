#include "form/appcontroller.h"

#include "errortext.h"
#include "form/nodetableeditor.h"
#include "form/nodetablemodel.h"
#include "form/requestform.h"

#include "api/apiclient.h"
#include "apps/apploader.h"
#include "model/nodeinfoparser.h"
#include "model/presetdrift.h"
#include "session/services.h"
#include "store/appsettings.h"
#include "transfer/uploader.h"

#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QPixmap>

namespace rh {

namespace {

QString labels(const NodeFields &fields)
{
    QStringList names;
    for (const NodeField &field : fields)
        names.append(ErrorText::fieldLabel(field));
    return QLocale().createSeparatedList(names);
}

QPixmap previewOf(const QString &path)
{
    QImageReader reader(path);
    const QSize size = reader.size();
    if (!size.isValid())
        return {};
    reader.setScaledSize(size.scaled(48, 48, Qt::KeepAspectRatio));
    return QPixmap::fromImage(reader.read());
}

} // namespace

AppController::AppController(Services *services, RequestForm *form, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_form(form)
{
    AppLoader *apps = services->apps();
    connect(form, &RequestForm::loadAppRequested, this, &AppController::load);
    connect(form, &RequestForm::reloadAppRequested, this, &AppController::reloadCurrent);
    connect(apps, &AppLoader::loaded, this, &AppController::onLoaded);
    connect(apps, &AppLoader::failed, this, &AppController::onFailed);
    connect(form->nodeEditor(), &NodeTableEditor::mediaChosen, this, &AppController::uploadFor);
    connect(apps, &AppLoader::coverLoaded, this, [this](const QString &webappId, const QByteArray &bytes) {
        if (m_form->appInfo().webappId == webappId)
            m_form->setAppCover(QPixmap::fromImage(QImage::fromData(bytes)));
    });

    Uploader *uploader = services->uploader();
    connect(uploader, &Uploader::progress, this, [this](int ticket, qint64 sent, qint64 total) {
        if (m_uploadRows.contains(ticket) && total > 0)
            Q_EMIT statusMessage(tr("Uploading… %1%").arg(sent * 100 / total));
    });
    connect(uploader, &Uploader::uploaded, this, [this](int ticket, const QString &fileName, bool fromCache) {
        const int row = takeUploadRow(ticket);
        if (row < 0)
            return;
        NodeTableModel *model = m_form->model();
        const QString path = model->mediaPath(row);
        model->setFieldValue(row, fileName);
        model->setMedia(
            row, path, previewOf(path), NodeTableModel::Upload::Done,
            tr("%1 (%2 KB) → %3").arg(QFileInfo(path).fileName()).arg(QFileInfo(path).size() / 1024).arg(fileName));
        Q_EMIT statusMessage(
            fromCache ? tr("Already on RunningHub: %1 was not uploaded again.").arg(QFileInfo(path).fileName())
                      : tr("Uploaded %1.").arg(QFileInfo(path).fileName()));
    });
    connect(uploader, &Uploader::refused, this, [this](int ticket, FieldSpec::FileCheck why) {
        const int row = takeUploadRow(ticket);
        if (row < 0)
            return;
        NodeTableModel *model = m_form->model();
        QString sentence;
        switch (why) {
        case FieldSpec::FileCheck::TooLarge:
            sentence = tr("The file is larger than RunningHub's 30 MB limit. Compress it or choose a smaller file.");
            break;
        case FieldSpec::FileCheck::WrongType:
        case FieldSpec::FileCheck::NotMedia:
            sentence = tr("RunningHub does not take this kind of file here. Use one of: %1.")
                           .arg(model->spec(row).allowedExtensions().join(QStringLiteral(", ")));
            break;
        case FieldSpec::FileCheck::Empty:
        case FieldSpec::FileCheck::Ok:
            sentence = tr("The file is empty or cannot be read.");
        }
        model->setMedia(row, model->mediaPath(row), {}, NodeTableModel::Upload::Failed, sentence);
        model->setProblems({{row, sentence}});
        m_form->setAppStatus(sentence);
    });
    connect(uploader, &Uploader::failed, this, [this](int ticket, const ApiError &error) {
        const int row = takeUploadRow(ticket);
        if (row < 0)
            return;
        NodeTableModel *model = m_form->model();
        const QString sentence = ErrorText::forError(error);
        model->setMedia(row, model->mediaPath(row), {}, NodeTableModel::Upload::Failed, sentence);
        model->setProblems({{row, sentence}});
        m_form->setAppStatus(tr("The upload failed: %1").arg(sentence));
    });
}

bool AppController::useKey()
{
    const QString key = m_form->apiKey();
    if (key.isEmpty()) {
        m_form->setAppStatus(tr("Enter your API key first: RunningHub shows an app's inputs only to a key holder."));
        return false;
    }
    m_services->api()->setApiKey(key);
    return true;
}

QUrl AppController::appPage(const QString &webappId) const
{
    // Only the real sites have app pages; a sandbox or a proxy has none to link to.
    if (m_services->isBaseUrlOverridden() || m_services->settings().site() == Site::Custom)
        return {};
    return m_services->baseUrl().resolved(QUrl(QStringLiteral("/ai-detail/") + webappId));
}

void AppController::load(const QString &webappId)
{
    AppInfo app;
    if (!m_services->apps()->cached(webappId, &app) && !useKey())
        return;
    m_form->setAppStatus(tr("Loading the app's inputs…"));
    m_services->apps()->load(webappId);
}

void AppController::reloadCurrent()
{
    const QString id = extractWebappId(m_form->request().webappId);
    if (id.isEmpty()) {
        m_form->setAppStatus(ErrorText::forIssue({RequestIssue::Kind::MissingWebappId}, {}));
        return;
    }
    if (!useKey())
        return;
    m_form->setAppStatus(tr("Loading the app's inputs…"));
    m_services->apps()->reload(id);
}

void AppController::restoreLast()
{
    const AppSettings &settings = m_services->settings();
    RunRequest last;
    last.webappId = settings.lastWebappId();
    last.instanceType = settings.instanceType();
    last.webhookUrl = settings.webhookUrl();
    AppInfo app;
    if (!last.webappId.isEmpty() && m_services->apps()->cached(last.webappId, &app)) {
        m_form->setAppInfo(app);
        last.nodes = app.nodes;
    }
    m_form->setRequest(last);
}

void AppController::showRequest(const RunRequest &request)
{
    AppInfo app;
    if (m_services->apps()->cached(request.webappId, &app)) {
        m_form->setAppInfo(app);
        RunRequest merged = request;
        merged.nodes = mergeValues(app.nodes, request.nodes);
        m_form->setRequest(merged);
        return;
    }
    m_pending = request;
    m_form->setRequest(request);
    load(request.webappId);
}

void AppController::onLoaded(const AppInfo &app, bool fromCache, const AppInfo &previous)
{
    if (extractWebappId(m_form->request().webappId) != app.webappId)
        return; // the user moved on to another app meanwhile
    AppInfo shown = app;
    if (m_pending.webappId == app.webappId) {
        shown.nodes = mergeValues(app.nodes, m_pending.nodes);
        m_pending = {};
    } else if (m_form->appInfo().webappId == app.webappId && !m_form->appInfo().nodes.isEmpty()) {
        // A reload of the app being edited keeps what the user typed in the inputs that still exist.
        shown.nodes = mergeValues(app.nodes, m_form->request().nodes, false);
    }
    m_form->setAppInfo(shown);
    m_form->setAppPage(appPage(app.webappId));
    m_services->settings().setLastWebappId(app.webappId);
    if (fromCache || previous.nodes.isEmpty()) {
        Q_EMIT statusMessage(tr("Loaded “%1”: %n input(s).", nullptr, int(app.nodes.size()))
                                 .arg(ErrorText::appLabel(app.name, app.webappId)));
        return;
    }
    Preset before;
    before.nodes = previous.nodes;
    const PresetDrift changes = compareWithApp(before, app);
    if (changes.isEmpty()) {
        m_form->setAppStatus(tr("The app's inputs have not changed."));
        return;
    }
    QStringList parts;
    if (!changes.added.isEmpty())
        parts.append(tr("new: %1").arg(labels(changes.added)));
    if (!changes.removed.isEmpty())
        parts.append(tr("removed: %1").arg(labels(changes.removed)));
    NodeFields changed;
    for (const PresetDrift::TypeChange &change : changes.typeChanged)
        changed.append(*std::find_if(app.nodes.cbegin(), app.nodes.cend(), [&](const NodeField &f) {
            return f.nodeId == change.nodeId && f.fieldName == change.fieldName;
        }));
    for (const PresetDrift::OptionChange &change : changes.optionsChanged)
        changed.append(*std::find_if(app.nodes.cbegin(), app.nodes.cend(), [&](const NodeField &f) {
            return f.nodeId == change.nodeId && f.fieldName == change.fieldName;
        }));
    if (!changed.isEmpty())
        parts.append(tr("changed: %1").arg(labels(changed)));
    m_form->setAppStatus(
        tr("The app's inputs changed since it was last loaded — %1.").arg(parts.join(QStringLiteral("; "))));
}

void AppController::onFailed(const QString &webappId, const ApiError &error)
{
    if (extractWebappId(m_form->request().webappId) != webappId)
        return;
    m_form->setAppStatus(tr("The app's inputs could not be loaded. %1").arg(ErrorText::forError(error)));
}

int AppController::takeUploadRow(int ticket)
{
    const auto it = m_uploadRows.constFind(ticket);
    if (it == m_uploadRows.cend())
        return -1;
    const int row = it->first;
    const QString path = it->second;
    m_uploadRows.erase(it);
    // Not this upload's row any more: the table changed meanwhile (another app, rows moved) or another file was
    // chosen since. The upload stays known to the cache; the table is left alone.
    const NodeTableModel *model = m_form->model();
    if (row >= model->rowCount() || model->uploadState(row) != NodeTableModel::Upload::Uploading ||
        model->mediaPath(row) != path)
        return -1;
    return row;
}

void AppController::uploadFor(int row, const QString &path)
{
    NodeTableModel *model = m_form->model();
    const NodeField field = model->field(row);
    if (!useKey())
        return; // before marking the row, or it would wait for an upload that never started
    const QFileInfo info(path);
    model->setMedia(row, path, previewOf(path), NodeTableModel::Upload::Uploading,
                    tr("%1 (%2 KB), uploading…").arg(info.fileName()).arg(info.size() / 1024));
    const int ticket = m_services->uploader()->upload(path, field.fieldType);
    m_uploadRows.insert(ticket, {row, path});
}

} // namespace rh
