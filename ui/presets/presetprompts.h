#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace rh {

/// The questions the presets panel asks (confirm, a name, a file, the clipboard), each a replaceable function so
/// tests can answer without a modal dialog. standard() gives the real dialogs.
struct PresetPrompts
{
    /// Yes/no before something destructive. @p acceptText labels the yes button ("Delete").
    std::function<bool(QWidget *parent, const QString &question, const QString &acceptText)> confirm;
    /// A name, or nullopt when the user cancelled.
    std::function<std::optional<QString>(QWidget *parent, const QString &title, const QString &label,
                                         const QString &suggestion)>
        askName;
    /// A file to read; "" when cancelled.
    std::function<QString(QWidget *parent, const QString &title)> openFileName;
    /// A file to write; "" when cancelled. @p suggestedName is a file name without folder.
    std::function<QString(QWidget *parent, const QString &title, const QString &suggestedName)> saveFileName;
    /// The clipboard's text.
    std::function<QString()> clipboardText;

    /// Message boxes, QInputDialog, QFileDialog and the system clipboard.
    static PresetPrompts standard();
    /// @p prompts with every unset member taken from standard().
    static PresetPrompts completed(PresetPrompts prompts);
};

} // namespace rh
