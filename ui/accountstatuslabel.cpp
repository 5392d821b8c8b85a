#include "accountstatuslabel.h"

#include "model/budget.h"
#include "session/accountmonitor.h"

namespace rh {

namespace {

const QString unknown = QStringLiteral("—");

} // namespace

AccountStatusLabel::AccountStatusLabel(AccountMonitor *monitor, QWidget *parent)
    : QLabel(parent)
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("accountStatusLabel"));
    setAccessibleDescription(tr("Account status"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_monitor, &AccountMonitor::statusChanged, this, &AccountStatusLabel::update);
    update();
}

QString AccountStatusLabel::textFor(const std::optional<AccountStatus> &status)
{
    const QString coins = status && status->remainCoins ? coinsText(*status->remainCoins) : unknown;
    const QString running = status && status->currentTaskCounts ? QString::number(*status->currentTaskCounts) : unknown;
    QString text = tr("%1 coins · %2 running").arg(coins, running);
    if (status && status->remainMoney) {
        const QString money =
            status->currency ? tr("%1 %2").arg(*status->remainMoney, *status->currency) : *status->remainMoney;
        text += tr(" · %1").arg(money);
    }
    return text;
}

void AccountStatusLabel::update()
{
    // A value label: a screen reader reads the figure itself, described as the account's status.
    const QString text = textFor(m_monitor->currentStatus());
    setText(text);
    setAccessibleName(text);
    setToolTip(m_monitor->isStale() ? tr("RunningHub did not answer the last question about this account: the figure "
                                         "may be old.")
                                    : tr("What is left on this RunningHub account, and its tasks running now."));
}

} // namespace rh
