#pragma once

#include "store/historystore.h"

#include <QLabel>
#include <QTimer>

namespace rh {

/// In the Queue tab, beside the selected job's batch progress: what the batch's runs have cost so far, "Spent so far:
/// 488 RH coins · ¥4.88", from the costs its finished runs said (HistoryStore::batchCostLater, one aggregate on a
/// worker) when the batch changes and shortly after runs change; an answer for another batch is dropped. Money only
/// when it is in one currency. Its accessible name is its text (a value label).
class BatchCostLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchCostLabel)
public:
    /// @p store may be nullptr (no database): the label stays hidden.
    explicit BatchCostLabel(HistoryStore *store, QWidget *parent = nullptr);

    /// The batch to sum, of @p server; 0 = none: the label hides.
    void setBatch(qint64 batchId, const QString &server);
    qint64 batchId() const { return m_batchId; }
    /// The currency of @p server's money (its account's, e.g. "CNY"); another server's money is shown bare.
    void setCurrency(const QString &server, const QString &currency);
    /// The words for @p cost in DisplayFormat's current wording; "" when it could not be read.
    static QString textFor(const HistoryCost &cost, const QString &currency);

Q_SIGNALS:
    /// A sum arrived and is shown (tests wait for it).
    void shown();

private:
    void sum();
    void showCost(const HistoryCost &cost);
    QString currency() const;

    HistoryStore *m_store;
    qint64 m_batchId = 0;
    QString m_server;
    QString m_currencyServer;
    QString m_currency;
    HistoryCost m_last;
    QTimer m_again; ///< runs change in bursts: sum once for each burst
    quint64 m_round = 0;
};

} // namespace rh
