#pragma once

#include <QByteArray>
#include <QIODevice>

namespace rh {

/// A request body that can be sent only once.
///
/// Qt's HTTP/1 channel silently sends a request again (up to twice) when the server closes the connection before
/// answering, POST included: for a run submission that creates and charges a second task. Qt can only resend if it
/// can rewind the body, so this device refuses to rewind once any byte has been read; Qt then ends the reply with
/// ContentReSendError and ApiCall reports UnknownOutcome. Rewinding before the first byte stays allowed, so a
/// stale keep-alive connection that failed before anything of the body went out is still retried by Qt.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override;
    bool seek(qint64 pos) override;
    qint64 size() const override { return m_data.size(); }

    bool wasRead() const { return m_offset > 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace rh
