#pragma once

#include "model/nodefield.h"

#include <QString>

namespace rh {

/// An AI app as GET /api/webapp/apiCallDemo describes it.
struct AppInfo
{
    QString webappId;
    QString name;
    QString coverUrl;
    QString thumbnailUrl;
    NodeFields nodes; ///< with fieldType/fieldData and the app author's default fieldValue
};

} // namespace rh
