#pragma once

#include "model/draft.h"
#include "model/fieldspec.h"

#include <QCoreApplication>
#include <QString>

namespace rh {

/// The form's own words that are not failures (those are ErrorText's): ranges, option labels, the state of a
/// media input. In the UI language.
class FormText
{
    Q_DECLARE_TR_FUNCTIONS(rh::FormText)
public:
    /// "1–50", "≥ 0", "≤ 10", or "" when the input has no bounds.
    static QString range(const FieldSpec &spec);
    static QString number(double value);
    /// What a drop-down or a switch shows for an option: the app's description in the UI language
    /// (descriptionEn in English, description in Chinese), else its name.
    static QString optionLabel(const FieldOption &option);
    /// The option's second line: its name when the label is a description, else the description in the other
    /// language; "" when there is nothing more to say.
    static QString optionDetail(const FieldOption &option);
    /// The file a media input shows: the user's file name, else the server's fileName.
    static QString mediaName(const MediaState &media, const QString &fieldValue);
    /// The line under a media input: uploading, uploaded (as which fileName), a sample of the app, or why it failed.
    static QString mediaStatus(const MediaState &media, const QString &fieldValue, const FieldSpec &spec);
};

} // namespace rh
