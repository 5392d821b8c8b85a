#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace rh {

/// The one way dates, run times and costs are written on screen: the locale's short date and time, "37 s",
/// "12 RH coins". In the sandbox a cost is said to be simulated, since nothing there costs money.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(rh::DisplayFormat)
public:
    /// Set once by the window in `--sandbox`: costs read "simulated".
    static void setSandbox(bool sandbox);
    static bool isSandbox();

    /// The locale's short date and time, in local time ("11/29/26 7:32 AM", "2026/11/29 07:32"); "" when invalid.
    static QString dateTime(const QDateTime &at);
    /// The same with seconds and the time zone, for tooltips.
    static QString longDateTime(const QDateTime &at);
    /// "37 s" from the server's seconds text; "" when empty.
    static QString runTime(const QString &seconds);
    /// "12 RH coins" (in the sandbox "12 RH coins, simulated"); "" when empty. The number in the locale's digits.
    static QString coins(const QString &amount);
    /// "¥88.88" / "CNY 88.88": money with its currency, as the locale writes it; "" when empty.
    static QString money(const QString &amount, const QString &currency);
    /// "1,234 RH coins" without the sandbox's word: for a line of figures that says "simulated" once.
    static QString coinsFigure(const QString &amount);
    /// "¥88.88" without the sandbox's word.
    static QString moneyFigure(const QString &amount, const QString &currency);
    /// In the sandbox "… (simulated)": figures of a pretend account or of pretend runs; elsewhere the text itself.
    static QString simulated(const QString &figures);
    /// "37 s · 12 RH coins": a run's time and cost on one line; the unknown parts say so.
    static QString runCost(const QString &seconds, const QString &coins);
    /// The label before a cost: "Cost" or, in the sandbox, "Simulated cost".
    static QString costTitle();

private:
    /// "12", "0.5" in the locale's way; the text itself when it is not a number.
    static QString number(const QString &amount);
};

} // namespace rh
