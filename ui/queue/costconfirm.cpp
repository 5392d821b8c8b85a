#include "queue/costconfirm.h"

#include "model/budget.h"

#include <QMessageBox>

namespace rh {

namespace {

std::optional<bool> nextAnswer;
int asked = 0;

} // namespace

bool CostConfirm::ask(QWidget *parent, std::optional<qint64> estimate, int runs, qint64 threshold)
{
    if (!needsCostConfirm(estimate, runs, threshold))
        return true;
    ++asked;
    if (nextAnswer) {
        const bool answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, tr("Queue a costly batch?"),
                    tr("These %n run(s) will cost about %1 coins in all (about %2 coins each, from this app's past "
                       "runs). Queue them?",
                       nullptr, runs)
                        .arg(coinsText(*estimate * runs), coinsText(*estimate)),
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("costConfirmDialog"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void CostConfirm::setNextAnswer(std::optional<bool> answer)
{
    nextAnswer = answer;
}

int CostConfirm::askedCount()
{
    return asked;
}

} // namespace rh
