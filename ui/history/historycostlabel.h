#pragma once

#include "store/historystore.h"

#include <QLabel>
#include <QTimer>

namespace rh {

/// Under the History table: what the runs of the current filter add up to, "42 runs · 1,234 RH coins · ¥12.30".
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
    /// The currency runs' money is in (the account's, e.g. "CNY"); "" = not known: the amount is shown bare.
    void setCurrency(const QString &currency);
    /// The words for @p cost in DisplayFormat's current wording; "" when it could not be read.
    static QString textFor(const HistoryCost &cost, const QString &currency);

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
