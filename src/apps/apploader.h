#pragma once

#include "api/apierror.h"
#include "model/appinfo.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace rh {

class ApiCall;
class ApiClient;
class AppCache;

/// Gets an app's inputs: from the cache at once when it has them (so a known app opens offline), else from
/// GET /api/webapp/apiCallDemo, which also refreshes the cache. reload() always asks the server.
class AppLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppLoader)
public:
    /// A cover larger than this is not a thumbnail: the transfer stops there and the header shows no picture.
    static constexpr qint64 MaxCoverBytes = 2 * 1024 * 1024;

    AppLoader(ApiClient *api, AppCache *cache, QObject *parent = nullptr);

    void load(const QString &webappId);
    void reload(const QString &webappId);
    /// The cached inputs, if any, without a network call.
    bool cached(const QString &webappId, AppInfo *app) const;

Q_SIGNALS:
    /// previous: what the cache held before a fetch (empty nodes when nothing), so the UI can say what changed.
    void loaded(const rh::AppInfo &app, bool fromCache, const rh::AppInfo &previous);
    void failed(const QString &webappId, const rh::ApiError &error);
    void loadingChanged(bool loading);
    /// The app's cover picture (thumbnail when offered, at most MaxCoverBytes), fetched after loaded(); nothing
    /// on failure.
    void coverLoaded(const QString &webappId, const QByteArray &bytes);

private:
    void fetch(const QString &webappId);
    void fetchCover(const AppInfo &app);

    ApiClient *m_api;
    AppCache *m_cache;
    QHash<QString, QPointer<ApiCall>> m_calls;
};

} // namespace rh
