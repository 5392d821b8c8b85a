#include "apps/apploader.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/replies.h"
#include "session/connection.h"
#include "store/appcache.h"

namespace rh {

namespace {

constexpr int CoverTimeoutMs = 15000;

} // namespace

AppLoader::AppLoader(Connection *connection, ApiClient *api, AppCache *cache, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_api(api)
    , m_cache(cache)
{
    Q_ASSERT(connection && api);
}

bool AppLoader::cached(const QString &webappId, AppInfo *app) const
{
    if (!m_cache)
        return false;
    const std::optional<CachedApp> entry = m_cache->load(m_connection->server(), webappId);
    if (!entry || entry->info.nodes.isEmpty())
        return false;
    *app = entry->info;
    return true;
}

void AppLoader::load(const QString &webappId)
{
    AppInfo app;
    if (cached(webappId, &app)) {
        Q_EMIT loaded(app, true, app);
        fetchCover(app);
        return;
    }
    fetch(webappId);
}

void AppLoader::reload(const QString &webappId, QObject *context, const Done &done)
{
    if (done)
        m_waiters[keyFor(m_connection->server(), webappId)].append({context, done});
    fetch(webappId);
}

void AppLoader::require(const QString &webappId, QObject *context, const Done &done)
{
    AppInfo app;
    if (cached(webappId, &app)) {
        done(app, {});
        Q_EMIT loaded(app, true, app);
        fetchCover(app);
        return;
    }
    reload(webappId, context, done);
}

void AppLoader::answer(const QString &key, const AppInfo &app, const ApiError &error)
{
    const QList<Waiter> waiters = m_waiters.take(key);
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(app, error);
    }
}

void AppLoader::fetch(const QString &webappId)
{
    const QString server = m_connection->server();
    const QString key = keyFor(server, webappId);
    if (m_calls.value(key))
        return; // already asking
    ApiCall *call = m_api->appInfo(m_connection->endpoint(), webappId);
    m_calls.insert(key, call);
    Q_EMIT loadingChanged(true);
    connect(call, &ApiCall::finished, this, [this, webappId, server, key](const ApiResult &result) {
        m_calls.remove(key);
        Q_EMIT loadingChanged(!m_calls.isEmpty());
        ApiError error = result.error;
        AppInfo app;
        if (result.ok())
            app = decodeAppInfo(webappId, result.data, &error);
        if (error.isError()) {
            answer(key, {}, error);
            if (server == m_connection->server())
                Q_EMIT failed(webappId, error);
            return;
        }
        AppInfo previous;
        if (m_cache) {
            if (const std::optional<CachedApp> before = m_cache->load(server, webappId))
                previous = before->info;
            m_cache->store(server, app);
        }
        answer(key, app, {});
        // An answer of the server the user has since left is cached for it, but not shown.
        if (server != m_connection->server())
            return;
        Q_EMIT loaded(app, false, previous);
        fetchCover(app);
    });
}

void AppLoader::fetchCover(const AppInfo &app)
{
    const QString address = app.thumbnailUrl.isEmpty() ? app.coverUrl : app.thumbnailUrl;
    if (address.isEmpty())
        return;
    const QUrl url = m_connection->baseUrl().resolved(QUrl(address));
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return;
    const QString webappId = app.webappId;
    ApiCall *call = m_api->fetchPublicFile(url, MaxCoverBytes, CoverTimeoutMs);
    connect(call, &ApiCall::finished, this, [this, webappId](const ApiResult &result) {
        // A cover is decoration: any failure (too large included) just leaves the header without a picture.
        if (result.ok() && !result.body.isEmpty())
            Q_EMIT coverLoaded(webappId, result.body);
    });
}

} // namespace rh
