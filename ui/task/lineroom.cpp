#include "task/lineroom.h"

#include <QFontMetrics>
#include <QRect>

namespace rh {

int lineRoom(const QFont &font, const QString &sample)
{
    const QFontMetrics metrics(font);
    // The same measure QLabel takes of its text: laid out with the font's fallbacks.
    const int sampleHeight = metrics.boundingRect(QRect(0, 0, 100000, 100000), Qt::AlignLeft, sample).height();
    return qMax(metrics.lineSpacing(), sampleHeight);
}

} // namespace rh
