#include "historyfill.h"

#include "store/database.h"
#include "store/historystore.h"

namespace rh::test {

namespace {

const TaskState states[] = {TaskState::Success,   TaskState::Success,  TaskState::Success, TaskState::Failed,
                            TaskState::Cancelled, TaskState::Rejected, TaskState::Running, TaskState::Queued};
const char *const appNames[] = {"电商产品图 Product shot", "Portrait 人像",     "upscale 4x",
                                "视频转绘 video restyle",  "Flux LoRA",         "证件照 ID photo",
                                "watercolour 水彩",        "background removal"};

} // namespace

bool fillHistory(Database &db, const QString &server, int rows)
{
    HistoryStore store(&db);
    const QByteArray preview = QByteArrayLiteral(
        R"({"apiKey":"****","webappId":1877265245566922753,"nodeInfoList":[{"nodeId":"6","fieldName":"text",)"
        R"("fieldValue":"一只橘猫坐在窗台上"}]})");
    // One outer transaction: the store's own writes join it, so filling is not 100,000 fsyncs.
    return db.transaction([&](QSqlDatabase &) {
        for (int i = 0; i < rows; ++i) {
            // Fifty apps, each always under its own name, as a real history has them.
            const int app = i % 50;
            const QString webappId = QString::number(1877265245566922753LL + app);
            const QString name = QString::fromUtf8(appNames[app % 8]) + QLatin1Char(' ') + QString::number(app);
            const qint64 id = store.recordSubmit(server, webappId, name, preview);
            const QString taskId = QString::number(1907035719658053634LL + i);
            if (id == 0 || !store.setTaskId(id, taskId, QStringLiteral("client")) ||
                !store.recordState(id, TaskState::Queued) || !store.recordState(id, states[i % 8]))
                return false;
        }
        return true;
    });
}

} // namespace rh::test
