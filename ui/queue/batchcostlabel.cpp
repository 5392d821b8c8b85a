#include "queue/batchcostlabel.h"

#include "displayformat.h"

#include <QFutureWatcher>
#include <QLocale>

namespace rh {

namespace {

constexpr int SumDelayMs = 300;

} // namespace

BatchCostLabel::BatchCostLabel(HistoryStore *store, QWidget *parent)
    : QLabel(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("batchCostLabel"));
    setAccessibleDescription(tr("What the batch has spent"));
    setToolTip(tr("What the batch's runs that said their cost spent in all, every attempt counted"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
    m_again.setSingleShot(true);
    m_again.setInterval(SumDelayMs);
    connect(&m_again, &QTimer::timeout, this, &BatchCostLabel::sum);
    if (m_store) {
        // At most one sum per pause, also while a busy batch changes runs without a break.
        const auto soon = [this] {
            if (m_batchId > 0 && !m_again.isActive())
                m_again.start();
        };
        connect(m_store, &HistoryStore::runAdded, this, soon);
        connect(m_store, &HistoryStore::runChanged, this, soon);
        connect(m_store, &HistoryStore::runRemoved, this, soon);
    }
}

void BatchCostLabel::setBatch(qint64 batchId, const QString &server)
{
    if (batchId == m_batchId && server == m_server)
        return;
    m_batchId = batchId;
    m_server = server;
    ++m_round; // an answer for the batch shown before is no longer wanted
    if (batchId <= 0 || !m_store) {
        m_again.stop();
        clear();
        hide();
        return;
    }
    sum();
}

void BatchCostLabel::setCurrency(const QString &server, const QString &currency)
{
    if (server == m_currencyServer && currency == m_currency)
        return;
    m_currencyServer = server;
    m_currency = currency;
    if (m_batchId > 0 && m_last.runs >= 0)
        showCost(m_last);
}

QString BatchCostLabel::currency() const
{
    return m_server == m_currencyServer ? m_currency : QString();
}

QString BatchCostLabel::textFor(const HistoryCost &cost, const QString &currency)
{
    if (cost.runs < 0)
        return {};
    const bool money = cost.runsWithMoney > 0 && cost.moneyAddsUp();
    if (cost.runsWithCoins == 0 && !money)
        return tr("Spent so far: no run of this batch has said its cost yet.");
    // Money of several servers is in several currencies: no sum of it is true, while coins are coins everywhere.
    const QString moneyText = !money ? QString()
                              : currency.isEmpty()
                                  ? QLocale().toString(cost.money, 'f', 2)
                                  : DisplayFormat::moneyFigure(QString::number(cost.money, 'f', 2), currency);
    QString figures =
        cost.runsWithCoins > 0 ? DisplayFormat::coinsFigure(QString::number(cost.coins, 'f', 2)) : moneyText;
    if (cost.runsWithCoins > 0 && money)
        figures = tr("%1 · %2", "coins · money").arg(figures, moneyText);
    return DisplayFormat::simulated(tr("Spent so far: %1").arg(figures));
}

void BatchCostLabel::sum()
{
    m_again.stop();
    if (!m_store || m_batchId <= 0)
        return;
    const quint64 round = ++m_round;
    auto *watcher = new QFutureWatcher<HistoryCost>(this);
    connect(watcher, &QFutureWatcher<HistoryCost>::finished, this, [this, watcher, round] {
        watcher->deleteLater();
        if (round == m_round && watcher->future().resultCount() > 0) // else: an answer for another batch
            showCost(watcher->result());
    });
    watcher->setFuture(m_store->batchCostLater(m_batchId));
}

void BatchCostLabel::showCost(const HistoryCost &cost)
{
    m_last = cost;
    const QString text = textFor(cost, currency());
    setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
    Q_EMIT shown();
}

} // namespace rh
