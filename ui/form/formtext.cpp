#include "form/formtext.h"

#include <QFileInfo>
#include <QLocale>

namespace rh {

namespace {

bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

QString FormText::number(double value)
{
    return QString::number(value, 'g', 15);
}

QString FormText::range(const FieldSpec &spec)
{
    if (spec.minimum && spec.maximum)
        return tr("%1–%2").arg(number(*spec.minimum), number(*spec.maximum));
    if (spec.minimum)
        return tr("≥ %1").arg(number(*spec.minimum));
    if (spec.maximum)
        return tr("≤ %1").arg(number(*spec.maximum));
    return {};
}

QString FormText::optionLabel(const FieldOption &option)
{
    const QString described = (chinese() ? option.description : option.descriptionEn).trimmed();
    return described.isEmpty() ? option.label : described;
}

QString FormText::optionDetail(const FieldOption &option)
{
    const QString label = optionLabel(option);
    if (label != option.label)
        return option.label;
    const QString other = (chinese() ? option.descriptionEn : option.description).trimmed();
    return other == label ? QString() : other;
}

QString FormText::mediaName(const MediaState &media, const QString &fieldValue)
{
    if (!media.localPath.isEmpty())
        return QFileInfo(media.localPath).fileName();
    return fieldValue;
}

QString FormText::mediaStatus(const MediaState &media, const QString &fieldValue, const FieldSpec &spec)
{
    switch (media.upload) {
    case MediaState::Upload::Uploading:
        return tr("Uploading…");
    case MediaState::Upload::Failed:
        return media.note;
    case MediaState::Upload::Done:
        return tr("Uploaded as %1").arg(fieldValue);
    case MediaState::Upload::None:
        break;
    }
    if (fieldValue.isEmpty())
        return tr("Choose a file, drop one here, or paste a picture.");
    if (spec.sampleFiles.contains(fieldValue))
        return tr("The app's sample file on RunningHub");
    return tr("A file already on RunningHub");
}

} // namespace rh
