#include "presets/presetloadundo.h"

#include "presets/undonotice.h"

#include <QShortcut>

namespace rh {

PresetLoadUndo::PresetLoadUndo(Draft *draft, QWidget *window, QWidget *noticeParent, QObject *parent)
    : QObject(parent)
    , m_draft(draft)
    , m_notice(new UndoNotice(noticeParent))
    , m_shortcut(new QShortcut(QKeySequence::Undo, window))
{
    m_notice->setNames(QStringLiteral("presetLoadUndoNotice"), QStringLiteral("undoPresetLoadButton"),
                       tr("Undo loading the preset"));
    m_shortcut->setContext(Qt::WindowShortcut);
    m_shortcut->setEnabled(false);
    connect(m_shortcut, &QShortcut::activated, this, &PresetLoadUndo::undo);
    connect(m_notice, &UndoNotice::undoRequested, this, &PresetLoadUndo::undo);
}

void PresetLoadUndo::remember()
{
    if (m_draft->isModified() && m_draft->rowCount() > 0) {
        m_before = m_draft->state();
        return;
    }
    forget();
}

void PresetLoadUndo::loaded(const QString &presetName)
{
    if (!m_before)
        return;
    const QString sentence = tr("Loaded “%1” over your edits. Undo (Ctrl+Z) brings them back.").arg(presetName);
    m_notice->showNotice(sentence);
    m_shortcut->setEnabled(true);
    Q_EMIT statusMessage(sentence);
}

void PresetLoadUndo::undo()
{
    if (!m_before)
        return;
    const DraftState before = *m_before;
    forget();
    m_draft->restore(before);
    Q_EMIT statusMessage(tr("The form is back as it was before the preset was loaded."));
}

void PresetLoadUndo::forget()
{
    m_before.reset();
    m_shortcut->setEnabled(false);
    m_notice->hide();
}

} // namespace rh
