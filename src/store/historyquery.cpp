#include "store/historyquery.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace rh {

namespace {

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

// FTS5 trigram needs 3 characters; shorter searches go through the handful of distinct apps instead.
constexpr int TrigramLength = 3;

bool asciiDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// A phrase for FTS5 MATCH: the text as one quoted string, so its characters are never query syntax.
QString ftsPhrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// Runs of the apps whose name contains @p pattern (through the small run_apps table, then the webapp_id index),
/// tested on the row too so a run is matched by its own name.
QString byAppName(const HistoryFilter &filter, const QString &pattern, bool orAppId, QVariantList *values)
{
    QString apps = QStringLiteral("SELECT webapp_id FROM run_apps WHERE (app_name LIKE ? ESCAPE '\\'%1)")
                       .arg(orAppId ? QStringLiteral(" OR webapp_id LIKE ? ESCAPE '\\'") : QString());
    *values << pattern;
    if (orAppId)
        *values << pattern;
    if (!filter.server.isEmpty()) {
        apps += QStringLiteral(" AND server = ?");
        values->append(filter.server);
    }
    *values << pattern;
    QString row = QStringLiteral("app_name LIKE ? ESCAPE '\\'");
    if (orAppId) {
        *values << pattern;
        row = QStringLiteral("(%1 OR webapp_id LIKE ? ESCAPE '\\')").arg(row);
    }
    return QStringLiteral("(webapp_id IN (%1) AND %2)").arg(apps, row);
}

/// The most runs a digits search may match to be answered through the id indexes (sorting that many is cheap).
constexpr int FewMatches = 2000;

// The WHERE term (and its bound values) for a digits search: the start of a task or app id (a pasted id, or its
// first digits) as a range on the id indexes, or an app name containing the digits. Digit trigrams would match
// nearly every run, since ids made close in time share their leading digits.
QString idTerm(const HistoryFilter &filter, const QString &text, IdSearchPlan plan, QVariantList *values)
{
    const QString end = text + QLatin1Char(':'); // ':' follows '9' in ASCII
    *values << text << end << text << end;
    const QString pattern = QLatin1Char('%') + escapeLike(text) + QLatin1Char('%');
    const QString name = byAppName(filter, pattern, false, values);
    if (plan == IdSearchPlan::Scan) // matched rows are dense: the walk in display order finds a page quickly
        return QStringLiteral("(task_id >= ? AND task_id < ? OR webapp_id >= ? AND webapp_id < ? OR %1)").arg(name);
    // One index per part, joined by UNION: an OR of the three would make SQLite walk every row in date order.
    return QStringLiteral("id IN (SELECT id FROM runs WHERE task_id >= ? AND task_id < ?"
                          " UNION SELECT id FROM runs WHERE webapp_id >= ? AND webapp_id < ?"
                          " UNION SELECT id FROM runs WHERE %1)")
        .arg(name);
}

// The WHERE term (and its bound values) for the filter's text; "" when there is none.
QString textTerm(const HistoryFilter &filter, IdSearchPlan plan, QVariantList *values)
{
    const QString text = filter.text.trimmed();
    if (text.isEmpty())
        return {};
    if (asciiDigits(text))
        return idTerm(filter, text, plan, values);
    if (text.size() >= TrigramLength) {
        values->append(ftsPhrase(text));
        return QStringLiteral("id IN (SELECT rowid FROM runs_fts WHERE runs_fts MATCH ?)");
    }
    const QString pattern = QLatin1Char('%') + escapeLike(text) + QLatin1Char('%');
    return byAppName(filter, pattern, true, values);
}

QString orderExpression(HistoryStore::Column column)
{
    switch (column) {
    case HistoryStore::Column::CreatedAt:
        return QStringLiteral("created_at");
    case HistoryStore::Column::AppName:
        return QStringLiteral("app_name");
    case HistoryStore::Column::WebappId:
        return QStringLiteral("length(webapp_id), webapp_id"); // numeric order of digit strings
    case HistoryStore::Column::TaskId:
        return QStringLiteral("length(task_id), task_id");
    case HistoryStore::Column::State:
        return QStringLiteral("state");
    case HistoryStore::Column::CostTime:
        return QStringLiteral("CAST(cost_time AS REAL)");
    case HistoryStore::Column::Coins:
        return QStringLiteral("CAST(coins AS REAL)");
    }
    return QStringLiteral("created_at");
}

} // namespace

