#pragma once

#include "api/apierror.h"
#include "model/appinfo.h"
#include "model/draft.h"
#include "model/runrequest.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <optional>

namespace rh {

class RequestForm;
class Services;

/// Loads an app's inputs into the Draft (cache first, then the server), says what changed on reload, and uploads
/// media picked for IMAGE/VIDEO/AUDIO inputs. An upload's result goes to its input (node + field), wherever the
/// row has moved meanwhile.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)
public:
    AppController(Services *services, RequestForm *form, QObject *parent = nullptr);

    /// Shows a request (history "Run again", a preset): its values over the app's inputs when those are known.
    void showRequest(const RunRequest &request);
    /// Reopens the last app from the cache, without network.
    void restoreLast();
    void reloadCurrent();

Q_SIGNALS:
    void statusMessage(const QString &sentence);

private:
    struct Upload
    {
        FieldKey key;
        QString path;
    };

    void load(const QString &webappId);
    QUrl appPage(const QString &webappId) const;
    bool haveKey(); ///< false (and says so) when there is no key
    void onArrived(const AppInfo &app, const ApiError &error);
    void onLoaded(const AppInfo &app, bool fromCache, const AppInfo &previous);
    void onFailed(const QString &webappId, const ApiError &error);
    void uploadFor(int row, const QString &path);
    void onUploaded(int ticket, const QString &fileName, bool fromCache);
    void onUploadRefused(int ticket, FieldSpec::FileCheck why);
    void onUploadFailed(int ticket, const ApiError &error);
    /// The input an upload ended for, when that input still waits for this very file.
    std::optional<Upload> takeUpload(int ticket);
    void failUpload(const Upload &upload, const QString &sentence);

    Services *m_services;
    RequestForm *m_form;
    Draft *m_draft;
    QHash<int, Upload> m_uploads; ///< ticket → the input and the file chosen for it
};

} // namespace rh
