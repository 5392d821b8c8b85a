#pragma once

#include "api/apierror.h"
#include "model/nodefield.h"
#include "model/prompttips.h"
#include "model/runrequest.h"
#include "model/taskstate.h"

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
    static QString forError(const ApiError &error);
    /// "Result 2 was not saved: …" for one output that could not be saved.
    static QString forDownload(const DownloadError &error);
    static QString forIssue(const RequestIssue &issue, const NodeFields &nodes);
    /// "Node “KSampler” (#45), input steps: Value bigger than max (steps: 200 > 100)"
    static QString forNodeError(const NodeError &error, const NodeFields &nodes);
    static QString stateName(TaskState state);
    /// A longer sentence for the status area ("Waiting in RunningHub's queue.").
    static QString stateSentence(TaskState state);
    /// The label a person knows an input by: description (descriptionEn in English), else nodeName and fieldName.
    static QString fieldLabel(const NodeField &field);

private:
    /// The sentence for a server code; empty when the code is not one we know.
    static QString serverSentence(int code);
};
} // namespace rh
