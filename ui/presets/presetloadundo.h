#pragma once

#include "model/draft.h"

#include <QObject>
#include <optional>

class QShortcut;

namespace rh {

class UndoNotice;

/// Loading a preset over edits can be taken back: the form as it was is kept, a notice says so with an Undo
/// button, and Ctrl+Z (outside a text box, where it undoes typing) puts it back.
class PresetLoadUndo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetLoadUndo)
public:
    /// @p window: where Ctrl+Z works; the notice is made for @p noticeParent (the caller places it).
    PresetLoadUndo(Draft *draft, QWidget *window, QWidget *noticeParent, QObject *parent = nullptr);

    UndoNotice *notice() const { return m_notice; }
    /// Before a preset is loaded: keeps the form when it holds edits that the load would replace.
    void remember();
    /// After the load: says so, with Undo, when edits were kept.
    void loaded(const QString &presetName);
    bool canUndo() const { return m_before.has_value(); }
    void undo();
    /// Forgets what was kept (the notice closes).
    void forget();

Q_SIGNALS:
    void statusMessage(const QString &sentence);

private:
    Draft *m_draft;
    UndoNotice *m_notice;
    QShortcut *m_shortcut;
    std::optional<DraftState> m_before;
};

} // namespace rh
