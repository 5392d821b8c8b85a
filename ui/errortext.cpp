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

QString ErrorText::forMissingFile(const QString &path)
{
    return tr("There is no file “%1” on this computer. Press Choose… to pick the file.").arg(path);
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

QString ErrorText::forPresetImport(const PresetImport &import, const QString &source)
{
    switch (import.error) {
    case PresetImport::Error::None:
        return {};
    case PresetImport::Error::TooLarge:
        return tr("Nothing was imported: %1 is too large to hold presets.").arg(source);
    case PresetImport::Error::NotJson:
        return tr("Nothing was imported: %1 is not JSON text. Choose a file exported by rhdesk, or copy a request "
                  "body from RunningHub's documentation.")
            .arg(source);
    case PresetImport::Error::NotPresetFile:
        return tr("Nothing was imported: %1 holds neither rhdesk presets nor a RunningHub request with a "
                  "nodeInfoList.")
            .arg(source);
    case PresetImport::Error::NewerVersion:
        return tr("Nothing was imported: %1 was written by a newer rhdesk (file version %2). Update rhdesk to "
                  "import it.")
            .arg(source)
            .arg(import.version);
    case PresetImport::Error::BadContent:
        break;
    }
    QString place;
    if (import.presetIndex < 0)
        place = tr("The file itself has a missing or wrong “%1”.").arg(import.member);
    else if (import.nodeIndex < 0)
        place = tr("Preset %1 has a missing or wrong “%2”.").arg(import.presetIndex + 1).arg(import.member);
    else
        place = tr("Preset %1, input %2 has a missing or wrong “%3”.")
                    .arg(import.presetIndex + 1)
                    .arg(import.nodeIndex + 1)
                    .arg(import.member);
    return tr("Nothing was imported from %1. %2").arg(source, place);
}

QString ErrorText::forPresets(PresetProblem problem, const QString &source, const QString &detail)
{
    switch (problem) {
    case PresetProblem::Unreadable:
        return tr("Nothing was imported: %1 could not be read (%2).").arg(source, detail);
    case PresetProblem::Unwritable:
        return tr("The presets could not be written to %1 (%2).").arg(source, detail);
    case PresetProblem::NoText:
        return tr("Nothing was imported: %1 holds no text. Copy a request body or a nodeInfoList first.").arg(source);
    case PresetProblem::NoPresets:
        return tr("Nothing was imported: %1 holds no presets.").arg(source);
    case PresetProblem::NoApp:
        return tr("Nothing was imported: %1 names no app. Load the app in the form first, then import again.")
            .arg(source);
    case PresetProblem::DatabaseRefused:
        return tr("Nothing was imported from %1: the preset database refused the change.").arg(source);
    }
    return {};
}

namespace {

const NodeField *findNode(const NodeFields &nodes, const QString &nodeId, const QString &fieldName)
{
    for (const NodeField &node : nodes) {
        if (node.nodeId == nodeId && node.fieldName == fieldName)
            return &node;
    }
    return nullptr;
}

} // namespace

/// “Prompt” (node 6): the input as the app describes it now, else as the preset saved it.
static QString inputName(const QString &nodeId, const QString &fieldName, const Preset &preset, const AppInfo &app)
{
    const NodeField *node = findNode(app.nodes, nodeId, fieldName);
    if (!node)
        node = findNode(preset.nodes, nodeId, fieldName);
    NodeField bare;
    bare.nodeId = nodeId;
    bare.fieldName = fieldName;
    return ErrorText::tr("“%1” (node %2)").arg(ErrorText::fieldLabel(node ? *node : bare), nodeId);
}

QStringList ErrorText::forDrift(const PresetDrift &drift, const Preset &preset, const AppInfo &app)
{
    QStringList sentences;
    for (const NodeField &node : drift.removed) {
        sentences.append(tr("The app no longer has the input %1; the saved value “%2” cannot be used.")
                             .arg(inputName(node.nodeId, node.fieldName, preset, app), node.fieldValue));
    }
    for (const NodeField &node : drift.added) {
        const FieldSpec spec = FieldSpec::fromField(node);
        const QString value = node.fieldValue.isEmpty() ? spec.defaultValue : spec.normaliseValue(node.fieldValue);
        const QString name = inputName(node.nodeId, node.fieldName, preset, app);
        sentences.append(
            value.isEmpty()
                ? tr("The app has a new input %1; it starts empty.").arg(name)
                : tr("The app has a new input %1; it gets the app's default “%2”.").arg(name, spec.labelFor(value)));
    }
    for (const PresetDrift::TypeChange &change : drift.typeChanged) {
        sentences.append(tr("The input %1 now takes %2; it took %3 when the preset was saved.")
                             .arg(inputName(change.nodeId, change.fieldName, preset, app), typeName(change.appType),
                                  typeName(change.presetType)));
    }
    for (const PresetDrift::OptionChange &change : drift.optionsChanged) {
        const QString name = inputName(change.nodeId, change.fieldName, preset, app);
        if (change.valueGone) {
            sentences.append(tr("The input %1 no longer offers the saved choice “%2”; pick another one after loading.")
                                 .arg(name, change.value));
            continue;
        }
        const NodeField *node = findNode(app.nodes, change.nodeId, change.fieldName);
        const QString label = node ? FieldSpec::fromField(*node).labelFor(change.value) : change.value;
        sentences.append(tr("The input %1 offers different choices now; the saved choice “%2” is still one of them.")
                             .arg(name, label));
    }
    return sentences;
}

QString ErrorText::removedInput()
{
    return tr("The app no longer has this input. Remove the row before running, or RunningHub may refuse the task.");
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

QString ErrorText::jobStateName(JobState state)
{
    if (const std::optional<TaskState> same = historyStateOf(state))
        return stateName(*same);
    switch (state) {
    case JobState::Waiting:
        return tr("Waiting");
    case JobState::Uploading:
        return tr("Uploading");
    case JobState::OnHold:
        return tr("On hold");
    default:
        break;
    }
    return {};
}

QString ErrorText::holdSentence(const Hold &hold)
{
    const QString code = hold.code != 0 ? QString::number(hold.code) : hold.detail;
    switch (hold.reason) {
    case HoldReason::None:
        return {};
    case HoldReason::Key:
        return tr("The queue is on hold: RunningHub did not accept the API key (%1). Check the key and the site, "
                  "then press Resume; no run is lost.")
            .arg(code);
    case HoldReason::Balance:
        return tr("The queue is on hold: your RunningHub account has run out of coins or money (%1). Top up, then "
                  "press Resume; the waiting runs are kept.")
            .arg(code);
    case HoldReason::AppGone:
        return tr("The queue is on hold: RunningHub cannot run this app (%1). Check the app ID and the site, then "
                  "press Resume.")
            .arg(code);
    case HoldReason::Validation:
        return tr("This batch is on hold: its first 3 runs failed the same way (%1). Fix the inputs, or press "
                  "Resume to run the rest anyway.")
            .arg(hold.detail.isEmpty() ? code : hold.detail);
    case HoldReason::Budget:
        return tr("On hold: %1. Raise the limit in Settings or top up, then press Resume.").arg(hold.detail);
    }
    return {};
}

QString ErrorText::busySentence(int code)
{
    return tr("Waiting: your RunningHub account is busy (%1)").arg(code);
}

QString ErrorText::offlineSentence(int seconds)
{
    return tr("Offline, retrying in %n s", nullptr, seconds);
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
