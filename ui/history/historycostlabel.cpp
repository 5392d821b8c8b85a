#include "history/historycostlabel.h"

#include "displayformat.h"

#include <QFutureWatcher>
#include <QLocale>

namespace rh {

namespace {

constexpr int SumDelayMs = 300;

QString amount(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

HistoryCostLabel::HistoryCostLabel(HistoryStore *store, QWidget *parent)
    : QLabel(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("historyCostLabel"));
    setAccessibleDescription(tr("What the runs shown cost"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setToolTip(toolTipFor({}));
    m_again.setSingleShot(true);
    m_again.setInterval(SumDelayMs);
    connect(&m_again, &QTimer::timeout, this, &HistoryCostLabel::sum);
    if (m_store) {
        // At most one sum per pause, also while a busy queue changes runs without a break.
        const auto soon = [this] {
            if (!m_again.isActive())
                m_again.start();
        };
        connect(m_store, &HistoryStore::runAdded, this, soon);
        connect(m_store, &HistoryStore::runChanged, this, soon);
        connect(m_store, &HistoryStore::runRemoved, this, soon);
    }
}

void HistoryCostLabel::setFilter(const HistoryFilter &filter)
{
    if (m_filterSet && filter.server == m_filter.server && filter.text == m_filter.text &&
        filter.state == m_filter.state && filter.webappId == m_filter.webappId)
        return;
    m_filter = filter;
    m_filterSet = true;
    sum();
}

void HistoryCostLabel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (m_last.runs >= 0)
        showCost(m_last);
}

QString HistoryCostLabel::textFor(const HistoryCost &cost, const QString &currency)
{
    if (cost.runs < 0)
        return {};
    QString text = tr("%n run(s)", nullptr, cost.runs);
    if (cost.runsWithCoins > 0)
        text = tr("%1 · %2", "runs · coins").arg(text, DisplayFormat::coinsFigure(amount(cost.coins, 2)));
    // Money of several servers is in several currencies: no sum of it is true, while coins are coins everywhere.
    if (cost.runsWithMoney > 0 && cost.moneyAddsUp()) {
        const QString money = currency.isEmpty() ? QLocale().toString(cost.money, 'f', 2)
                                                 : DisplayFormat::moneyFigure(amount(cost.money, 2), currency);
        text = tr("%1 · %2", "runs · money").arg(text, money);
    }
    return cost.runsWithCoins > 0 || cost.runsWithMoney > 0 ? DisplayFormat::simulated(text) : text;
}

QString HistoryCostLabel::toolTipFor(const HistoryCost &cost)
{
    if (cost.runsWithMoney > 0 && !cost.moneyAddsUp())
        return tr("The runs of this filter and the coins those that said their cost spent in all. Their money is not "
                  "summed: it was paid in %n currencies, which cannot be added.",
                  nullptr, cost.moneyServers);
    return tr("The runs of this filter and what those that said their cost spent in all");
}

void HistoryCostLabel::sum()
{
    m_again.stop();
    if (!m_store || !m_filterSet)
        return;
    const quint64 round = ++m_round;
    auto *watcher = new QFutureWatcher<HistoryCost>(this);
    connect(watcher, &QFutureWatcher<HistoryCost>::finished, this, [this, watcher, round] {
        watcher->deleteLater();
        if (round == m_round && watcher->future().resultCount() > 0) // else: an answer for an older filter
            showCost(watcher->result());
    });
    watcher->setFuture(m_store->costLater(m_filter));
}

void HistoryCostLabel::showCost(const HistoryCost &cost)
{
    m_last = cost;
    const QString text = textFor(cost, m_currency);
    setText(text);
    setToolTip(toolTipFor(cost));
    setAccessibleName(text);
    Q_EMIT shown();
}

} // namespace rh
