#pragma once

#include "api/apierror.h"
#include "model/appinfo.h"
#include "model/canceloutcome.h"
#include "model/fieldspec.h"
#include "model/job.h"
#include "model/nodefield.h"
#include "model/preset.h"
#include "model/presetdrift.h"
#include "model/prompttips.h"
#include "model/queuepolicy.h"
#include "model/runrequest.h"
#include "model/taskoutput.h"
#include "model/taskstate.h"
#include "session/storageproblem.h"
#include "store/presetfile.h"

#include <QCoreApplication>
#include <QString>

namespace rh {

struct DownloadError;

/// The one place that words failures and states for people. Every sentence says what happened and what to do;
/// the server's code and message are kept for support.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(rh::ErrorText)
public:
    /// Why a run was not sent, or what it waits for.
    enum class RunProblem {
        UploadFailed,      ///< an input's upload failed: nothing was sent
        WaitingForUploads, ///< uploads are under way: the run starts after them
        FixFirst,          ///< the form has problems (listed below the sentence): nothing was sent
        InputsRejected,    ///< RunningHub found problems with inputs (listed below): the task will not run
    };
    /// What went wrong moving presets in or out of files and the clipboard (%1 names the file or "the clipboard").
    enum class PresetProblem {
        Unreadable,      ///< the file could not be read (detail: the system's words)
        Unwritable,      ///< the file could not be written (detail: the system's words)
        NoText,          ///< the clipboard holds no text
        NoPresets,       ///< the source holds no presets
        NoApp,           ///< a bare nodeInfoList and no app in the form to give it
        DatabaseRefused, ///< the preset database refused the change
    };

    static QString forError(const ApiError &error);
    /// "Result 2 was not saved: …" for one output that could not be saved.
    static QString forDownload(const DownloadError &error);
    /// A failed task: the node and its exception, with the server's code and msg ("… (code 805: …)").
    static QString forFailure(const FailedReason &reason);
    /// What a press of Cancel did, or why it sent nothing.
    static QString forCancel(CancelOutcome outcome);
    /// What the server answered to a cancel request (no error: accepted).
    static QString forCancelAnswer(const ApiError &error);
    static QString forIssue(const RequestIssue &issue, const NodeFields &nodes);
    /// The form talks as a named account that has no key on this computer (its key box is not shown).
    static QString accountWithoutKey();
    /// One ComfyUI validation error as a sentence naming the input: "“Sampling steps” (node 45) is 200, more than
    /// the largest value allowed (100). Enter 100 or less." Unknown types keep the server's words.
    static QString forNodeError(const NodeError &error, const NodeFields &nodes);
    /// A queue job's error for its tooltip: a validation failure as the sentence the form shows (naming the input),
    /// the server's words kept on a line below; any other error as stored, with the server's code when it has one.
    /// "" when the job has none.
    static QString forJobFailure(const Job &job);
    /// The input a node error is about: "“Sampling steps” (node 45)", else the server's input and node names.
    static QString nodeInputName(const NodeError &error, const NodeFields &nodes);
    /// The promptTips' top-level error as a sentence ("" when there is none).
    static QString forPromptError(const PromptTips &tips);
    /// The server's own validation text, one line per error, untranslated: for Details and for support.
    static QString serverDetails(const PromptTips &tips);
    static QString stateName(TaskState state);
    /// A queued job's state: History's word where there is one ("Queued", "Succeeded", "Outcome unknown").
    static QString jobStateName(JobState state);
    /// Why (part of) the queue stopped by itself, and what to do: one sentence.
    static QString holdSentence(const Hold &hold);
    /// "Waiting: your RunningHub account is busy (421)"
    static QString busySentence(int code);
    /// "Offline, retrying in 20 s"
    static QString offlineSentence(int seconds);
    /// A longer sentence for the status area ("Waiting in RunningHub's queue.").
    static QString stateSentence(TaskState state);
    /// The label a person knows an input by: description (descriptionEn in English), else nodeName and fieldName.
    static QString fieldLabel(const NodeField &field);
    /// The name a person knows an app by: the server's webappName, else "App <id>" so the id stays visible.
    static QString appLabel(const QString &name, const QString &webappId);

    static QString forRun(RunProblem problem);
    /// A poll failed @p failures times in a row; polling goes on.
    static QString forPollFailure(const ApiError &error, int failures);
    static QString forCancelFailure(const ApiError &error);
    /// @p count results could not be saved (they stay on RunningHub for about a day).
    static QString forUnsavedResults(int count);
    /// Why a chosen file was refused before any byte was sent; @p allowed lists the extensions the input takes.
    static QString forFileCheck(FieldSpec::FileCheck check, const QStringList &allowed);
    static QString forUploadFailure(const ApiError &error);
    /// Why typed text was not taken for an INT/FLOAT input (@p range: "1–50" or ""); the value stays as it was.
    static QString forNumber(FieldSpec::NumberCheck check, const QString &typed, const QString &range);
    /// A path typed or pasted into a media input that names no readable file on this computer.
    static QString forMissingFile(const QString &path);
    /// Why history, presets and caches do not work this session, and what to do; @p file is the database.
    static QString forStorage(StorageProblem problem, const QString &file);
    static QString forAppLoadFailure(const ApiError &error);
    static QString keyNeededForApp();
    /// A server reached over plain http from outside this computer.
    static QString keyInClear();
    /// The file-name template holds braces that are not placeholders ("{id}").
    static QString unknownNamePlaceholders(const QStringList &unknown);

    static QString forPresetImport(const PresetImport &import, const QString &source);
    static QString forPresets(PresetProblem problem, const QString &source, const QString &detail = {});

    /// One sentence per difference between a preset (or an earlier copy of the app) and the app as it is now.
    static QStringList forDrift(const PresetDrift &drift, const Preset &preset, const AppInfo &app);
    /// The mark on a row whose input the app no longer has.
    static QString removedInput();
    /// "a whole number", "an image", … for a fieldType.
    static QString typeName(const QString &fieldType);

private:
    /// The sentence for a server code; empty when the code is not one we know.
    static QString serverSentence(int code);
};
} // namespace rh
