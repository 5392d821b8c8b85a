#include "pngart.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>

namespace rh::sandbox {

namespace {

QColor colourFrom(const QByteArray &hash, int at)
{
    const int hue = (static_cast<unsigned char>(hash.at(at)) * 360) / 256;
    return QColor::fromHsv(hue, 150, 230);
}

bool canDrawText()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

void drawText(QPainter &painter, const QRect &box, const QString &text, int pixelSize)
{
    if (!canDrawText())
        return;
    QFont font = painter.font();
    font.setPixelSize(pixelSize);
    painter.setFont(font);
    painter.setPen(QColor(20, 20, 30));
    painter.drawText(box.translated(1, 1), Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
}

QByteArray toPng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QImage gradient(const QByteArray &hash, int size)
{
    QImage image(size, size, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient fill(0, 0, size, size);
    fill.setColorAt(0, colourFrom(hash, 0));
    fill.setColorAt(1, colourFrom(hash, 1));
    painter.fillRect(image.rect(), fill);
    return image;
}

} // namespace

QByteArray drawOutputPng(const QString &prompt, const QString &seed, int size)
{
    const QByteArray hash = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    QImage image = gradient(hash, size);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 6; ++i) {
        QColor blob = colourFrom(hash, 2 + i);
        blob.setAlpha(90);
        painter.setBrush(blob);
        const int x = static_cast<unsigned char>(hash.at(10 + i)) * size / 256;
        const int y = static_cast<unsigned char>(hash.at(20 + i)) * size / 256;
        const int r = size / 10 + static_cast<unsigned char>(hash.at(26 + i % 6)) * size / 1024;
        painter.drawEllipse(QPoint(x, y), r, r);
    }
    drawText(painter, image.rect().adjusted(size / 10, size / 10, -size / 10, -size / 10), prompt, size / 16);
    painter.end();
    return toPng(image);
}

QByteArray drawCoverPng(const QString &title, int size)
{
    const QByteArray hash = QCryptographicHash::hash(title.toUtf8(), QCryptographicHash::Sha256);
    QImage image = gradient(hash, size);
    QPainter painter(&image);
    drawText(painter, image.rect().adjusted(size / 12, size / 12, -size / 12, -size / 12), title, size / 12);
    painter.end();
    return toPng(image);
}

} // namespace rh::sandbox
