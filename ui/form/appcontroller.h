#pragma once

#include "api/apierror.h"
#include "model/appinfo.h"
#include "model/runrequest.h"

#include <QHash>
#include <QObject>
#include <QUrl>

namespace rh {

class RequestForm;
class Services;

/// Loads an app's inputs into the form (cache first, then the server), says what changed on reload, and
/// uploads media picked for IMAGE/VIDEO/AUDIO rows.
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
    void load(const QString &webappId);
    QUrl appPage(const QString &webappId) const;
    bool useKey(); ///< hands the form's key to the API client; false (and says so) when there is none
    void onLoaded(const AppInfo &app, bool fromCache, const AppInfo &previous);
    void onFailed(const QString &webappId, const ApiError &error);
    void uploadFor(int row, const QString &path);
    int takeUploadRow(int ticket); ///< the row an upload ended for, -1 when that row no longer waits for it

    Services *m_services;
    RequestForm *m_form;
    RunRequest m_pending;                         ///< a request waiting for its app's inputs
    QHash<int, QPair<int, QString>> m_uploadRows; ///< ticket → row and the file chosen for it
};

} // namespace rh
