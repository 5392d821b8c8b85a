#pragma once

#include <QByteArray>
#include <QString>

namespace rh {

/// Pure: the first readable characters of a reply body (an HTML error page, a proxy's text) for support: tags and
/// <script>/<style> blocks removed, white space collapsed, at most @p maxChars characters (then "…").
/// Looks at the first 64 KiB only and runs in time linear in them, whatever the bytes: a hostile page must not
/// stall the GUI thread (a backtracking regex once took seconds on 64 KiB of "<style>").
QString bodyExcerpt(const QByteArray &body, int maxChars = 200);

} // namespace rh
