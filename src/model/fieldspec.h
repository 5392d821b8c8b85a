#pragma once

#include "model/nodefield.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rh {

/// One choice of a LIST or SWITCH input.
struct FieldOption
{
    QString label;       ///< the option's name, or its value when it has none
    QString value;       ///< what is submitted as fieldValue (the option's index, "2" never "2.0" for numbers)
    QString description; ///< "" when absent

    friend bool operator==(const FieldOption &a, const FieldOption &b)
    {
        return a.label == b.label && a.value == b.value && a.description == b.description;
    }
};

/// How to edit one app input, read from its fieldType and fieldData (the JSON string apiCallDemo sends).
/// Lenient: any fieldData, however broken, gives a usable spec; an unknown fieldType is edited as text.
struct FieldSpec
{
    enum class Kind { Text, MultilineText, Int, Float, List, Switch, Image, Video, Audio };

    /// Result of checking a local file before upload.
    enum class FileCheck { Ok, NotMedia, WrongType, Empty, TooLarge };

    static constexpr qint64 maxUploadBytes = 30 * 1024 * 1024; ///< the server's limit (code 809 beyond it)
    static constexpr int maxFieldDataBytes = 1024 * 1024;      ///< larger fieldData is not parsed at all
    static constexpr int maxOptions = 10000;                   ///< options beyond this are dropped

    Kind kind = Kind::Text;
    /// false when fieldData was missing or not in the shape its fieldType promises (kind then falls back:
    /// numbers and media keep their kind, LIST/SWITCH without options become Text).
    bool dataUnderstood = false;
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<double> step;
    QString defaultValue;       ///< "" when fieldData names none (see fromField)
    QList<FieldOption> options; ///< LIST / SWITCH only, in the server's order
    QStringList sampleFiles;    ///< IMAGE / VIDEO / AUDIO: the app author's sample files on the server
    /// What the input is for, in the words of its node ("tooltip" in fieldData, e.g. CKPT/LORA's
    /// `[{}, {"tooltip": …}]`), for any fieldType, known or not; "" when none.
    QString tooltip;

    /// Parses fieldType (case-insensitive) and fieldData. Never fails.
    static FieldSpec parse(const QString &fieldType, const QString &fieldData);
    /// parse() on the field's type and data; defaultValue falls back to the field's own (normalised) value,
    /// which in an AppInfo is the app author's default.
    static FieldSpec fromField(const NodeField &field);

    bool isMedia() const { return kind == Kind::Image || kind == Kind::Video || kind == Kind::Audio; }
    bool isNumber() const { return kind == Kind::Int || kind == Kind::Float; }
    bool hasOptions() const { return kind == Kind::List || kind == Kind::Switch; }

    /// Lower-case extensions (no dot) an upload of this kind may have; empty for non-media kinds.
    static QStringList allowedExtensions(Kind kind);
    QStringList allowedExtensions() const { return allowedExtensions(kind); }
    /// The upload endpoint's fileType ("image", "video", "audio"), "" for non-media kinds.
    static QString uploadFileType(Kind kind);
    /// Whether a local file of this name and size may be uploaded for this input.
    FileCheck checkLocalFile(const QString &fileName, qint64 size) const;

    /// The form a value is submitted in: SWITCH/INT "2.0" → "2"; a LIST value that only matches an option
    /// after that normalisation takes the option's value; anything else unchanged.
    QString normaliseValue(const QString &value) const;
    /// Whether the (normalised) value is one the app offers: among the options, an integer/number within the
    /// bounds, a non-empty file name for media; text always.
    bool accepts(const QString &value) const;
    /// The option's label for a LIST/SWITCH value; otherwise (or when the value is not offered) the value itself,
    /// so the UI can show it as-is and flag it via accepts().
    QString labelFor(const QString &value) const;
    /// Index into options of the (normalised) value, or -1.
    int indexOfValue(const QString &value) const;

    /// "2.0" → "2", "-3.000" → "-3"; any other text unchanged.
    static QString normaliseIntegralText(const QString &text);
};

} // namespace rh
