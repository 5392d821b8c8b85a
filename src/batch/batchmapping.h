#pragma once

#include "model/nodefield.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rh {

/// What one column of a batch sheet feeds.
struct BatchColumn
{
    enum class Role { Ignore, Input, Label, InstanceType, WebhookUrl };
    Role role = Role::Ignore;
    QString nodeId;    ///< Input only
    QString fieldName; ///< Input only

    static BatchColumn input(const NodeField &field) { return {Role::Input, field.nodeId, field.fieldName}; }
    bool isInput(const NodeField &field) const
    {
        return role == Role::Input && nodeId == field.nodeId && fieldName == field.fieldName;
    }
    friend bool operator==(const BatchColumn &a, const BatchColumn &b)
    {
        return a.role == b.role && a.nodeId == b.nodeId && a.fieldName == b.fieldName;
    }
};

/// One entry per header cell, in column order.
using BatchMapping = QList<BatchColumn>;

/// The text a header cell is compared by: compatibility-folded (full-width letters and punctuation become their
/// ASCII forms), case-folded, without white space.
QString batchHeaderKey(const QString &text);

/// Guesses what each header cell feeds: `nodeId:fieldName` first, then the input's description, descriptionEn and
/// fieldName (compared by batchHeaderKey); `label`, `instanceType` and `webhookUrl` name the run's options. Each
/// input and option is taken by at most one column (the first); the rest are ignored.
BatchMapping guessBatchMapping(const QStringList &header, const NodeFields &fields);

} // namespace rh
