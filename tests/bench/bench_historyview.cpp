// Fills a temporary history with 100,000 runs and prints how long the history view's model takes to open, filter,
// sort and page. Built only with -DRHDESK_BUILD_BENCH=ON (preset "bench"); run by hand:
//   QT_QPA_PLATFORM=offscreen ./bench_historyview [rows]
#include "history/historymodel.h"
#include "history/historyview.h"
#include "store/database.h"
#include "store/historystore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace rh;

namespace {

QTextStream out(stdout);

void timed(const QString &what, const std::function<QString()> &work)
{
    QElapsedTimer timer;
    timer.start();
    const QString result = work();
    out << qSetFieldWidth(40) << Qt::left << what << qSetFieldWidth(10) << Qt::right
        << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 1) << qSetFieldWidth(0) << " ms   " << result
        << Qt::endl;
}

const TaskState states[] = {TaskState::Success, TaskState::Success,  TaskState::Success, TaskState::Failed,
                            TaskState::GaveUp,  TaskState::Rejected, TaskState::Running, TaskState::Queued};
const char *const appNames[] = {"电商产品图 Product shot", "Portrait 人像",     "upscale 4x",
                                "视频转绘 video restyle",  "Flux LoRA",         "证件照 ID photo",
                                "watercolour 水彩",        "background removal"};

bool fill(Database &db, HistoryStore &store, int rows)
{
    const QByteArray preview =
        QByteArrayLiteral(R"({"apiKey": "********", "webappId": 1877265245566922753, "nodeInfoList": [)"
                          R"({"nodeId": "6", "fieldName": "text", "fieldValue": "一只橘猫坐在窗台上"}]})");
    // One outer transaction: the store's writes join it, so filling is not 100,000 commits.
    return db.transaction([&](QSqlDatabase &) {
        for (int i = 0; i < rows; ++i) {
            const QString webappId = QString::number(1877265245566922753LL + i % 50);
            const qint64 id = store.recordSubmit(QStringLiteral("https://www.runninghub.cn"), webappId,
                                                 QString::fromUtf8(appNames[(i / 8) % 8]), preview);
            const TaskState state = states[i % 8];
            if (id == 0 || !store.setTaskId(id, QString::number(1907035719658053634LL + i)) ||
                !store.recordState(id, state))
                return false;
            if (state == TaskState::Success) {
                TaskOutput output;
                output.fileUrl = QStringLiteral("https://rh-images.example.com/%1.png").arg(i);
                output.fileType = QStringLiteral("png");
                output.taskCostTime = QString::number(i % 300);
                output.consumeCoins = QString::number(i % 37);
                if (!store.recordOutputs(id, {output}))
                    return false;
            }
        }
        return true;
    });
}

QString rowsOf(const HistoryModel &model)
{
    return QStringLiteral("%1 loaded of %2").arg(model.rowCount()).arg(model.totalCount());
}

void benchModel(HistoryStore &store)
{
    std::unique_ptr<HistoryModel> model;
    timed(QStringLiteral("open (count + first page)"), [&] {
        model = std::make_unique<HistoryModel>(&store);
        return rowsOf(*model);
    });
    timed(QStringLiteral("fetch 10 more pages"), [&] {
        for (int i = 0; i < 10; ++i)
            model->fetchMore({});
        return rowsOf(*model);
    });
    const auto filter = [&](const QString &what, const HistoryFilter &f) {
        timed(what, [&] {
            model->setFilter(f);
            return rowsOf(*model);
        });
    };
    filter(QStringLiteral("filter text \"portrait\""),
           {QStringLiteral("https://www.runninghub.cn"), QStringLiteral("portrait"), {}, {}});
    filter(QStringLiteral("filter text \"水彩\""),
           {QStringLiteral("https://www.runninghub.cn"), QStringLiteral("水彩"), {}, {}});
    filter(QStringLiteral("filter text task id 19070357196580999"),
           {QStringLiteral("https://www.runninghub.cn"), QStringLiteral("19070357196580999"), {}, {}});
    filter(QStringLiteral("filter text matching nothing"),
           {QStringLiteral("https://www.runninghub.cn"), QStringLiteral("no such app"), {}, {}});
    filter(QStringLiteral("filter state Failed"),
           {QStringLiteral("https://www.runninghub.cn"), {}, {}, TaskState::Failed});
    filter(QStringLiteral("filter state Running + text \"upscale\""),
           {QStringLiteral("https://www.runninghub.cn"), QStringLiteral("upscale"), {}, TaskState::Running});
    filter(QStringLiteral("filter cleared"), {
                                                 QStringLiteral("https://www.runninghub.cn"),
                                             });
    for (int column = HistoryModel::TimeColumn; column < HistoryModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QString name = model->headerData(column, Qt::Horizontal).toString();
            timed(QStringLiteral("sort %1 %2")
                      .arg(name, order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")),
                  [&] {
                      model->sort(column, order);
                      return rowsOf(*model);
                  });
        }
    }
    model->sort(HistoryModel::TimeColumn, Qt::DescendingOrder);
    const qint64 first = model->runId(0);
    timed(QStringLiteral("a loaded run changes (refresh row)"), [&] {
        store.recordState(first, TaskState::Failed, QStringLiteral("bench"));
        return rowsOf(*model);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db.open()) {
        out << "cannot open the database: " << db.errorDetail() << Qt::endl;
        return 1;
    }
    HistoryStore store(&db);
    timed(QStringLiteral("fill %1 runs").arg(rows),
          [&] { return fill(db, store, rows) ? QString() : QStringLiteral("FAILED"); });
    benchModel(store);
    timed(QStringLiteral("HistoryView: build and show"), [&] {
        HistoryView view(&store);
        view.resize(1000, 700);
        view.show();
        QCoreApplication::processEvents();
        return rowsOf(*view.model());
    });
    return 0;
}
