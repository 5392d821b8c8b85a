#include "form/mediafiles.h"

#include "imagework.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QMimeData>
#include <QStandardPaths>

namespace rh {

namespace {

MediaFiles::Chooser &chooser()
{
    static MediaFiles::Chooser chooser = [](QWidget *parent, const QString &filter) {
        return QFileDialog::getOpenFileName(parent, MediaFiles::tr("Choose a file to upload"), QString(), filter);
    };
    return chooser;
}

} // namespace

bool MediaFiles::isMedia(const NodeField &field)
{
    const QString type = field.fieldType.toUpper();
    return type == QLatin1String("IMAGE") || type == QLatin1String("VIDEO") || type == QLatin1String("AUDIO");
}

QString MediaFiles::filterFor(const QString &fieldType)
{
    const QString type = fieldType.toUpper();
    if (type == QLatin1String("IMAGE"))
        return tr("Images (*.jpg *.jpeg *.png *.webp)");
    if (type == QLatin1String("VIDEO"))
        return tr("Videos (*.mp4 *.avi *.mov *.mkv)");
    return tr("Audio (*.mp3 *.wav *.flac)");
}

QString MediaFiles::choose(QWidget *parent, const QString &fieldType)
{
    return chooser()(parent, filterFor(fieldType));
}

void MediaFiles::setChooser(Chooser answer)
{
    chooser() = std::move(answer);
}

bool MediaFiles::clipboardHasImage()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    return mime && mime->hasImage();
}

bool MediaFiles::pasteImage(QObject *context, std::function<void(const QString &)> done,
                            std::function<void(const QString &)> failed)
{
    const QImage image = QApplication::clipboard()->image();
    if (image.isNull())
        return false;
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/pasted");
    QDir().mkpath(folder);
    const QString path =
        folder + QStringLiteral("/pasted-%1.png")
                     .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    ImageWork::savePngLater(image, path, context, [done, failed, folder, path](bool saved) {
        if (saved)
            done(path);
        else
            failed(tr("The pasted image could not be saved to %1.").arg(folder));
    });
    return true;
}

} // namespace rh
