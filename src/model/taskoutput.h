#pragma once

#include <QList>
#include <QString>

namespace rh {

/// One file a finished task produced (outputs reply, code 0). Numbers stay as the server's strings.
struct TaskOutput
{
    QString fileUrl;
    QString fileType; ///< png, jpg, mp4, txt, …
    QString nodeId;
    QString taskCostTime; ///< seconds, as sent
    QString consumeCoins;
    QString consumeMoney;
    QString thirdPartyConsumeMoney;
    QString localPath; ///< where the download landed, "" until then

    friend bool operator==(const TaskOutput &a, const TaskOutput &b)
    {
        return a.fileUrl == b.fileUrl && a.fileType == b.fileType && a.nodeId == b.nodeId &&
               a.taskCostTime == b.taskCostTime && a.consumeCoins == b.consumeCoins &&
               a.consumeMoney == b.consumeMoney && a.thirdPartyConsumeMoney == b.thirdPartyConsumeMoney &&
               a.localPath == b.localPath;
    }
};

/// Why a task failed (outputs reply 805, data.failedReason), with the envelope's code and msg kept for support.
struct FailedReason
{
    int code = 0;    ///< the envelope's code (805); 0 when the failure came without one (a FAILED run reply)
    QString message; ///< the envelope's msg as sent, e.g. APIKEY_TASK_STATUS_ERROR
    QString nodeName;
    QString nodeId;
    QString exceptionType;
    QString exceptionMessage;
    QString traceback; ///< joined to plain text
    bool isEmpty() const { return nodeName.isEmpty() && nodeId.isEmpty() && exceptionMessage.isEmpty(); }
};

} // namespace rh
