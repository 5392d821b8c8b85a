#include "session/draftkeeper.h"

#include "model/draft.h"
#include "session/connection.h"
#include "store/draftstore.h"

#include <QFileInfo>

namespace rh {

DraftKeeper::DraftKeeper(Connection *connection, Draft *draft, DraftStore *store, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_draft(draft)
    , m_store(store)
    , m_server(connection->server())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(SaveDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftKeeper::save);
    connect(draft, &Draft::reset, this, &DraftKeeper::schedule);
    connect(draft, &Draft::fieldChanged, this, &DraftKeeper::schedule);
    connect(draft, &Draft::optionsChanged, this, &DraftKeeper::schedule);
    connect(draft, &Draft::modifiedChanged, this, &DraftKeeper::schedule);
    connect(connection, &Connection::changed, this, &DraftKeeper::onConnectionChanged);
}

DraftKeeper::~DraftKeeper()
{
    flush();
}

bool DraftKeeper::restore()
{
    if (!m_store)
        return false;
    std::optional<DraftState> state = m_store->load(m_connection->server());
    if (!state)
        return false;
    for (auto it = state->media.begin(); it != state->media.end();) {
        if (QFileInfo::exists(it->localPath))
            ++it;
        else
            it = state->media.erase(it);
    }
    m_restoring = true;
    m_draft->restore(*state);
    m_restoring = false;
    m_timer.stop(); // what was just read needs no writing
    return true;
}

void DraftKeeper::flush()
{
    if (m_timer.isActive())
        save();
}

void DraftKeeper::schedule()
{
    if (!m_restoring && m_store)
        m_timer.start();
}

void DraftKeeper::save()
{
    m_timer.stop();
    if (m_store)
        m_store->save(m_server, m_draft->state());
}

void DraftKeeper::onConnectionChanged()
{
    const QString server = m_connection->server();
    if (server == m_server)
        return;
    flush(); // what was typed for the last server stays with it
    m_server = server;
    restore();
}

} // namespace rh
