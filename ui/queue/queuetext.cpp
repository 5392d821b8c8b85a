#include "queue/queuetext.h"

#include <QStringList>

namespace rh {

QString QueueText::timeLeft(std::optional<qint64> remainingMs)
{
    if (!remainingMs)
        return tr("no estimate yet");
    const qint64 seconds = (*remainingMs + 999) / 1000;
    if (seconds < 60)
        return tr("about %n s left", nullptr, int(qMax<qint64>(seconds, 1)));
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return tr("about %n min left", nullptr, int(minutes));
    return tr("about %1 h %2 min left").arg(minutes / 60).arg(minutes % 60);
}

QString QueueText::progress(const QueueCounts &counts, std::optional<qint64> remainingMs)
{
    QStringList parts;
    parts << tr("%1 of %2 done").arg(counts.done()).arg(counts.total);
    if (counts.failed > 0)
        parts << tr("%n failed", nullptr, counts.failed);
    if (counts.unknown > 0)
        parts << tr("%n outcome unknown", nullptr, counts.unknown);
    if (counts.live > 0)
        parts << tr("%n running", nullptr, counts.live);
    if (counts.onHold > 0)
        parts << tr("%n on hold", nullptr, counts.onHold);
    if (counts.remaining() > 0)
        parts << timeLeft(remainingMs);
    return parts.join(QStringLiteral(" · "));
}

QString QueueText::summary(const QueueCounts &counts)
{
    QStringList parts;
    parts << tr("%n succeeded", nullptr, counts.succeeded);
    if (counts.failed > 0)
        parts << tr("%n failed", nullptr, counts.failed);
    if (counts.cancelled > 0)
        parts << tr("%n cancelled", nullptr, counts.cancelled);
    if (counts.unknown > 0)
        parts << tr("%n outcome unknown", nullptr, counts.unknown);
    return tr("%1 done: %2").arg(counts.done()).arg(parts.join(QStringLiteral(", ")));
}

} // namespace rh
