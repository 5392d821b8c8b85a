#include "presets/presettoolbar.h"

#include "mnemonics.h"

#include <QAction>
#include <QMenu>
#include <QToolButton>

namespace rh {

PresetToolBar::PresetToolBar(QWidget *parent)
    : QToolBar(parent)
{
    setObjectName(QStringLiteral("presetToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    Actions &a = m_actions;
    a.save = makeAction(tr("&Save"), QStringLiteral("savePresetAction"));
    a.save->setToolTip(tr("Save the form into the loaded preset (Ctrl+S)"));
    a.saveAs = makeAction(tr("Save &as…"), QStringLiteral("savePresetAsAction"));
    a.saveAs->setToolTip(tr("Save the form as a new preset"));
    a.rename = makeAction(tr("&Rename…"), QStringLiteral("renamePresetAction"));
    a.rename->setShortcut(Qt::Key_F2);
    a.duplicate = makeAction(tr("&Duplicate"), QStringLiteral("duplicatePresetAction"));
    a.favourite = makeAction(tr("&Favourite"), QStringLiteral("favouritePresetAction"));
    a.favourite->setCheckable(true);
    a.favourite->setToolTip(tr("Favourites come first among their app's presets"));
    a.remove = makeAction(tr("De&lete…"), QStringLiteral("deletePresetAction"));
    a.remove->setShortcut(QKeySequence::Delete);
    // Only while the list has focus: F2 and Delete mean other things in the form's editors.
    for (QAction *action : {a.rename, a.remove})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a.importFile = makeAction(tr("&Import presets…"), QStringLiteral("importPresetsAction"));
    a.exportFile = makeAction(tr("&Export presets…"), QStringLiteral("exportPresetsAction"));
    a.paste = makeAction(tr("Import from &clipboard"), QStringLiteral("pastePresetAction"));
    a.paste->setToolTip(tr("Make a preset from a copied request body or nodeInfoList"));

    addButton(a.save, tr("Save preset"));
    addButton(a.saveAs, tr("Save as new preset"));
    addButton(a.rename, tr("Rename preset"));
    addButton(a.duplicate, tr("Duplicate preset"));
    addButton(a.favourite, tr("Favourite preset"));
    addButton(a.remove, tr("Delete preset"));
    auto *more = new QToolButton(this);
    more->setObjectName(QStringLiteral("morePresetActionsButton"));
    more->setAccessibleName(tr("More preset actions"));
    more->setText(tr("More")); // a tool bar button, like the others: no Alt-letter
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->addActions({a.importFile, a.exportFile, a.paste});
    more->setMenu(menu);
    addWidget(more);
}

QList<QAction *> PresetToolBar::selectionActions() const
{
    return {m_actions.rename, m_actions.duplicate, m_actions.favourite, m_actions.remove};
}

QAction *PresetToolBar::makeAction(const QString &text, const QString &objectName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    return action;
}

void PresetToolBar::addButton(QAction *action, const QString &accessibleName)
{
    // A tool bar button has no mnemonic: without this, Chinese buttons read "保存(S)" and push others into the
    // overflow.
    action->setIconText(Mnemonics::withoutMnemonic(action->text()));
    addAction(action);
    QWidget *button = widgetForAction(action);
    button->setObjectName(action->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
    button->setAccessibleName(accessibleName);
}

} // namespace rh
