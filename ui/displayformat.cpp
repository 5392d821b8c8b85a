#include "displayformat.h"

#include <QLocale>

namespace rh {

namespace {

bool sandboxWording = false;

} // namespace

void DisplayFormat::setSandbox(bool sandbox)
{
    sandboxWording = sandbox;
}

bool DisplayFormat::isSandbox()
{
    return sandboxWording;
}

QString DisplayFormat::dateTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString DisplayFormat::longDateTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::LongFormat) : QString();
}

QString DisplayFormat::number(const QString &amount)
{
    bool ok = false;
    const double value = amount.trimmed().toDouble(&ok);
    // 'g' with enough digits keeps 0.05 and 12 as they are, without trailing zeros or a thousands point.
    return ok ? QLocale().toString(value, 'g', 12) : amount.trimmed();
}

QString DisplayFormat::runTime(const QString &seconds)
{
    return seconds.trimmed().isEmpty() ? QString() : tr("%1 s", "run time in seconds").arg(number(seconds));
}

QString DisplayFormat::coins(const QString &amount)
{
    if (amount.trimmed().isEmpty())
        return {};
    return sandboxWording ? tr("%1 RH coins, simulated").arg(number(amount)) : coinsFigure(amount);
}

QString DisplayFormat::coinsFigure(const QString &amount)
{
    return amount.trimmed().isEmpty() ? QString() : tr("%1 RH coins").arg(number(amount));
}

QString DisplayFormat::money(const QString &amount, const QString &currency)
{
    const QString text = moneyFigure(amount, currency);
    return sandboxWording && !text.isEmpty() ? tr("%1, simulated").arg(text) : text;
}

QString DisplayFormat::simulated(const QString &figures)
{
    return sandboxWording && !figures.isEmpty() ? tr("%1 (simulated)").arg(figures) : figures;
}

QString DisplayFormat::moneyFigure(const QString &amount, const QString &currency)
{
    bool ok = false;
    const double value = amount.trimmed().toDouble(&ok);
    if (!ok)
        return amount.trimmed().isEmpty() ? QString() : QStringLiteral("%1 %2").arg(amount.trimmed(), currency);
    const QString code = currency.trimmed().toUpper();
    // The locale writes its own currency with its symbol; another currency keeps its ISO code.
    const QLocale locale;
    const QString symbol = code.isEmpty() || code == locale.currencySymbol(QLocale::CurrencyIsoCode)
                               ? locale.currencySymbol(QLocale::CurrencySymbol)
                               : code + QLatin1Char(' ');
    return locale.toCurrencyString(value, symbol, 2);
}

QString DisplayFormat::runCost(const QString &seconds, const QString &coinsAmount)
{
    const QString time = seconds.trimmed().isEmpty() ? tr("run time unknown") : runTime(seconds);
    const QString cost = coinsAmount.trimmed().isEmpty() ? tr("cost unknown") : coins(coinsAmount);
    return tr("%1 · %2", "run time · cost").arg(time, cost);
}

QString DisplayFormat::costTitle()
{
    return sandboxWording ? tr("Simulated cost") : tr("Cost");
}

} // namespace rh
