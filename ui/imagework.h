#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>

class QObject;

namespace rh {

/// Picture work kept off the GUI thread: decoding (scaled while reading where the format allows) and PNG
/// encoding. The *Later functions run on Qt's global thread pool and call `done` on the GUI thread when the work
/// ends, through `context`: when context is destroyed first (a closed window), `done` is never called.
class ImageWork final
{
public:
    ImageWork() = delete;

    /// Reads a picture file to fit in box: aspect ratio kept, EXIF orientation applied, never enlarged. A null
    /// image when it cannot be read. Blocking: for workers.
    static QImage readScaled(const QString &path, const QSize &box);
    /// The same for an encoded picture in memory (a downloaded cover).
    static QImage decodeScaled(const QByteArray &bytes, const QSize &box);
    /// Writes image as PNG through a temporary file, so path ends up whole or untouched. Blocking: for workers.
    static bool savePng(const QImage &image, const QString &path);

    static void readScaledLater(const QString &path, const QSize &box, QObject *context,
                                std::function<void(const QImage &)> done);
    static void decodeScaledLater(const QByteArray &bytes, const QSize &box, QObject *context,
                                  std::function<void(const QImage &)> done);
    static void savePngLater(const QImage &image, const QString &path, QObject *context,
                             std::function<void(bool saved)> done);
};

} // namespace rh
