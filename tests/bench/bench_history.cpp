// Fills a temporary history with 100,000 runs and prints how long the operations behind the history view take.
// Built only with -DRHDESK_BUILD_BENCH=ON (preset "bench"); run by hand: ./bench_history [rows]
#include "store/database.h"
#include "store/historystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

const TaskState states[] = {TaskState::Success,   TaskState::Success,  TaskState::Success, TaskState::Failed,
                            TaskState::Cancelled, TaskState::Rejected, TaskState::Running, TaskState::Queued};
const char *const appNames[] = {"电商产品图 Product shot", "Portrait 人像",     "upscale 4x",
                                "视频转绘 video restyle",  "Flux LoRA",         "证件照 ID photo",
                                "watercolour 水彩",        "background removal"};

bool fill(Database &db, int rows)
{
    HistoryStore store(&db);
    const QByteArray preview = QByteArrayLiteral(
        R"({"apiKey":"****","webappId":1877265245566922753,"nodeInfoList":[{"nodeId":"6","fieldName":"text",)"
        R"("fieldValue":"一只橘猫坐在窗台上"}]})");
    // One outer transaction: the store's own writes join it, so filling is not 100,000 fsyncs.
    return db.transaction([&](QSqlDatabase &) {
        for (int i = 0; i < rows; ++i) {
            const QString webappId = QString::number(1877265245566922753LL + i % 50);
            const qint64 id =
                store.recordSubmit(QStringLiteral("https://www.runninghub.cn"), webappId,
                                   QString::fromUtf8(appNames[i % 8]) + QLatin1Char(' ') + QString::number(i), preview);
            const QString taskId = QString::number(1907035719658053634LL + i);
            if (id == 0 || !store.setTaskId(id, taskId, QStringLiteral("client")) ||
                !store.recordState(id, TaskState::Queued) || !store.recordState(id, states[i % 8]))
                return false;
        }
        return true;
    });
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
            ok = fill(db, rows);
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
