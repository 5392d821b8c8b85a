#include "apps/apploader.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/replies.h"
#include "store/appcache.h"

namespace rh {

namespace {

constexpr int CoverTimeoutMs = 15000;

} // namespace

AppLoader::AppLoader(ApiClient *api, AppCache *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{}

bool AppLoader::cached(const QString &webappId, AppInfo *app) const
{
    if (!m_cache)
        return false;
    const std::optional<CachedApp> entry = m_cache->load(webappId);
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

void AppLoader::reload(const QString &webappId)
{
    fetch(webappId);
}

void AppLoader::fetch(const QString &webappId)
{
    if (m_calls.value(webappId))
        return; // already asking
    ApiCall *call = m_api->appInfo(webappId);
    m_calls.insert(webappId, call);
    Q_EMIT loadingChanged(true);
    connect(call, &ApiCall::finished, this, [this, webappId](const ApiResult &result) {
        m_calls.remove(webappId);
        Q_EMIT loadingChanged(!m_calls.isEmpty());
        if (!result.ok()) {
            Q_EMIT failed(webappId, result.error);
            return;
        }
        ApiError error;
        const AppInfo app = decodeAppInfo(webappId, result.data, &error);
        if (error.isError()) {
            Q_EMIT failed(webappId, error);
            return;
        }
        AppInfo previous;
        cached(webappId, &previous);
        if (m_cache)
            m_cache->store(app);
        Q_EMIT loaded(app, false, previous);
        fetchCover(app);
    });
}

void AppLoader::fetchCover(const AppInfo &app)
{
    const QString address = app.thumbnailUrl.isEmpty() ? app.coverUrl : app.thumbnailUrl;
    if (address.isEmpty())
        return;
    const QUrl url = m_api->baseUrl().resolved(QUrl(address));
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
