#pragma once

#include "progressscript.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <vector>

class QHttpServer;
class QWebSocket;

namespace rh::sandbox {

class SandboxApi;

/// The sandbox's progress websockets at SandboxApi::progressPath. Takes the websocket upgrades the HTTP server
/// receives there, keeps the ones that name a task's netWssUrl and tells each its task's story in ComfyUI messages
/// while the simulated clock runs (progressMessages); closes the socket once the task ended. A wrong clientId or
/// taskId is closed at once with 1008 (policy violation); another path gets the server's plain 404.
class ProgressHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressHub)
public:
    using Clock = std::function<qint64()>;

    ProgressHub(QHttpServer &http, const SandboxApi &api, Clock now, QObject *parent = nullptr);
    ~ProgressHub() override;

    /// Sends each listener what happened since the last tick. A timer calls it while anyone listens.
    void tick();
    /// Sockets open on a task's progress.
    int listenerCount() const { return int(m_listeners.size()); }

    static constexpr int tickMs = 100;

private:
    struct Listener
    {
        QWebSocket *socket = nullptr;
        QString taskId;
        ProgressTold told;
    };

    void acceptPending();
    void accept(QWebSocket *socket);
    void forget(QWebSocket *socket);

    QHttpServer &m_http;
    const SandboxApi &m_api;
    Clock m_now;
    QTimer m_timer;
    std::vector<Listener> m_listeners;
};

} // namespace rh::sandbox
