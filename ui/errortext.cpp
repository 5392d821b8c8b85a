#include "errortext.h"

#include "transfer/downloader.h"

#include <QCoreApplication>
#include <QLocale>

namespace rh {

QString ErrorText::serverSentence(int code)
{
    switch (code) {
    case 301:
        return tr("The request has a missing or malformed field.");
    case 380:
        return tr("This workflow does not exist. Check the id, and whether it belongs to runninghub.cn or "
                  "runninghub.ai.");
    case 412:
        return tr("The server did not accept the address or the API key. Check the key and the site in Settings.");
    case 414:
        return tr("Not enough compute balance. Top up your RunningHub account, then run again.");
    case 415:
        return tr("All dedicated machines are busy. No task was created; wait a moment and run again.");
    case 416:
        return tr("Your wallet is empty. Top up your RunningHub account, then run again.");
    case 421:
        return tr("This API key already runs as many tasks as it may. No task was created; wait for one to finish "
                  "and run again.");
    case 423:
    case 807:
        return tr("RunningHub does not know this task. It may have expired or belong to another account.");
    case 433:
        return tr("The inputs failed the workflow's validation. Check the marked inputs.");
    case 435:
        return tr("No exclusive 48 GB instance was found. Choose the instance type “plus” or check your plan.");
    case 436:
        return tr("Your exclusive membership has expired. Renew it on RunningHub, or use the default instance.");
    case 500:
        return tr("RunningHub had an internal error. Try again in a moment.");
    case 801:
        return tr("Free accounts cannot use the API. Upgrade your RunningHub account to run apps from rhdesk.");
    case 802:
        return tr("The API key is invalid, expired or disabled. Copy it again from your RunningHub account page.");
    case 803:
        return tr("An input of this request is not in the app any more. Reload the app's inputs and run again.");
    case 805:
        return tr("The task failed on RunningHub.");
    case 806:
        return tr("RunningHub found no user for this API key. Check the key and the site.");
    case 808:
        return tr("The upload failed. Try again.");
    case 809:
        return tr("The file is larger than RunningHub's 30 MB limit. Compress it or choose a smaller file.");
    case 810:
        return tr("This workflow has not been saved or run yet. Run it once on the RunningHub site first.");
    case 901:
        return tr("This app does not exist. Check the app id, and whether it belongs to runninghub.cn or "
                  "runninghub.ai.");
    default:
        return {};
    }
}

QString ErrorText::forError(const ApiError &error)
{
    QString text;
    switch (error.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Network:
        text = tr("Could not reach the server. Check your internet connection or proxy, then try again.");
        break;
    case ApiError::Kind::Tls:
        // Qt's detail names the reason (self-signed, expired, wrong host…): keep it for the user and for support.
        text = tr("The server's certificate is not trusted, so the connection was stopped and your API key was not "
                  "sent. Check the site or custom server in Settings, or your proxy. (%1)")
                   .arg(error.message);
        break;
    case ApiError::Kind::Timeout:
        text = tr("The server did not answer in time. Try again in a moment.");
        break;
    case ApiError::Kind::UnknownOutcome:
        text = tr("The run was sent but no answer came back, so a task may have been created. It was not sent "
                  "again, to avoid paying twice. Check your task list on RunningHub before running again.");
        break;
    case ApiError::Kind::Http:
        text = tr("The server answered with an error page (HTTP %1) instead of data. This is usually a passing "
                  "problem of RunningHub or a proxy; try again in a moment.")
                   .arg(error.code);
        break;
    case ApiError::Kind::BadReply:
        text = tr("The server's answer could not be read (it was cut short or not in the expected form). Try "
                  "again in a moment.");
        break;
    case ApiError::Kind::Server: {
        const QString known = serverSentence(error.code);
        if (known.isEmpty())
            text = tr("RunningHub answered with code %1: %2").arg(error.code).arg(error.message);
        else
            text = tr("%1 (code %2: %3)").arg(known).arg(error.code).arg(error.message);
        break;
    }
    case ApiError::Kind::Cancelled:
        text = tr("Stopped.");
        break;
    case ApiError::Kind::Invalid:
        text = error.message;
        break;
    }
    if (!error.taskId.isEmpty())
        text += QLatin1Char(' ') + tr("Task ID: %1.").arg(error.taskId);
    return text;
}

QString ErrorText::forDownload(const DownloadError &error)
{
    const int n = error.index + 1;
    const QString size = QLocale().formattedDataSize(error.limitBytes);
    switch (error.kind) {
    case DownloadError::Kind::TooLarge:
        return tr("Result %1 was not saved: it is larger than %2, the most rhdesk saves for one result.")
            .arg(n)
            .arg(size);
    case DownloadError::Kind::NoSpace:
        return tr("Result %1 was not saved: the disk of the results folder is nearly full (%2 free). Free some space; "
                  "the result stays on RunningHub for about 24 hours.")
            .arg(n)
            .arg(size);
    case DownloadError::Kind::Network:
        return tr("Result %1 was not saved: the download broke off (%2).").arg(n).arg(error.message);
    case DownloadError::Kind::Timeout:
        return tr("Result %1 was not saved: the file server stopped sending.").arg(n);
    case DownloadError::Kind::Http:
        return tr("Result %1 was not saved: the file server answered HTTP %2; the link may have expired.")
            .arg(n)
            .arg(error.httpStatus);
    case DownloadError::Kind::File:
        return tr("Result %1 was not saved: the file could not be written (%2).").arg(n).arg(error.message);
    case DownloadError::Kind::BadUrl:
        return tr("Result %1 was not saved: RunningHub gave no usable link for it.").arg(n);
    case DownloadError::Kind::Cancelled:
        return tr("Result %1 was not saved: the download was stopped.").arg(n);
    }
    return {};
}

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

QString ErrorText::forNodeError(const NodeError &error, const NodeFields &nodes)
{
    QString nodeName = error.classType;
    for (const NodeField &field : nodes) {
        if (field.nodeId == error.nodeId &&
            (error.inputName.isEmpty() || field.fieldName == error.inputName || nodeName.isEmpty())) {
            nodeName = fieldLabel(field);
            break;
        }
    }
    QString what = error.message.isEmpty() ? error.type : error.message;
    if (!error.details.isEmpty())
        what = tr("%1 (%2)").arg(what, error.details);
    if (error.inputName.isEmpty())
        return tr("Node “%1” (#%2): %3").arg(nodeName, error.nodeId, what);
    return tr("Node “%1” (#%2), input %3: %4").arg(nodeName, error.nodeId, error.inputName, what);
}

QString ErrorText::stateName(TaskState state)
{
    switch (state) {
    case TaskState::None:
        return tr("Not started");
    case TaskState::Submitting:
        return tr("Sending");
    case TaskState::Create:
        return tr("Created");
    case TaskState::Queued:
        return tr("Queued");
    case TaskState::Running:
        return tr("Running");
    case TaskState::Success:
        return tr("Succeeded");
    case TaskState::Failed:
        return tr("Failed");
    case TaskState::Rejected:
        return tr("Rejected");
    case TaskState::Cancelled:
        return tr("Cancelled");
    case TaskState::NotFound:
        return tr("Not found");
    case TaskState::Unknown:
        return tr("Outcome unknown");
    case TaskState::GaveUp:
        return tr("Stopped watching");
    }
    return {};
}

QString ErrorText::stateSentence(TaskState state)
{
    switch (state) {
    case TaskState::Submitting:
        return tr("Sending the task to RunningHub…");
    case TaskState::Create:
    case TaskState::Queued:
        return tr("Waiting in RunningHub's queue.");
    case TaskState::Running:
        return tr("Running on RunningHub.");
    case TaskState::Success:
        return tr("Finished.");
    case TaskState::Failed:
        return tr("The task failed.");
    case TaskState::Rejected:
        return tr("RunningHub rejected the inputs; the task will not run. Fix the marked inputs and run again.");
    case TaskState::Cancelled:
        return tr("The task was cancelled.");
    case TaskState::NotFound:
        return tr("RunningHub does not know this task.");
    case TaskState::Unknown:
        return tr("No answer came back; a task may have been created. It was not sent again.");
    case TaskState::GaveUp:
        return tr("Stopped watching the task; it may still finish on RunningHub. To look again, select it under "
                  "History and press Look again.");
    case TaskState::None:
        break;
    }
    return {};
}

} // namespace rh
