#pragma once

#include <QList>
#include <QString>

namespace rh {

/// One editable input of an AI app: the seed's NodeInfo (seven strings) plus the apiCallDemo's fieldType.
/// The row key is (nodeId, fieldName).
struct NodeField
{
    QString nodeId;
    QString nodeName;
    QString fieldName;
    QString fieldValue;
    QString fieldType; ///< STRING, INT, FLOAT, LIST, SWITCH, IMAGE, VIDEO, AUDIO, or anything else (text)
    QString fieldData; ///< JSON string whose shape depends on fieldType; see FieldSpec
    QString description;
    QString descriptionEn;

    bool sameKey(const NodeField &other) const { return nodeId == other.nodeId && fieldName == other.fieldName; }
    friend bool operator==(const NodeField &a, const NodeField &b)
    {
        return a.nodeId == b.nodeId && a.nodeName == b.nodeName && a.fieldName == b.fieldName &&
               a.fieldValue == b.fieldValue && a.fieldType == b.fieldType && a.fieldData == b.fieldData &&
               a.description == b.description && a.descriptionEn == b.descriptionEn;
    }
    friend bool operator!=(const NodeField &a, const NodeField &b) { return !(a == b); }
};

using NodeFields = QList<NodeField>;

} // namespace rh
