#include "form/previewcache.h"

#include "imagework.h"

#include <QGuiApplication>
#include <QImage>
#include <QtMath>

namespace rh {

PreviewCache::PreviewCache(QObject *parent)
    : QObject(parent)
{}

void PreviewCache::request(const QString &path)
{
    if (path.isEmpty() || m_previews.contains(path) || m_pending.contains(path))
        return;
    m_pending.insert(path);
    // Sharp on a 2x screen too: decoded at the screen's pixel size, shown at PreviewSize.
    const qreal ratio = qApp->devicePixelRatio();
    const int side = qCeil(PreviewSize * ratio);
    ImageWork::readScaledLater(path, QSize(side, side), this, [this, path, ratio](const QImage &image) {
        m_pending.remove(path);
        // A file that is not a picture (video, sound) keeps no preview; it is not asked for again.
        QPixmap preview = QPixmap::fromImage(image);
        preview.setDevicePixelRatio(ratio);
        insert(path, preview);
    });
}

void PreviewCache::insert(const QString &path, const QPixmap &preview)
{
    m_previews.insert(path, preview);
    Q_EMIT previewReady(path);
}

} // namespace rh
