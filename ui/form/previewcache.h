#pragma once

#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>

namespace rh {

/// Small pictures of the user's files for media inputs, by local path, decoded off the GUI thread once each. The
/// node table and the form show the same previews; whoever asks first starts the decoding.
class PreviewCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewCache)
public:
    static constexpr int PreviewSize = 48;

    explicit PreviewCache(QObject *parent = nullptr);

    /// The preview when decoded, else a null pixmap.
    QPixmap preview(const QString &path) const { return m_previews.value(path); }
    /// Starts decoding @p path unless it is known or under way; previewReady() follows.
    void request(const QString &path);
    /// A preview made elsewhere (e.g. from a pasted picture).
    void insert(const QString &path, const QPixmap &preview);

Q_SIGNALS:
    void previewReady(const QString &path);

private:
    QHash<QString, QPixmap> m_previews;
    QSet<QString> m_pending;
};

} // namespace rh
