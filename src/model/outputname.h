#pragma once

#include "model/taskoutput.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>

namespace rh {

/// Pure: text made safe as part of a file name on every file system. Keeps letters of any script (Chinese
/// included), replaces / \ : * ? " < > | and control characters with '_', trims spaces and dots at both ends,
/// shortens to 60 characters. "" when nothing is left.
QString sanitizeFileNamePart(const QString &text);

/// Pure: text with only ASCII letters, digits, '-' and '_' left, for upload forms that refuse anything else.
/// Chinese (and every other script) is transliterated to Latin letters (Han to toneless pinyin, one syllable per
/// character: "文生图" → "wen_sheng_tu") and accents dropped; whatever has no Latin spelling, spaces and punctuation
/// become '_', runs of '_' become one, and '_' or '-' at either end are trimmed.
QString webSafeText(const QString &text);

/// Builds webSafeText()'s transliteration tables on a worker thread (once; about 300 ms), so that the first web-safe
/// name made on the GUI thread does not stall it. Returns at once.
void prepareWebSafeNames();

/// Pure: fileName, or the first free "name (2).ext", "name (3).ext" … ("name_2.ext" … when @p webSafe) that
/// @p taken says is free.
QString nonClashingFileName(const QString &fileName, const std::function<bool(const QString &)> &taken,
                            bool webSafe = false);

/// What one output's name is made of.
struct OutputNameFields
{
    QString app;    ///< the app's name
    QString label;  ///< the queue job's label ("" for a run from the form)
    QString taskId; ///< RunningHub's 19-digit task id
    QDateTime when; ///< when the results were saved (local time: {date} yyyy-MM-dd, {time} HH-mm-ss)
    int n = 1;      ///< the output's number within the task, from 1
};

/// Names saved results from a template setting: {app} {label} {date} {time} {taskId} {n} are replaced, anything
/// else is kept as typed (made safe like the rest). A placeholder with nothing in it takes the separators (_ - . and
/// space) before it along, or after it at the start ("{app}_{label}_{n}" with no label is "app_1", not "app__1");
/// an app with no usable name is "rhdesk".
/// The whole name stays within 200 bytes of UTF-8 and never is a Windows device name (CON, NUL, COM1, …).
class OutputName final
{
public:
    static QString defaultPattern() { return QStringLiteral("{app}_{date}_{time}_{n}"); }
    /// The placeholders understood, with their braces, in the order a user reads them.
    static QStringList placeholders();
    /// Brace pairs in @p pattern that are not placeholders ("{id}", "{App}"), each once, in order.
    static QStringList unknownPlaceholders(const QString &pattern);

    explicit OutputName(const QString &pattern = defaultPattern(), bool webSafe = false);

    QString pattern() const { return m_pattern; }
    bool webSafe() const { return m_webSafe; }
    /// The file name without its extension.
    QString stem(const OutputNameFields &fields) const;
    /// stem + "." + the extension of @p output (from fileType when it looks like one, else the URL, else "bin").
    QString fileName(const OutputNameFields &fields, const TaskOutput &output) const;
    /// The first free name for @p fields, with the clash suffix of this naming.
    QString freeFileName(const OutputNameFields &fields, const TaskOutput &output,
                         const std::function<bool(const QString &)> &taken) const;

private:
    QString value(const QString &placeholder, const OutputNameFields &fields) const;
    QString safe(const QString &text) const;

    QString m_pattern;
    bool m_webSafe;
};

/// Pure: the extension an output is saved with: fileType when it looks like one, else the URL's, else "bin".
QString outputExtension(const TaskOutput &output);

} // namespace rh
