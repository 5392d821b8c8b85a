#pragma once

#include "model/nodefield.h"
#include "model/presetbatch.h"
#include "model/runrequest.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace rh {

/// A saved set of inputs for one AI app: a RunRequest without the key, with a name and bookkeeping.
/// Never holds the API key.
struct Preset
{
    qint64 id = 0; ///< 0 = not saved yet
    QString name;
    QString webappId; ///< exact decimal digits
    QString appName;
    QString instanceType;
    QString webhookUrl;
    NodeFields nodes; ///< media inputs hold the uploaded server fileName in fieldValue
    /// The server the inputs (and uploaded fileNames) were last known on; "" = unknown (imported). Not exported.
    QString server;
    /// Where the user's file for a media input lives on this machine (nodeKey → path), so the form can show and
    /// re-upload it. Not exported: paths mean nothing on another machine.
    QHash<QString, QString> localPaths;
    bool favourite = false;
    /// A batch saved with the preset (its sheet, mapping and options); empty for a plain preset. Not exported.
    PresetBatch batch;
    QDateTime createdAt;  ///< UTC, set by the store
    QDateTime updatedAt;  ///< UTC, set by the store
    QDateTime lastUsedAt; ///< UTC; invalid = never used

    static QString nodeKey(const QString &nodeId, const QString &fieldName)
    {
        return nodeId + QChar(0x1f) + fieldName; // a unit separator cannot occur in either part
    }
    static QString nodeKey(const NodeField &node) { return nodeKey(node.nodeId, node.fieldName); }
    QString localPath(const NodeField &node) const { return localPaths.value(nodeKey(node)); }
    void setLocalPath(const NodeField &node, const QString &path)
    {
        if (path.isEmpty())
            localPaths.remove(nodeKey(node));
        else
            localPaths.insert(nodeKey(node), path);
    }

    RunRequest toRunRequest() const
    {
        RunRequest request;
        request.webappId = webappId;
        request.nodes = nodes;
        request.instanceType = instanceType;
        request.webhookUrl = webhookUrl;
        return request;
    }

    /// Whether the user-visible content is the same (id and times are ignored).
    bool sameContent(const Preset &other) const
    {
        return name == other.name && webappId == other.webappId && appName == other.appName &&
               instanceType == other.instanceType && webhookUrl == other.webhookUrl && nodes == other.nodes &&
               localPaths == other.localPaths && favourite == other.favourite && batch == other.batch;
    }
    friend bool operator==(const Preset &a, const Preset &b)
    {
        return a.id == b.id && a.sameContent(b) && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt &&
               a.lastUsedAt == b.lastUsedAt;
    }
    friend bool operator!=(const Preset &a, const Preset &b) { return !(a == b); }
};

using Presets = QList<Preset>;

} // namespace rh
