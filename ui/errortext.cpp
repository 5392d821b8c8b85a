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

QString ErrorText::forFailure(const FailedReason &reason)
{
    if (reason.isEmpty())
        return reason.code == 0 ? QString() : forError(ApiError::server(reason.code, reason.message));
    const QString node = reason.nodeName.isEmpty() ? tr("unknown") : reason.nodeName;
    const QString text = tr("Node %1 (#%2): %3").arg(node, reason.nodeId, reason.exceptionMessage);
    if (reason.code == 0)
        return text;
    // One pass of arg(): an exception message may itself contain "%1".
    return tr("%1 (code %2: %3)").arg(text, QString::number(reason.code), reason.message);
}

QString ErrorText::forCancel(CancelOutcome outcome)
{
    switch (outcome) {
    case CancelOutcome::Sent:
        return tr("Asking RunningHub to cancel the task…");
    case CancelOutcome::AfterSubmit:
        return tr("The task will be cancelled as soon as RunningHub confirms it was created.");
    case CancelOutcome::AlreadyOut:
        return tr("A cancel request is already on its way; waiting for RunningHub's answer.");
    case CancelOutcome::NotActive:
        return tr("Nothing to cancel: rhdesk is not following a task now.");
    case CancelOutcome::NotSent:
        return tr("The cancel request could not be sent. Press Cancel task to try again.");
    }
    return {};
}

QString ErrorText::forCancelAnswer(const ApiError &error)
{
    if (!error.isError())
        return tr("RunningHub accepted the cancel request; waiting for the task to stop.");
    return tr("The cancel request failed: %1 The task's state is as RunningHub reports it; press Cancel task to "
              "try again.")
        .arg(forError(error));
}

QString ErrorText::forRun(RunProblem problem)
{
    switch (problem) {
    case RunProblem::UploadFailed:
        return tr("Nothing was sent: an upload failed. Choose the file again, or another file, for the marked input.");
    case RunProblem::WaitingForUploads:
        return tr("Waiting for uploads to finish; the task starts right after.");
    case RunProblem::FixFirst:
        return tr("Nothing was sent. Fix these first:");
    case RunProblem::InputsRejected:
        return tr("RunningHub found problems with these inputs:");
    }
    return {};
}

QString ErrorText::forPollFailure(const ApiError &error, int failures)
{
    return tr("Checking the task failed %n time(s) in a row; trying again. (%1)", nullptr, failures)
        .arg(forError(error));
}

QString ErrorText::forCancelFailure(const ApiError &error)
{
    return tr("The cancel request failed: %1").arg(forError(error));
}

QString ErrorText::forUnsavedResults(int count)
{
    return tr("%n result(s) could not be saved. They stay on RunningHub for about 24 hours.", nullptr, count);
}

QString ErrorText::forStorage(StorageProblem problem, const QString &file)
{
    switch (problem) {
    case StorageProblem::None:
        return {};
    case StorageProblem::NoSqliteDriver:
        return tr("History, presets and the app cache do not work: Qt's SQLite driver is not installed. Install "
                  "the package libqt6sql6-sqlite (sudo apt install libqt6sql6-sqlite) and start rhdesk again. "
                  "Runs still work, but nothing is remembered.");
    case StorageProblem::CannotOpen:
        return tr("History, presets and the app cache do not work: %1 cannot be created or written. Check that its "
                  "folder exists and is yours, and that the disk is not full or read-only, then start rhdesk again.")
            .arg(file);
    case StorageProblem::TooNew:
        return tr("History, presets and the app cache do not work: %1 was written by a newer rhdesk. Update rhdesk; "
                  "the file was left untouched.")
            .arg(file);
    case StorageProblem::Damaged:
        return tr("History, presets and the app cache do not work: %1 could not be brought up to date, and was "
                  "left as it was. Keep a copy of it and report the problem.")
            .arg(file);
    }
    return {};
}

QString ErrorText::forUploadFailure(const ApiError &error)
{
    return tr("The upload failed: %1").arg(forError(error));
}

QString ErrorText::forAppLoadFailure(const ApiError &error)
{
    return tr("The app's inputs could not be loaded. %1").arg(forError(error));
}

QString ErrorText::keyNeededForApp()
{
    return tr("Enter your API key first: RunningHub shows an app's inputs only to a key holder.");
}

QString ErrorText::keyInClear()
{
    return tr("This server is reached over plain http: your API key would cross the network unencrypted, where "
              "others can read it. Use an https:// address unless the server is on this computer.");
}

QString ErrorText::unknownNamePlaceholders(const QStringList &unknown)
{
    return tr("%n unknown placeholder(s) in the file names: %1. Use {app}, {label}, {date}, {time}, {taskId} and {n}.",
              nullptr, int(unknown.size()))
        .arg(QLocale().createSeparatedList(unknown));
}

} // namespace rh
