#pragma once

#include "model/queueprogress.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rh {

/// How the queue's progress reads for people.
class QueueText
{
    Q_DECLARE_TR_FUNCTIONS(rh::QueueText)
public:
    /// "37 of 120 done · 2 failed · 3 running · about 14 min left" (parts that are zero are left out, but "done"
    /// always shows); "no estimate yet" when the time is not known.
    static QString progress(const QueueCounts &counts, std::optional<qint64> remainingMs);
    /// "about 14 min left", "about 40 s left", "about 2 h 5 min left"; "no estimate yet".
    static QString timeLeft(std::optional<qint64> remainingMs);
    /// What a batch ended with, for its notification: "30 done: 28 succeeded, 2 failed".
    static QString summary(const QueueCounts &counts);
};

} // namespace rh
