#pragma once

#include "store/historystore.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QVector>

namespace rh {

/// The run history as a table, read lazily from a HistoryStore: one page at first, more as the view scrolls
/// (canFetchMore/fetchMore), never the whole table. Sorting and filtering are done by the store (SQL) and start
/// again from the first page. Store signals keep loaded rows current: a new run is inserted where the sort puts
/// it, a change refreshes its row in place (it moves on the next sort or filter), a removal drops it.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)
public:
    enum Column { TimeColumn, AppColumn, StateColumn, TaskIdColumn, CostTimeColumn, CoinsColumn, ColumnCount };
    enum Role {
        RunIdRole = Qt::UserRole + 1, ///< qint64
        StateRole,                    ///< int(TaskState)
        WebappIdRole,                 ///< QString
    };
    static constexpr int DefaultPageSize = 200;

    /// @p store must outlive the model.
    explicit HistoryModel(HistoryStore *store, QObject *parent = nullptr);

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setFilter(const HistoryFilter &filter);
    HistoryFilter filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// Rows matching the filter in the store, loaded or not. Counted on a worker after each reset: until the count
    /// is in, totalKnown() is false and this is only what is loaded.
    int totalCount() const { return m_total; }
    bool totalKnown() const { return m_totalKnown; }
    /// Reads the first page again with the current filter and sort.
    void reload();

    qint64 runId(int row) const;
    /// The loaded row (without outputs and events); a default record for a bad row.
    RunRecord record(int row) const;
    /// The row of a loaded run, or -1.
    int rowOfRun(qint64 runId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static HistoryStore::Column storeColumn(int column);
    /// Whether @p run passes @p filter, as the store's SQL decides it (for runs that arrive after a page was read).
    static bool matches(const RunRecord &run, const HistoryFilter &filter);
    /// The order the store's page() uses: true when @p a comes before @p b sorted by @p column ascending.
    static bool lessThan(const RunRecord &a, const RunRecord &b, HistoryStore::Column column);

Q_SIGNALS:
    /// After a reset (filter, sort, reload) or when a run arrived or left.
    void totalCountChanged(int total);

private:
    QVector<RunRecord> readPage(bool *exhausted);
    /// Counts the filter's rows on a worker; an answer for an older filter is dropped.
    void countLater();
    void onRunAdded(qint64 runId);
    void onRunChanged(qint64 runId);
    void onRunRemoved(qint64 runId);
    QVariant displayData(const RunRecord &run, int column) const;

    HistoryStore *m_store;
    HistoryFilter m_filter;
    int m_sortColumn = TimeColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_pageSize = DefaultPageSize;
    int m_total = 0;
    bool m_totalKnown = true;
    bool m_morePages = false; ///< the last page read was full
    quint64 m_countRound = 0; ///< which count an answer belongs to
    int m_offset = 0;         ///< rows of the store's order read so far (or shown since)
    QVector<RunRecord> m_rows;
    QSet<qint64> m_ids; ///< of m_rows: a page read after rows moved must not add a run twice
};

} // namespace rh
