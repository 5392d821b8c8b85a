#pragma once

#include "model/nodefield.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace rh {

/// Files for IMAGE/VIDEO/AUDIO inputs, wherever they are picked: the file dialog (with a seam for tests) and a
/// picture pasted from the clipboard, written to a PNG first.
class MediaFiles
{
    Q_DECLARE_TR_FUNCTIONS(rh::MediaFiles)
public:
    using Chooser = std::function<QString(QWidget *parent, const QString &filter)>;

    /// IMAGE, VIDEO or AUDIO: rows that take a file.
    static bool isMedia(const NodeField &field);
    /// The file dialog's filter for the input's type.
    static QString filterFor(const QString &fieldType);
    /// Asks for a file (the dialog, or the test's chooser); "" when cancelled.
    static QString choose(QWidget *parent, const QString &fieldType);
    /// The file-dialog seam: tests set a function that answers instead of the dialog.
    static void setChooser(Chooser chooser);

    /// Whether the clipboard holds a picture.
    static bool clipboardHasImage();
    /// Writes the clipboard's picture to a new PNG (on a worker: a screenshot-sized PNG takes a while) and calls
    /// @p done with its path, or @p failed with a sentence; nothing once @p context is gone. False when the clipboard
    /// holds no picture.
    static bool pasteImage(QObject *context, std::function<void(const QString &path)> done,
                           std::function<void(const QString &sentence)> failed);
};

} // namespace rh
