// Fills a temporary history with 100,000 runs and prints how long the operations behind the history view take.
// Built only with -DRHDESK_BUILD_BENCH=ON (preset "bench"); run by hand: ./bench_history [rows]
#include "historyfill.h"
#include "store/database.h"
#include "store/historystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace rh;

namespace {

const QString cn = QStringLiteral("https://www.runninghub.cn");

QTextStream out(stdout);

void timed(const char *what, const std::function<QString()> &work)
{
    QElapsedTimer timer;
    timer.start();
    const QString result = work();
    out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(0) << qSetFieldWidth(10) << Qt::right
        << QString::number(timer.nsecsElapsed() / 1e6, 'f', 2) << qSetFieldWidth(0) << " ms   " << result << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        Database db(path);
        if (!db.open())
            return 1;
        bool ok = false;
        timed("fill (one transaction, 4 writes per run)", [&] {
            ok = test::fillHistory(db, cn, rows);
            return QStringLiteral("%1 runs").arg(rows);
        });
        if (!ok)
            return 1;
    }

    Database db(path);
    timed("open existing file", [&] { return db.open() ? QStringLiteral("ok") : QStringLiteral("FAILED"); });
    HistoryStore store(&db);
    const auto count = [&](const HistoryFilter &filter) { return QString::number(store.count(filter)); };
    const auto page = [&](const HistoryFilter &filter, HistoryStore::Column column, int offset) {
        return QStringLiteral("%1 rows").arg(store.page(filter, column, Qt::DescendingOrder, offset, 100).size());
    };
    timed("count all", [&] { return count({}); });
    timed("count text \"人像\"", [&] { return count({cn, QStringLiteral("人像"), QString(), std::nullopt}); });
    timed("count text \"4242\" (task id digits)", [&] {
        return count({cn, QStringLiteral("4242"), QString(), std::nullopt});
    });
    timed("count state failed", [&] { return count({cn, QString(), QString(), TaskState::Failed}); });
    timed("count webapp id", [&] {
        return count({cn, QString(), QStringLiteral("1877265245566922760"), std::nullopt});
    });
    // Successful runs say their cost, as real ones do (the fill writes none): the sums read every matching row.
    timed("give successes a cost (one UPDATE)", [&] {
        QSqlQuery update(db.connection());
        const bool ok =
            update.exec(QStringLiteral("UPDATE runs SET coins = CAST(id % 7 + 1 AS TEXT),"
                                       " money = printf('%.2f', (id % 7 + 1) / 10.0) WHERE state = 'success'"));
        return ok ? QStringLiteral("%1 runs").arg(update.numRowsAffected()) : update.lastError().text();
    });
    const auto cost = [&](const HistoryFilter &filter) {
        const HistoryCost sum = store.cost(filter);
        return QStringLiteral("%1 runs, %2 coins, %3 money").arg(sum.runs).arg(sum.coins).arg(sum.money, 0, 'f', 2);
    };
    timed("cost sums, all of the server", [&] { return cost({cn, QString(), QString(), std::nullopt}); });
    timed("cost sums, text \"人像\"", [&] { return cost({cn, QStringLiteral("人像"), QString(), std::nullopt}); });
    timed("cost sums, state succeeded", [&] { return cost({cn, QString(), QString(), TaskState::Success}); });
    timed("first page, newest first", [&] { return page({}, HistoryStore::Column::CreatedAt, 0); });
    timed("last page, newest first", [&] { return page({}, HistoryStore::Column::CreatedAt, rows - 100); });
    timed("first page, text \"人像\"", [&] {
        return page({cn, QStringLiteral("人像"), QString(), std::nullopt}, HistoryStore::Column::CreatedAt, 0);
    });
    timed("first page, state failed", [&] {
        return page({cn, QString(), QString(), TaskState::Failed}, HistoryStore::Column::CreatedAt, 0);
    });
    timed("first page, sorted by app name", [&] { return page({}, HistoryStore::Column::AppName, 0); });
    timed("first page, sorted by coins", [&] { return page({}, HistoryStore::Column::Coins, 0); });
    timed("unfinished runs (start-up)",
          [&] { return QString::number(store.unfinishedRuns(QStringLiteral("https://www.runninghub.cn")).size()); });
    timed("one run with outputs and events", [&] { return store.run(rows / 2) ? QStringLiteral("ok") : QString(); });
    return 0;
}
