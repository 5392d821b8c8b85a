#pragma once

#include <QList>
#include <QString>

class QJsonValue;

namespace rh {

/// One validation error of one node input, from promptTips.node_errors.
struct NodeError
{
    QString nodeId;
    QString classType;
    QString type;      ///< e.g. value_bigger_than_max
    QString message;   ///< e.g. Value bigger than max
    QString details;   ///< e.g. steps: 200 > 100
    QString inputName; ///< extra_info.input_name, "" when absent
};

/// The run reply's promptTips: a JSON *string* holding the workflow validation result.
struct PromptTips
{
    bool present = false; ///< false when promptTips was null, empty or not JSON
    bool result = true;
    QString error;     ///< top-level error text, if any (string, or an object's message)
    QString errorType; ///< the top-level error's type (e.g. prompt_outputs_failed_validation), "" when absent
    QList<NodeError> nodeErrors;

    bool hasErrors() const { return !nodeErrors.isEmpty() || !error.isEmpty() || (present && !result); }

    /// Lenient: never throws or crashes; malformed text gives present == false.
    static PromptTips parse(const QString &json);
    /// The same from a reply field that may hold the JSON string or (leniently) the object itself.
    static PromptTips fromJson(const QJsonValue &value);
};

} // namespace rh
