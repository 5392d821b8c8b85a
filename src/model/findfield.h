#pragma once

#include "model/nodefield.h"

namespace rh {

/// The input (nodeId, fieldName) of @p fields, or nullptr.
inline const NodeField *findField(const NodeFields &fields, const QString &nodeId, const QString &fieldName)
{
    for (const NodeField &field : fields) {
        if (field.nodeId == nodeId && field.fieldName == fieldName)
            return &field;
    }
    return nullptr;
}

} // namespace rh
