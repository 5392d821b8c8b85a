#include "imagework.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace rh {

namespace {

/// Asks the reader for only as many pixels as box needs (formats such as JPEG decode at that size directly).
QImage readFitting(QImageReader &reader, const QSize &box)
{
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > box.width() || full.height() > box.height()))
        reader.setScaledSize(full.scaled(box, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    if (!image.isNull() && (image.width() > box.width() || image.height() > box.height())) // size was unknown
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

/// Runs work on the global pool; its result reaches done on context's thread unless context is gone by then
/// (the watcher is context's child, so it goes with it and nothing is delivered).
template<typename T, typename Work>
void runLater(QObject *context, Work work, std::function<void(const T &)> done)
{
    Q_ASSERT(context);
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

QImage ImageWork::readScaled(const QString &path, const QSize &box)
{
    QImageReader reader(path);
    return readFitting(reader, box);
}

QImage ImageWork::decodeScaled(const QByteArray &bytes, const QSize &box)
{
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&buffer);
    return readFitting(reader, box);
}

bool ImageWork::savePng(const QImage &image, const QString &path)
{
    QSaveFile file(path);
    if (image.isNull() || !file.open(QIODevice::WriteOnly))
        return false;
    QImageWriter writer(&file, "png");
    return writer.write(image) && file.commit();
}

void ImageWork::readScaledLater(const QString &path, const QSize &box, QObject *context,
                                std::function<void(const QImage &)> done)
{
    runLater<QImage>(
        context, [path, box] { return readScaled(path, box); }, std::move(done));
}

void ImageWork::decodeScaledLater(const QByteArray &bytes, const QSize &box, QObject *context,
                                  std::function<void(const QImage &)> done)
{
    runLater<QImage>(
        context, [bytes, box] { return decodeScaled(bytes, box); }, std::move(done));
}

void ImageWork::savePngLater(const QImage &image, const QString &path, QObject *context, std::function<void(bool)> done)
{
    runLater<bool>(
        context, [image, path] { return savePng(image, path); }, std::move(done));
}

} // namespace rh
