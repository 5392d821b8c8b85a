#include "batch/batchtext.h"

#include "batch/batchpreset.h"

#include <QDir>
#include <QFileInfo>

#include <QLocale>

namespace rh {

namespace {

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(BatchText::tr("“%1”").arg(name));
    return quoted.join(BatchText::tr(", "));
}

} // namespace

QString BatchText::dialogTitle(const BatchSource &source)
{
    const QString what = source.isPasted() ? tr("pasted cells") : QFileInfo(source.path).fileName();
    if (!source.saved.isEmpty())
        return tr("Batch preset “%1” — %2").arg(source.presetName, what);
    return tr("Import batch — %1").arg(what);
}

QString BatchText::changedColumns(const QString &presetName, const RestoredMapping &restored)
{
    if (!restored.changed())
        return QString();
    if (restored.missing.isEmpty())
        return tr("The sheet has columns the preset “%1” did not have: %2. Check what they feed before queueing.")
            .arg(presetName, quotedList(restored.added));
    if (restored.added.isEmpty())
        return tr("The sheet no longer has columns the preset “%1” used: %2. Their inputs keep the form's values; "
                  "check the columns before queueing.")
            .arg(presetName, quotedList(restored.missing));
    return tr("The sheet's columns changed since the preset “%1” was saved: new %2; gone %3. Check the columns "
              "before queueing.")
        .arg(presetName, quotedList(restored.added), quotedList(restored.missing));
}

QString BatchText::missingSheet(const QString &presetName, const QString &path)
{
    return tr("The sheet of the preset “%1” is not at %2 any more: its other values are in the form. Import the "
              "sheet again and save the preset anew.")
        .arg(presetName, QDir::toNativeSeparators(path));
}

QString BatchText::estimate(int runs, std::optional<double> medianCoins, std::optional<qint64> medianRunMs, int slots)
{
    if (runs <= 0)
        return tr("Nothing to queue.");
    if (!medianCoins)
        return tr("no estimate: this app has no finished runs yet");
    const QString each = QLocale().toString(*medianCoins, 'g', 6);
    const QString total = QLocale().toString(*medianCoins * runs, 'g', 9);
    const QString coins =
        (runs == 1 ? tr("About %1 coins (1 run × %2 coins, the median of this app's runs)")
                   : tr("About %1 coins (%n runs × %2 coins, the median of this app's runs)", nullptr, runs))
            .arg(total, each);
    if (!medianRunMs || slots <= 0)
        return coins;
    const qint64 rounds = (runs + slots - 1) / slots;
    return (slots == 1 ? tr("%1 and %2 with 1 slot") : tr("%1 and %2 with %n slots", nullptr, slots))
        .arg(coins, duration(*medianRunMs * rounds));
}

QString BatchText::duration(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(1, (ms + 999) / 1000);
    if (seconds < 60)
        return tr("about %1 s").arg(seconds);
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return tr("about %1 min").arg(minutes);
    return tr("about %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString BatchText::readError(SheetError error, const QString &detail)
{
    switch (error) {
    case SheetError::None:
        return {};
    case SheetError::Empty:
        return tr("The sheet is empty.");
    case SheetError::TooLarge:
        return tr("The sheet is too large to import (%1).").arg(detail);
    case SheetError::BadEncoding:
        return tr("The sheet's text is not in this encoding; choose another one.");
    case SheetError::BadCsv:
        return tr("The sheet is not a CSV file that can be read (%1).").arg(detail);
    case SheetError::NotXlsx:
        return tr("The file is not an Excel workbook (.xlsx).");
    case SheetError::BadXlsx:
        return tr("The workbook is damaged (%1).").arg(detail);
    case SheetError::SheetNotFound:
        return tr("The workbook has no sheet named '%1'.").arg(detail);
    }
    return {};
}

QString BatchText::encodingName(SheetEncoding encoding)
{
    switch (encoding) {
    case SheetEncoding::Auto:
        return tr("Detect");
    case SheetEncoding::Utf8:
        return tr("UTF-8");
    case SheetEncoding::Utf16LE:
        return tr("UTF-16 LE");
    case SheetEncoding::Utf16BE:
        return tr("UTF-16 BE");
    case SheetEncoding::Gb18030:
        return tr("GB18030 (GBK)");
    }
    return {};
}

} // namespace rh
