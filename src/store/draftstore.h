#pragma once

#include "model/draft.h"

#include <QByteArray>
#include <optional>

namespace rh {

class Database;

/// The form kept across restarts, one per server (table drafts). Never the API key: a DraftState holds none.
/// Of the media inputs only finished uploads are kept (their local file and the fileName the server gave);
/// an upload under way or failed is not a state to come back to.
class DraftStore final
{
    Q_DISABLE_COPY_MOVE(DraftStore)
public:
    /// @p db must be open and outlive this store.
    explicit DraftStore(Database *db);

    bool save(const QString &server, const DraftState &state);
    std::optional<DraftState> load(const QString &server) const;
    bool remove(const QString &server);

    /// The stored form: a JSON object (version 1) with the app, the rows, the options, the baseline and the local
    /// files of finished uploads.
    static QByteArray toJson(const DraftState &state);
    /// Lenient about missing members; nullopt when @p json is not a version-1 draft object.
    static std::optional<DraftState> fromJson(const QByteArray &json);

private:
    Database *m_db;
};

} // namespace rh
