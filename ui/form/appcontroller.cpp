#include "form/appcontroller.h"

#include "errortext.h"
#include "form/nodetableeditor.h"
#include "form/nodetablemodel.h"
#include "form/requestform.h"
#include "imagework.h"

#include "apps/apploader.h"
#include "model/nodeinfoparser.h"
#include "model/presetdrift.h"
#include "session/services.h"
#include "store/appsettings.h"
#include "transfer/uploader.h"

#include <QFileInfo>
#include <QImage>
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

const QSize previewBox(48, 48);
const QSize coverBox(72, 72); // twice the header's label, so the form's own scaling keeps it sharp

/// The inputs of @p app named by the drift entries (whose type or options changed); entries it lacks are skipped.
template<typename Changes>
void appendInputs(const AppInfo &app, const Changes &changes, NodeFields *into)
{
    for (const auto &change : changes) {
        const auto it = std::find_if(app.nodes.cbegin(), app.nodes.cend(), [&](const NodeField &f) {
            return f.nodeId == change.nodeId && f.fieldName == change.fieldName;
        });
        if (it != app.nodes.cend())
            into->append(*it);
    }
}

} // namespace

AppController::AppController(Services *services, RequestForm *form, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_form(form)
    , m_draft(form->draft())
{
    AppLoader *apps = services->apps();
    connect(form, &RequestForm::loadAppRequested, this, &AppController::load);
    connect(form, &RequestForm::reloadAppRequested, this, &AppController::reloadCurrent);
    connect(apps, &AppLoader::loaded, this, &AppController::onLoaded);
    connect(apps, &AppLoader::failed, this, &AppController::onFailed);
    connect(form->nodeEditor(), &NodeTableEditor::mediaChosen, this, &AppController::uploadFor);
    connect(apps, &AppLoader::coverLoaded, this, [this](const QString &webappId, const QByteArray &bytes) {
        ImageWork::decodeScaledLater(bytes, coverBox, this, [this, webappId](const QImage &cover) {
            if (m_form->appInfo().webappId == webappId)
                m_form->setAppCover(QPixmap::fromImage(cover));
        });
    });

    Uploader *uploader = services->uploader();
    connect(uploader, &Uploader::progress, this, [this](int ticket, qint64 sent, qint64 total) {
        if (m_uploads.contains(ticket) && total > 0)
            Q_EMIT statusMessage(tr("Uploading… %1%").arg(sent * 100 / total));
    });
    connect(uploader, &Uploader::uploaded, this, &AppController::onUploaded);
    connect(uploader, &Uploader::refused, this, &AppController::onUploadRefused);
    connect(uploader, &Uploader::failed, this, &AppController::onUploadFailed);
}

bool AppController::haveKey()
{
    m_form->commitKey(); // what the key box shows now, also when it was not confirmed yet
    if (!m_services->connection()->apiKey().isEmpty())
        return true;
    m_form->setAppStatus(ErrorText::keyNeededForApp());
    return false;
}

QUrl AppController::appPage(const QString &webappId) const
{
    // Only the real sites have app pages; a sandbox or a proxy has none to link to.
    const Connection *connection = m_services->connection();
    if (connection->isFixed() || connection->site() == Site::Custom)
        return {};
    return connection->baseUrl().resolved(QUrl(QStringLiteral("/ai-detail/") + webappId));
}

void AppController::load(const QString &webappId)
{
    AppInfo app;
    if (!m_services->apps()->cached(webappId, &app) && !haveKey())
        return;
    m_form->setAppStatus(tr("Loading the app's inputs…"));
    m_services->apps()->require(webappId, this,
                                [this](const AppInfo &app, const ApiError &error) { onArrived(app, error); });
}

void AppController::reloadCurrent()
{
    const QString id = extractWebappId(m_form->request().webappId);
    if (id.isEmpty()) {
        m_form->setAppStatus(ErrorText::forIssue({RequestIssue::Kind::MissingWebappId}, {}));
        return;
    }
    if (!haveKey())
        return;
    m_form->setAppStatus(tr("Loading the app's inputs…"));
    m_services->apps()->reload(id, this, [this](const AppInfo &app, const ApiError &error) { onArrived(app, error); });
}

void AppController::restoreLast()
{
    const AppSettings &settings = m_services->settings();
    RunRequest last;
    last.webappId = settings.lastWebappId();
    last.instanceType = settings.instanceType();
    last.webhookUrl = settings.webhookUrl();
    m_draft->setRequest(last);
    AppInfo app;
    if (!last.webappId.isEmpty() && m_services->apps()->cached(last.webappId, &app))
        m_draft->setApp(app);
}

void AppController::showRequest(const RunRequest &request)
{
    m_draft->setRequest(request);
    AppInfo app;
    if (!m_services->apps()->cached(request.webappId, &app) && !haveKey())
        return; // the request stays shown as it is; Load app fetches the inputs once there is a key
    m_services->apps()->require(request.webappId, this,
                                [this](const AppInfo &app, const ApiError &error) { onArrived(app, error); });
}

void AppController::onArrived(const AppInfo &app, const ApiError &error)
{
    // The user may have moved on to another app meanwhile: then this one is only cached.
    if (error.isError() || extractWebappId(m_draft->webappId()) != app.webappId)
        return;
    m_draft->appArrived(app);
    m_form->setAppPage(appPage(app.webappId));
}

void AppController::onLoaded(const AppInfo &app, bool fromCache, const AppInfo &previous)
{
    if (extractWebappId(m_draft->webappId()) != app.webappId)
        return;
    m_services->settings().setLastWebappId(app.webappId);
    if (fromCache || previous.nodes.isEmpty()) {
        m_form->setAppStatus({});
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
    appendInputs(app, changes.typeChanged, &changed);
    appendInputs(app, changes.optionsChanged, &changed);
    if (!changed.isEmpty())
        parts.append(tr("changed: %1").arg(labels(changed)));
    m_form->setAppStatus(
        tr("The app's inputs changed since it was last loaded — %1.").arg(parts.join(QStringLiteral("; "))));
}

void AppController::onFailed(const QString &webappId, const ApiError &error)
{
    if (extractWebappId(m_draft->webappId()) != webappId)
        return;
    m_form->setAppStatus(ErrorText::forAppLoadFailure(error));
}

void AppController::uploadFor(int row, const QString &path)
{
    if (row < 0 || row >= m_draft->rowCount() || !haveKey())
        return; // no key: before marking the input, or it would wait for an upload that never started
    const NodeField field = m_draft->field(row);
    const QFileInfo info(path);
    m_form->model()->setMedia(row, path, {}, NodeTableModel::Upload::Uploading,
                              tr("%1 (%2 KB), uploading…").arg(info.fileName()).arg(info.size() / 1024));
    ImageWork::readScaledLater(path, previewBox, this, [this, path](const QImage &preview) {
        m_form->model()->setPreview(path, QPixmap::fromImage(preview));
    });
    const int ticket = m_services->uploader()->upload(path, field.fieldType);
    m_uploads.insert(ticket, {FieldKey::of(field), path});
}

std::optional<AppController::Upload> AppController::takeUpload(int ticket)
{
    const auto it = m_uploads.constFind(ticket);
    if (it == m_uploads.cend())
        return std::nullopt;
    const Upload upload = *it;
    m_uploads.erase(it);
    // The input no longer waits for this file (another app, the row removed, another file chosen since): the
    // upload stays known to the cache; the form is left alone.
    const MediaState media = m_draft->media(upload.key);
    if (media.upload != MediaState::Upload::Uploading || media.localPath != upload.path)
        return std::nullopt;
    return upload;
}

void AppController::onUploaded(int ticket, const QString &fileName, bool fromCache)
{
    const std::optional<Upload> upload = takeUpload(ticket);
    if (!upload)
        return;
    const QFileInfo info(upload->path);
    for (int row : m_draft->rowsOf(upload->key))
        m_draft->setValue(row, fileName);
    m_draft->setMedia(upload->key, {MediaState::Upload::Done, upload->path,
                                    tr("%1 (%2 KB) → %3").arg(info.fileName()).arg(info.size() / 1024).arg(fileName)});
    Q_EMIT statusMessage(fromCache ? tr("Already on RunningHub: %1 was not uploaded again.").arg(info.fileName())
                                   : tr("Uploaded %1.").arg(info.fileName()));
}

void AppController::onUploadRefused(int ticket, FieldSpec::FileCheck why)
{
    const std::optional<Upload> upload = takeUpload(ticket);
    if (!upload)
        return;
    const QList<int> rows = m_draft->rowsOf(upload->key);
    const QString sentence =
        ErrorText::forFileCheck(why, rows.isEmpty() ? QStringList() : m_draft->spec(rows.first()).allowedExtensions());
    if (sentence.isEmpty())
        return; // never refused for being fine
    failUpload(*upload, sentence);
    m_form->setAppStatus(sentence);
}

void AppController::onUploadFailed(int ticket, const ApiError &error)
{
    const std::optional<Upload> upload = takeUpload(ticket);
    if (!upload)
        return;
    failUpload(*upload, ErrorText::forError(error));
    m_form->setAppStatus(ErrorText::forUploadFailure(error));
}

void AppController::failUpload(const Upload &upload, const QString &sentence)
{
    m_draft->setMedia(upload.key, {MediaState::Upload::Failed, upload.path, sentence});
    QHash<int, QString> problems;
    for (int row : m_draft->rowsOf(upload.key))
        problems.insert(row, sentence);
    m_form->model()->setProblems(problems);
}

} // namespace rh