HistoryQuery HistoryQuery::build(const HistoryFilter &filter, HistoryStore::Column column, Qt::SortOrder order,
                                 IdSearchPlan plan)
{
    // A few matched ids must drive the query: a unary + keeps SQLite off the indexes of the other terms and of the
    // sort, which it would otherwise walk over every run (20 ms at 100,000 runs instead of 0.4 ms).
    const bool fromIds = plan == IdSearchPlan::Indexes && asciiDigits(filter.text.trimmed());
    const QString off = fromIds ? QStringLiteral("+") : QString();
    HistoryQuery query;
    QStringList terms;
    if (!filter.server.isEmpty()) {
        terms.append(off + QStringLiteral("server = ?"));
        query.values.append(filter.server);
    }
    const QString text = textTerm(filter, plan, &query.values);
    if (!text.isEmpty())
        terms.append(text);
    if (!filter.webappId.isEmpty()) {
        terms.append(off + QStringLiteral("webapp_id = ?"));
        query.values.append(filter.webappId);
    }
    if (filter.state) {
        terms.append(off + QStringLiteral("state = ?"));
        query.values.append(taskStateKey(*filter.state));
    }
    query.where = terms.isEmpty() ? QStringLiteral("1") : terms.join(QLatin1String(" AND "));

    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList parts = orderExpression(column).split(QLatin1String(", "));
    parts.append(QStringLiteral("id"));
    for (QString &part : parts)
        part = off + part + direction;
    query.order = parts.join(QLatin1String(", "));
    return query;
}

IdSearchPlan HistoryQuery::idPlan(const QSqlDatabase &db, const HistoryFilter &filter)
{
    const QString text = filter.text.trimmed();
    if (!asciiDigits(text))
        return IdSearchPlan::Indexes;
    // Each part capped, so a short prefix costs no more than the cap; an app whose name holds the digits makes
    // every one of its runs a match.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT (SELECT count(*) FROM (SELECT 1 FROM runs WHERE task_id >= ? AND task_id < ?"
                                 " LIMIT %1)) + (SELECT count(*) FROM (SELECT 1 FROM runs WHERE webapp_id >= ?"
                                 " AND webapp_id < ? LIMIT %1)) + %1 * EXISTS (SELECT 1 FROM run_apps"
                                 " WHERE app_name LIKE ? ESCAPE '\\')")
                      .arg(FewMatches + 1));
    const QString end = text + QLatin1Char(':');
    for (const QString &value : {text, end, text, end})
        query.addBindValue(value);
    query.addBindValue(QString(QLatin1Char('%') + escapeLike(text) + QLatin1Char('%')));
    if (!query.exec() || !query.next())
        return IdSearchPlan::Scan; // the walk is never slow for a dense match, and only a page slow for a sparse one
    return query.value(0).toInt() <= FewMatches ? IdSearchPlan::Indexes : IdSearchPlan::Scan;
}

bool HistoryFilter::matchesText(const QString &appName, const QString &webappId, const QString &taskId) const
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return true;
    // SQLite's LIKE and FTS5 fold ASCII case only.
    const auto contains = [&needle](const QString &hay) { return hay.contains(needle, Qt::CaseInsensitive); };
    if (asciiDigits(needle))
        return taskId.startsWith(needle) || webappId.startsWith(needle) || contains(appName);
    if (needle.size() >= TrigramLength)
        return contains(appName) || contains(webappId) || contains(taskId);
    return contains(appName) || contains(webappId);
}

} // namespace rh
