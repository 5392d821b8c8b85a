#include "quitguard.h"

#include <QMessageBox>
#include <QPushButton>

namespace rh {

namespace {

QuitGuard::Asker &asker()
{
    static QuitGuard::Asker ask;
    return ask;
}

} // namespace

QString QuitGuard::question(int liveTasks)
{
    return tr("%n task(s) still running. They go on at RunningHub, and rhdesk watches them again and downloads "
              "their results the next time it starts. Quit now?",
              nullptr, liveTasks);
}

void QuitGuard::setAsker(Asker ask)
{
    asker() = std::move(ask);
}

bool QuitGuard::mayQuit(QWidget *window, int liveTasks)
{
    if (liveTasks <= 0)
        return true;
    if (asker())
        return asker()(window, liveTasks);
    QMessageBox box(QMessageBox::Question, tr("Quit rhdesk?"), question(liveTasks), QMessageBox::NoButton, window);
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::AcceptRole);
    QPushButton *stay = box.addButton(tr("&Keep open"), QMessageBox::RejectRole);
    box.setDefaultButton(stay);
    box.exec();
    return box.clickedButton() == quit;
}

} // namespace rh
