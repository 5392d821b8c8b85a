#pragma once

#include "store/historystore.h"

#include <QLabel>
#include <QTimer>

namespace rh {

/// Under the History table: what the runs of the current filter add up to, "42 runs · 1,234 RH coins · ¥12.30".
/// Money is shown only when the runs that said it are of one server (one currency); coins always.
/// Summed on a worker (HistoryStore::costLater) when the filter changes and shortly after runs arrive, change or
/// leave; an answer for an older filter is dropped. Its accessible name is its text (a value label).
class HistoryCostLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryCostLabel)
public:
    /// @p store may be nullptr (no database): the label stays empty.
    explicit HistoryCostLabel(HistoryStore *store, QWidget *parent = nullptr);

    void setFilter(const HistoryFilter &filter);
    /// The currency runs' money is in (the account's, e.g. "CNY"); "" = not known: the amount is shown bare. Money
    /// of several servers is not shown at all (textFor).
    void setCurrency(const QString &currency);
    /// The words for @p cost in DisplayFormat's current wording; "" when it could not be read. No money when it
    /// does not add up (several currencies).
    static QString textFor(const HistoryCost &cost, const QString &currency);
    /// What the label explains on hover: also why money is left out.
    static QString toolTipFor(const HistoryCost &cost);

Q_SIGNALS:
    /// A sum arrived and is shown (tests wait for it).
    void shown();

private:
    void sum();
    void showCost(const HistoryCost &cost);

    HistoryStore *m_store;
    HistoryFilter m_filter;
    bool m_filterSet = false;
    QString m_currency;
    HistoryCost m_last;
    QTimer m_again; ///< runs change in bursts (a run's states and outputs): sum once for each burst
    quint64 m_round = 0;
};

} // namespace rh
