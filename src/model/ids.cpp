#include "model/ids.h"

#include <QString>

#include <algorithm>

namespace rh {

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar ch : text) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool isIdText(QStringView text)
{
    if (!isAsciiDigits(text) || text.size() > maxIdDigits)
        return false;
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c == QLatin1Char('0'); }))
        return false;
    // 19 digits may still exceed int64; at the same length, string order is numeric order.
    return text.size() < maxIdDigits || text.compare(QLatin1String("9223372036854775807")) <= 0;
}

} // namespace rh
