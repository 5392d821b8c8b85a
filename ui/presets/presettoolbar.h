#pragma once

#include <QToolBar>

class QAction;

namespace rh {

/// The presets panel's actions and the tool bar that shows them (save, save as, rename, duplicate, favourite,
/// delete, and a "More" menu with import, export and import from the clipboard). The panel connects them.
class PresetToolBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetToolBar)
public:
    struct Actions
    {
        QAction *save;
        QAction *saveAs;
        QAction *rename; ///< F2 where the list has focus
        QAction *duplicate;
        QAction *favourite; ///< checkable: checked when the selected preset is a favourite
        QAction *remove;    ///< Delete where the list has focus
        QAction *importFile;
        QAction *exportFile;
        QAction *paste;
    };

    explicit PresetToolBar(QWidget *parent = nullptr);

    const Actions &actions() const { return m_actions; }
    /// The actions that work on the selected preset (for the list's context menu).
    QList<QAction *> selectionActions() const;

private:
    QAction *makeAction(const QString &text, const QString &objectName);
    void addButton(QAction *action, const QString &accessibleName);

    Actions m_actions;
};

} // namespace rh
