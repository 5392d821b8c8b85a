#include "batch/xlsxcell.h"

#include <QLocale>
#include <cmath>

namespace rh {

namespace {

// 1.23456789012346e+18 -> "1234567890123460000"; printing the double itself would show binary noise digits.
QString fifteenDigitInteger(double value)
{
    const QString scientific = QString::number(std::fabs(value), 'e', 14); // d.dddddddddddddde+XX
    const int e = int(scientific.indexOf(u'e'));
    const int exponent = scientific.mid(e + 1).toInt();
    QString digits = scientific.left(e).remove(u'.');
    if (digits.size() > exponent + 1)
        digits.truncate(exponent + 1);
    digits = digits.leftJustified(exponent + 1, u'0');
    return value < 0 ? u'-' + digits : digits;
}

} // namespace

int xlsxColumnIndex(QStringView reference)
{
    qint64 column = 0;
    int letters = 0;
    for (QChar c : reference) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            column = column * 26 + (u - u'a' + 1);
        else if (u >= u'A' && u <= u'Z')
            column = column * 26 + (u - u'A' + 1);
        else if (u == u'$' && letters == 0)
            continue;
        else
            break;
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : int(column - 1);
}

QString xlsxNumberText(QStringView stored, bool *lostDigits)
{
    if (lostDigits)
        *lostDigits = false;
    bool ok = false;
    // The C locale: the file's numbers always use '.', whatever the machine's locale.
    const double value = QLocale::c().toDouble(stored.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return stored.toString();
    const double magnitude = std::fabs(value);
    if (value == std::trunc(value) && magnitude < 1e15)
        return QString::number(qint64(value));
    if (value == std::trunc(value) && magnitude < 1e21) {
        // Excel keeps 15 significant digits; show the integer it holds, zeros where the digits were lost.
        if (lostDigits)
            *lostDigits = true;
        return fifteenDigitInteger(value);
    }
    return QString::number(value, 'g', 15);
}

} // namespace rh
