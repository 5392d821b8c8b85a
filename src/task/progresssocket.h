#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

class QWebSocket;

namespace rh {

/// One ComfyUI event from a task's websocket, reduced to what a progress bar needs.
struct ProgressEvent
{
    enum class Kind {
        Ignored,          ///< not JSON, unknown type, status/preview messages, wrong types
        Progress,         ///< {"type":"progress","data":{"node":"3","value":10,"max":20}}
        Executing,        ///< {"type":"executing","data":{"node":"3"}}; node "" (null) = nothing left to run
        ExecutionCached,  ///< {"type":"execution_cached","data":{"nodes":[…]}}
        ExecutionSuccess, ///< {"type":"execution_success",…}
        ExecutionError,   ///< {"type":"execution_error",…} or execution_interrupted
    };
    Kind kind = Kind::Ignored;
    QString node; ///< node id as text ("" when absent or null)
    int value = 0;
    int max = 0;

    friend bool operator==(const ProgressEvent &a, const ProgressEvent &b)
    {
        return a.kind == b.kind && a.node == b.node && a.value == b.value && a.max == b.max;
    }
};

/// Pure: one text message → event. Lenient: anything unexpected gives Kind::Ignored.
ProgressEvent parseProgressMessage(const QByteArray &message);

/// The live progress of one task over its netWssUrl. Best effort only: RunningHub calls the socket unstable,
/// so any error closes it quietly; polling alone decides the task's outcome. Sends nothing, not even the key.
class ProgressSocket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressSocket)
public:
    explicit ProgressSocket(QObject *parent = nullptr);
    ~ProgressSocket() override;

    /// Opens url (ws:// or wss:// only; anything else is ignored). Reopening the same URL does nothing.
    void open(const QUrl &url);
    void close();
    bool isOpen() const;
    QUrl url() const { return m_url; }

Q_SIGNALS:
    /// value of max steps of the current node; (0, 0) = busy, amount unknown (a new node started).
    void progress(int value, int max);
    void event(const rh::ProgressEvent &event);
    /// The socket closed (error, server close or close()); nothing more will come until open() again.
    void closed();

private:
    void onTextMessage(const QString &message);
    void onDisconnected();

    QWebSocket *m_socket = nullptr;
    QUrl m_url;
    int m_lastMax = 0;
};

} // namespace rh
