#pragma once

#include "model/runrequest.h"
#include "model/taskstate.h"

#include <QList>
#include <QString>

#include <optional>

namespace rh {

/// Where a queued job stands. Every change is committed to the database before the network step it allows.
enum class JobState {
    Waiting,    ///< nothing sent; waits for a slot (or for a busy account, or the network)
    Uploading,  ///< its media inputs are being uploaded (safe to redo)
    Submitting, ///< the run request is (about to be) out; a crash here makes it Unknown
    Queued,     ///< taskId known, waiting in RunningHub's queue
    Running,    ///< taskId known, running
    Succeeded,
    Failed,    ///< with its reason (errorCode/errorText)
    Cancelled, ///< by the user, before or after it had a task
    Unknown,   ///< the submit's answer was lost: a task may exist and may be charged; never resent by itself
    OnHold,    ///< the queue stopped it (its batch failed the same way three times); Resume makes it wait again
};

/// Has (or is about to have) a task on the server: occupies a slot.
bool isLive(JobState state);
/// Nothing more happens to it by itself.
bool isEnded(JobState state);
/// Stable lower-case storage key: the History's key where the word is the same ("queued", "failed", …).
QString jobStateKey(JobState state);
JobState jobStateFromKey(const QString &key);
/// The History state that has the same word for people, when there is one (Queued, Running, Succeeded, …).
std::optional<TaskState> historyStateOf(JobState state);

/// A file of this computer that an IMAGE/VIDEO/AUDIO input gets when the job runs: uploaded then (the upload
/// cache answers a file seen before without sending it), its fileName put into the request's row.
struct MediaInput
{
    QString nodeId;
    QString fieldName;
    QString localPath;
    QString fileType; ///< IMAGE, VIDEO or AUDIO (the input's fieldType)

    friend bool operator==(const MediaInput &a, const MediaInput &b)
    {
        return a.nodeId == b.nodeId && a.fieldName == b.fieldName && a.localPath == b.localPath &&
               a.fileType == b.fileType;
    }
};

/// Where a job came from.
struct JobOrigin
{
    enum class Kind { Form, Preset, Batch };
    Kind kind = Kind::Form;
    qint64 presetId = 0; ///< Preset: the preset's id
    qint64 batchId = 0;  ///< the batch it belongs to; 0 = none (a single "Add to queue")
    int batchRow = -1;   ///< the row of the batch's source (a sheet's row, a folder's file); -1 = none

    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key);
};

/// What a caller hands to the queue: one run to make, and where from.
struct JobSpec
{
    QString server;  ///< Endpoint::serverOf (or the fixed name): the job runs only there
    QString account; ///< "" = the server's current key; an account id once accounts exist
    JobOrigin origin;
    QString label; ///< what the user calls it ("Flux ×50 · 7", a sheet row's label)
    QString appName;
    RunRequest request;
    QList<MediaInput> media; ///< uploaded when the job runs, into the request's rows
};

/// One job of the run queue, as stored.
struct Job
{
    qint64 id = 0;
    QString server;
    QString account;
    int position = 0; ///< order among all jobs (ascending)
    JobOrigin origin;
    QString label;
    QString appName;
    RunRequest request;
    QList<MediaInput> media;
    JobState state = JobState::Waiting;
    int attempt = 1;  ///< 1 for the first run; Retry and "Run again anyway" add one
    qint64 runId = 0; ///< the history run of the current attempt; 0 before its submit
    QString taskId;
    QString errorCode;  ///< server code ("805", "421") or a client kind; "" when none
    QString errorText;  ///< the server's words, for support and the manifest
    QString failureKey; ///< a validation failure's fingerprint (same mistake = same key); "" otherwise
    QString coins;      ///< what the attempt cost, as the server said
    qint64 createdAtMs = 0;
    qint64 stateChangedAtMs = 0;

    /// The scope whose busy state, backoff and holds this job shares: its server, and its account when set.
    QString gateKey() const { return gateKeyOf(server, account); }
    static QString gateKeyOf(const QString &server, const QString &account);
    static Job fromSpec(const JobSpec &spec);
};

} // namespace rh
