#pragma once

#include "api/apierror.h"
#include "model/appinfo.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace rh {

class ApiCall;
class ApiClient;
class AppCache;
class Connection;

/// Gets an app's inputs from the current server: from the cache at once when it has them (so a known app opens
/// offline), else from GET /api/webapp/apiCallDemo, which also refreshes the cache. reload() always asks the server.
/// Every entry belongs to the server it came from (Connection::server()).
class AppLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppLoader)
public:
    using Done = std::function<void(const AppInfo &app, const ApiError &error)>;
    /// A cover larger than this is not a thumbnail: the transfer stops there and the header shows no picture.
    static constexpr qint64 MaxCoverBytes = 2 * 1024 * 1024;

    AppLoader(Connection *connection, ApiClient *api, AppCache *cache, QObject *parent = nullptr);

    void load(const QString &webappId);
    /// Asks the server even when the app is cached; @p done (when given) as for require().
    void reload(const QString &webappId, QObject *context = nullptr, const Done &done = {});
    /// The cached inputs of the current server, if any, without a network call.
    bool cached(const QString &webappId, AppInfo *app) const;
    /// The one way to wait for an app: calls @p done exactly once — right away when the app is cached, else when it
    /// has been loaded (error empty) or could not be (error set, app empty). Nothing is called once @p context is
    /// gone. Loads the app when needed; loaded() follows as for load().
    void require(const QString &webappId, QObject *context, const Done &done);

Q_SIGNALS:
    /// previous: what the cache held before a fetch (empty nodes when nothing), so the UI can say what changed.
    void loaded(const rh::AppInfo &app, bool fromCache, const rh::AppInfo &previous);
    void failed(const QString &webappId, const rh::ApiError &error);
    void loadingChanged(bool loading);
    /// The app's cover picture (thumbnail when offered, at most MaxCoverBytes), fetched after loaded(); nothing
    /// on failure.
    void coverLoaded(const QString &webappId, const QByteArray &bytes);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };

    void fetch(const QString &webappId);
    void fetchCover(const AppInfo &app);
    void answer(const QString &key, const AppInfo &app, const ApiError &error);
    QString keyFor(const QString &server, const QString &webappId) const
    {
        return server + QLatin1Char('\n') + webappId;
    }

    Connection *m_connection;
    ApiClient *m_api;
    AppCache *m_cache;
    QHash<QString, QPointer<ApiCall>> m_calls; ///< server + id → the fetch under way
    QHash<QString, QList<Waiter>> m_waiters;   ///< server + id → who waits for it
};

} // namespace rh
