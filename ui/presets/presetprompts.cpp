#include "presets/presetprompts.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace rh {

namespace {

class PromptText
{
    Q_DECLARE_TR_FUNCTIONS(rh::PresetPrompts)
public:
    static QString fileFilter() { return tr("rhdesk presets (*.json);;All files (*)"); }
};

bool confirmWithBox(QWidget *parent, const QString &question, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, QGuiApplication::applicationDisplayName(), question, QMessageBox::Cancel,
                    parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

std::optional<QString> askNameWithDialog(QWidget *parent, const QString &title, const QString &label,
                                         const QString &suggestion)
{
    bool ok = false;
    const QString name = QInputDialog::getText(parent, title, label, QLineEdit::Normal, suggestion, &ok);
    if (!ok)
        return std::nullopt;
    return name;
}

QString documentsFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

} // namespace

PresetPrompts PresetPrompts::standard()
{
    PresetPrompts prompts;
    prompts.confirm = confirmWithBox;
    prompts.askName = askNameWithDialog;
    prompts.openFileName = [](QWidget *parent, const QString &title) {
        return QFileDialog::getOpenFileName(parent, title, documentsFolder(), PromptText::fileFilter());
    };
    prompts.saveFileName = [](QWidget *parent, const QString &title, const QString &suggestedName) {
        return QFileDialog::getSaveFileName(parent, title, QDir(documentsFolder()).filePath(suggestedName),
                                            PromptText::fileFilter());
    };
    prompts.clipboardText = [] { return QApplication::clipboard()->text(); };
    return prompts;
}

PresetPrompts PresetPrompts::completed(PresetPrompts prompts)
{
    const PresetPrompts fallback = standard();
    if (!prompts.confirm)
        prompts.confirm = fallback.confirm;
    if (!prompts.askName)
        prompts.askName = fallback.askName;
    if (!prompts.openFileName)
        prompts.openFileName = fallback.openFileName;
    if (!prompts.saveFileName)
        prompts.saveFileName = fallback.saveFileName;
    if (!prompts.clipboardText)
        prompts.clipboardText = fallback.clipboardText;
    return prompts;
}

} // namespace rh
