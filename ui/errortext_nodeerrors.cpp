// ComfyUI's validation results (promptTips) in words: one sentence per known error type, naming the input as the
// app describes it; the server's own text goes under Details.
#include "errortext.h"

#include "model/ids.h"
#include "model/queuepolicy.h"

#include <QRegularExpression>

namespace rh {

namespace {

const NodeField *fieldOf(const NodeError &error, const NodeFields &nodes)
{
    const NodeField *sameNode = nullptr;
    for (const NodeField &field : nodes) {
        if (field.nodeId != error.nodeId)
            continue;
        if (field.fieldName == error.inputName)
            return &field;
        if (!sameNode)
            sameNode = &field;
    }
    // A node-wide error (no input named) is shown on the node's first input the app has.
    return error.inputName.isEmpty() ? sameNode : nullptr;
}

/// "steps: 200 > 100" → {"200", "100"}; ComfyUI writes the limits this way for both directions.
QStringList limitParts(const QString &details)
{
    static const QRegularExpression pattern(QStringLiteral(R"(:\s*(\S+)\s*[<>]\s*(\S+)\s*$)"));
    const QRegularExpressionMatch match = pattern.match(details);
    return match.hasMatch() ? QStringList{match.captured(1), match.captured(2)} : QStringList{};
}

/// "ckpt_name: 'flux.safetensors' not in ['a', 'b']" → "flux.safetensors".
QString valueNotInList(const QString &details)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^:]*:\s*'?(.*?)'?\s+not in\b)"));
    const QRegularExpressionMatch match = pattern.match(details);
    return match.hasMatch() ? match.captured(1) : QString();
}

bool isWorkflowFault(const QString &type)
{
    return type == QLatin1String("return_type_mismatch") || type == QLatin1String("bad_linked_input") ||
           type == QLatin1String("dependency_cycle_detected");
}

} // namespace

QString ErrorText::nodeInputName(const NodeError &error, const NodeFields &nodes)
{
    const NodeField *field = fieldOf(error, nodes);
    if (field)
        return tr("“%1” (node %2)").arg(fieldLabel(*field), error.nodeId);
    if (!error.inputName.isEmpty() && !error.classType.isEmpty())
        return tr("“%1” (node %2, %3)").arg(error.inputName, error.nodeId, error.classType);
    if (!error.inputName.isEmpty())
        return tr("“%1” (node %2)").arg(error.inputName, error.nodeId);
    return error.classType.isEmpty() ? tr("node %1").arg(error.nodeId)
                                     : tr("node %1 (%2)").arg(error.nodeId, error.classType);
}

QString ErrorText::forNodeError(const NodeError &error, const NodeFields &nodes)
{
    const QString name = nodeInputName(error, nodes);
    const QString &type = error.type;
    if (type == QLatin1String("value_bigger_than_max") || type == QLatin1String("value_smaller_than_min")) {
        const bool big = type == QLatin1String("value_bigger_than_max");
        const QStringList parts = limitParts(error.details);
        if (parts.isEmpty())
            return big ? tr("%1 is more than the largest value allowed.").arg(name)
                       : tr("%1 is less than the smallest value allowed.").arg(name);
        return big ? tr("%1 is %2, more than the largest value allowed (%3). Enter %3 or less.")
                         .arg(name, parts.at(0), parts.at(1))
                   : tr("%1 is %2, less than the smallest value allowed (%3). Enter %3 or more.")
                         .arg(name, parts.at(0), parts.at(1));
    }
    if (type == QLatin1String("value_not_in_list")) {
        const QString value = valueNotInList(error.details);
        return value.isEmpty()
                   ? tr("%1 has a value that is not one of the app's choices. Choose one from the list.").arg(name)
                   : tr("%1: “%2” is not one of the app's choices. Choose one from the list.").arg(name, value);
    }
    if (type == QLatin1String("custom_validation_failed"))
        return tr("The app's own check refused %1. For a file, choose it again so that it is uploaded again; "
                  "otherwise check the value.")
            .arg(name);
    if (type == QLatin1String("invalid_input_type")) {
        const NodeField *field = fieldOf(error, nodes);
        return field ? tr("%1 must be %2.").arg(name, typeName(field->fieldType))
                     : tr("%1 has a value of the wrong kind.").arg(name);
    }
    if (type == QLatin1String("required_input_missing"))
        return tr("%1 needs a value, and none was sent. Fill it in.").arg(name);
    if (type == QLatin1String("exception_during_validation") ||
        type == QLatin1String("exception_during_inner_validation"))
        return tr("RunningHub could not check %1: the check itself failed. Try again later.").arg(name);
    if (isWorkflowFault(type))
        return tr("The app's workflow is wired wrongly at %1; only the app's author can fix it.").arg(name);
    // A type we do not know: the server's words, with the input named.
    QString what = error.message.isEmpty() ? error.type : error.message;
    if (!error.details.isEmpty())
        what = tr("%1 (%2)").arg(what, error.details);
    return tr("%1: %2").arg(name, what);
}

QString ErrorText::forJobFailure(const Job &job)
{
    // A server's code stays with its words (805, 803, …); client words ("tips", "file", "gave_up") are no codes.
    const bool serverCode = isAsciiDigits(job.errorCode) && !job.errorText.isEmpty();
    const QString words = serverCode ? tr("%1 (code %2)").arg(job.errorText, job.errorCode) : job.errorText;
    const std::optional<NodeError> error = nodeErrorOf(job.failureKey);
    if (!error)
        return words;
    const QString sentence = forNodeError(*error, job.request.nodes);
    return words.isEmpty() ? sentence : tr("%1\nRunningHub's words: %2").arg(sentence, words);
}

QString ErrorText::forPromptError(const PromptTips &tips)
{
    const QString &type = tips.errorType;
    if (type == QLatin1String("prompt_outputs_failed_validation"))
        return tips.nodeErrors.isEmpty() ? tr("RunningHub checked the inputs and refused them.")
                                         : tr("RunningHub checked the inputs and refused them; the marked inputs "
                                              "say why.");
    if (type == QLatin1String("prompt_no_outputs"))
        return tr("The app's workflow has no output; only the app's author can fix it.");
    if (type == QLatin1String("missing_node_type"))
        return tr("The app uses a node RunningHub does not have; only the app's author can fix it.");
    if (type == QLatin1String("invalid_prompt") || type == QLatin1String("exception_during_validation"))
        return tr("RunningHub could not check the app's workflow. Try again later; if it stays, tell the app's "
                  "author.");
    if (tips.error.isEmpty())
        return {};
    return tr("RunningHub refused the run: %1").arg(tips.error);
}

QString ErrorText::serverDetails(const PromptTips &tips)
{
    QStringList lines;
    if (!tips.error.isEmpty() || !tips.errorType.isEmpty())
        lines.append(tips.errorType.isEmpty() ? tips.error
                                              : QStringLiteral("%1: %2").arg(tips.errorType, tips.error).trimmed());
    for (const NodeError &error : tips.nodeErrors) {
        QString line = QStringLiteral("#%1 %2").arg(error.nodeId, error.classType).trimmed();
        if (!error.inputName.isEmpty())
            line += QStringLiteral(" [%1]").arg(error.inputName);
        line += QStringLiteral(" %1: %2").arg(error.type, error.message);
        if (!error.details.isEmpty())
            line += QStringLiteral(" (%1)").arg(error.details);
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace rh
