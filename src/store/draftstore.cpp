#include "store/draftstore.h"

#include "store/database.h"
#include "store/nodesjson.h"
#include "store/storelog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace rh {

namespace {

constexpr int FormatVersion = 1;

QJsonArray nodesArray(const NodeFields &nodes)
{
    return QJsonDocument::fromJson(nodesToJson(nodes)).array();
}

NodeFields nodesOf(const QJsonValue &value)
{
    return nodesFromJson(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

QJsonArray mediaArray(const QHash<FieldKey, MediaState> &media)
{
    QJsonArray array;
    for (auto it = media.cbegin(); it != media.cend(); ++it) {
        if (it->upload != MediaState::Upload::Done || it->localPath.isEmpty())
            continue;
        array.append(QJsonObject{{QLatin1String("nodeId"), it.key().nodeId},
                                 {QLatin1String("fieldName"), it.key().fieldName},
                                 {QLatin1String("localPath"), it->localPath},
                                 {QLatin1String("note"), it->note}});
    }
    return array;
}

QHash<FieldKey, MediaState> mediaOf(const QJsonArray &array)
{
    QHash<FieldKey, MediaState> media;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const FieldKey key{object.value(QLatin1String("nodeId")).toString(),
                           object.value(QLatin1String("fieldName")).toString()};
        const QString path = object.value(QLatin1String("localPath")).toString();
        if (!path.isEmpty())
            media.insert(key, {MediaState::Upload::Done, path, object.value(QLatin1String("note")).toString()});
    }
    return media;
}

QJsonObject requestObject(const RunRequest &request)
{
    return {{QLatin1String("webappId"), request.webappId},
            {QLatin1String("nodes"), nodesArray(request.nodes)},
            {QLatin1String("instanceType"), request.instanceType},
            {QLatin1String("webhookUrl"), request.webhookUrl}};
}

RunRequest requestOf(const QJsonObject &object)
{
    RunRequest request;
    request.webappId = object.value(QLatin1String("webappId")).toString();
    request.nodes = nodesOf(object.value(QLatin1String("nodes")));
    request.instanceType = object.value(QLatin1String("instanceType")).toString();
    request.webhookUrl = object.value(QLatin1String("webhookUrl")).toString();
    return request;
}

} // namespace

DraftStore::DraftStore(Database *db)
    : m_db(db)
{
    Q_ASSERT(db);
}

QByteArray DraftStore::toJson(const DraftState &state)
{
    const QJsonObject app{{QLatin1String("webappId"), state.app.webappId},
                          {QLatin1String("name"), state.app.name},
                          {QLatin1String("coverUrl"), state.app.coverUrl},
                          {QLatin1String("thumbnailUrl"), state.app.thumbnailUrl},
                          {QLatin1String("nodes"), nodesArray(state.app.nodes)}};
    const QJsonObject object{{QLatin1String("version"), FormatVersion},
                             {QLatin1String("webappId"), state.webappId},
                             {QLatin1String("rowsApp"), state.rowsApp},
                             {QLatin1String("app"), app},
                             {QLatin1String("fields"), nodesArray(state.fields)},
                             {QLatin1String("instanceType"), state.instanceType},
                             {QLatin1String("webhookUrl"), state.webhookUrl},
                             {QLatin1String("media"), mediaArray(state.media)},
                             {QLatin1String("baseline"), requestObject(state.baseline)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<DraftState> DraftStore::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject object = document.object();
    if (!document.isObject() || object.value(QLatin1String("version")).toInt() != FormatVersion)
        return std::nullopt;
    DraftState state;
    state.webappId = object.value(QLatin1String("webappId")).toString();
    state.rowsApp = object.value(QLatin1String("rowsApp")).toString();
    const QJsonObject app = object.value(QLatin1String("app")).toObject();
    state.app.webappId = app.value(QLatin1String("webappId")).toString();
    state.app.name = app.value(QLatin1String("name")).toString();
    state.app.coverUrl = app.value(QLatin1String("coverUrl")).toString();
    state.app.thumbnailUrl = app.value(QLatin1String("thumbnailUrl")).toString();
    state.app.nodes = nodesOf(app.value(QLatin1String("nodes")));
    state.fields = nodesOf(object.value(QLatin1String("fields")));
    state.instanceType = object.value(QLatin1String("instanceType")).toString();
    state.webhookUrl = object.value(QLatin1String("webhookUrl")).toString();
    state.media = mediaOf(object.value(QLatin1String("media")).toArray());
    state.baseline = requestOf(object.value(QLatin1String("baseline")).toObject());
    return state;
}

bool DraftStore::save(const QString &server, const DraftState &state)
{
    return m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO drafts (server, draft_json, saved_at) VALUES (?, ?, ?)"));
        query.addBindValue(Database::text(server));
        query.addBindValue(QString::fromUtf8(toJson(state)));
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!query.exec()) {
            qCWarning(lcStore) << "draft not saved:" << query.lastError().text();
            return false;
        }
        return true;
    });
}

std::optional<DraftState> DraftStore::load(const QString &server) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT draft_json FROM drafts WHERE server = ?"));
    query.addBindValue(Database::text(server));
    if (!query.exec() || !query.next())
        return std::nullopt;
    const std::optional<DraftState> state = fromJson(query.value(0).toString().toUtf8());
    if (!state)
        qCWarning(lcStore) << "stored draft unreadable for" << server;
    return state;
}

bool DraftStore::remove(const QString &server)
{
    return m_db->transaction([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM drafts WHERE server = ?"));
        query.addBindValue(Database::text(server));
        return query.exec();
    });
}

} // namespace rh
