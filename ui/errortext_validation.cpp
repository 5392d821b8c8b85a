#include "errortext.h"

#include <QLocale>

namespace rh {

QString ErrorText::fieldLabel(const NodeField &field)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QString described = chinese ? field.description : field.descriptionEn;
    if (!described.isEmpty())
        return described;
    const QString other = chinese ? field.descriptionEn : field.description;
    if (!other.isEmpty())
        return other;
    if (!field.nodeName.isEmpty())
        return QStringLiteral("%1 · %2").arg(field.nodeName, field.fieldName);
    return field.fieldName;
}

QString ErrorText::appLabel(const QString &name, const QString &webappId)
{
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    return webappId.isEmpty() ? QString() : tr("App %1").arg(webappId);
}

QString ErrorText::forIssue(const RequestIssue &issue, const NodeFields &nodes)
{
    const QString row = issue.row >= 0 && issue.row < nodes.size()
                            ? tr("Row %1 (%2)").arg(issue.row + 1).arg(fieldLabel(nodes.at(issue.row)))
                            : tr("Row %1").arg(issue.row + 1);
    switch (issue.kind) {
    case RequestIssue::Kind::MissingApiKey:
        return tr("Enter your API key (from your RunningHub account page).");
    case RequestIssue::Kind::MissingWebappId:
        return tr("Enter the app's ID or paste its link.");
    case RequestIssue::Kind::WebappIdNotDigits:
        return tr("The app ID must be 1 to 19 digits, like 1877265245566922753.");
    case RequestIssue::Kind::WebappIdTooLarge:
        return tr("The app ID is too large to be a RunningHub id. Check that it was copied whole.");
    case RequestIssue::Kind::EmptyNodeId:
        return tr("%1: the node ID is empty.").arg(row);
    case RequestIssue::Kind::EmptyFieldName:
        return tr("%1: the field name is empty.").arg(row);
    case RequestIssue::Kind::DuplicateField:
        return tr("%1: this node and field name appear twice; remove one.").arg(row);
    case RequestIssue::Kind::BadWebhookUrl:
        return tr("The webhook URL must start with http:// or https://, or be left empty.");
    case RequestIssue::Kind::BadInstanceType:
        return tr("Choose an instance type from the list.");
    case RequestIssue::Kind::NoNodes:
        return tr("Add at least one input to the table.");
    }
    return {};
}

QString ErrorText::forFileCheck(FieldSpec::FileCheck check, const QStringList &allowed)
{
    switch (check) {
    case FieldSpec::FileCheck::Ok:
        return {};
    case FieldSpec::FileCheck::TooLarge:
        return tr("The file is larger than RunningHub's 30 MB limit. Compress it or choose a smaller file.");
    case FieldSpec::FileCheck::WrongType:
    case FieldSpec::FileCheck::NotMedia:
        return tr("RunningHub does not take this kind of file here. Use one of: %1.")
            .arg(allowed.join(QStringLiteral(", ")));
    case FieldSpec::FileCheck::Empty:
        return tr("The file is empty or cannot be read.");
    }
    return {};
}

QString ErrorText::forNumber(FieldSpec::NumberCheck check, const QString &typed, const QString &range)
{
    switch (check) {
    case FieldSpec::NumberCheck::Ok:
        return {};
    case FieldSpec::NumberCheck::NotANumber:
        return range.isEmpty() ? tr("“%1” is not a number; the value was not changed.").arg(typed)
                               : tr("“%1” is not a number. Allowed: %2.").arg(typed, range);
    case FieldSpec::NumberCheck::NotWhole:
        return range.isEmpty() ? tr("“%1” is not a whole number; the value was not changed.").arg(typed)
                               : tr("“%1” is not a whole number. Allowed: whole numbers %2.").arg(typed, range);
    case FieldSpec::NumberCheck::BelowMinimum:
    case FieldSpec::NumberCheck::AboveMaximum:
        return tr("%1 is outside the allowed range %2; the value was not changed.").arg(typed, range);
    }
    return {};
}

QString ErrorText::forMissingFile(const QString &path)
{
    return tr("There is no file “%1” on this computer. Press Choose… to pick the file.").arg(path);
}

QString ErrorText::typeName(const QString &fieldType)
{
    const QString type = fieldType.trimmed().toUpper();
    if (type == QLatin1String("STRING"))
        return tr("text");
    if (type == QLatin1String("INT"))
        return tr("a whole number");
    if (type == QLatin1String("FLOAT"))
        return tr("a number");
    if (type == QLatin1String("LIST"))
        return tr("a choice from a list");
    if (type == QLatin1String("SWITCH"))
        return tr("an on/off choice");
    if (type == QLatin1String("IMAGE"))
        return tr("an image");
    if (type == QLatin1String("VIDEO"))
        return tr("a video");
    if (type == QLatin1String("AUDIO"))
        return tr("a sound file");
    return fieldType.trimmed().isEmpty() ? tr("any value") : tr("a value of type %1").arg(fieldType.trimmed());
}

QString ErrorText::accountWithoutKey()
{
    return tr("This account has no API key on this computer. Give it one in File → Accounts….");
}

} // namespace rh
