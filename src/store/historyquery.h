#pragma once

#include "store/historystore.h"

#include <QString>
#include <QVariantList>

class QSqlDatabase;

namespace rh {

/// How a search by ASCII digits (the start of a task or app id) is answered. SQLite cannot know how many runs a
/// prefix matches, so a cheap probe decides (see HistoryQuery::idPlan):
enum class IdSearchPlan {
    Indexes, ///< few matches: collect their ids from the id indexes, then read and sort only those rows
    Scan,    ///< many matches (a short prefix): walk the runs in display order and stop after one page
};

/// The SQL of a history filter and sort, for HistoryStore (the queries are built here; the store runs them).
struct HistoryQuery
{
    QString where; ///< the WHERE clause without its keyword; "1" when there is no condition
    QVariantList values;
    QString order; ///< the ORDER BY terms without their keyword

    static HistoryQuery build(const HistoryFilter &filter, HistoryStore::Column column, Qt::SortOrder order,
                              IdSearchPlan plan = IdSearchPlan::Indexes);
    /// Few or many matches for a digits search, measured with index ranges capped at a few thousand rows;
    /// Indexes for any other filter.
    static IdSearchPlan idPlan(const QSqlDatabase &db, const HistoryFilter &filter);
};

} // namespace rh
