#include "accountstatuslabel.h"

#include "displayformat.h"
#include "session/accountmonitor.h"

#include <QLocale>

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
    const QString coins =
        DisplayFormat::coinsFigure(status && status->remainCoins ? QString::number(*status->remainCoins) : unknown);
    const QString running =
        status && status->currentTaskCounts ? QLocale().toString(*status->currentTaskCounts) : unknown;
    QString text = tr("%1 · %2 running").arg(coins, running);
    if (status && status->remainMoney) {
        // Without a currency the amount is shown as the server said it: the locale's own currency may be wrong.
        const QString money = status->currency ? DisplayFormat::moneyFigure(*status->remainMoney, *status->currency)
                                               : status->remainMoney->trimmed();
        text = tr("%1 · %2", "account figures · money").arg(text, money);
    }
    return DisplayFormat::simulated(text); // the sandbox's balances are pretend ones
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
