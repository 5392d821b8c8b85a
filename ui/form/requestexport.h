#pragma once

#include "model/runrequest.h"

#include <QCoreApplication>
#include <QUrl>

class QWidget;

namespace rh {

/// The request as others can read it: the JSON preview (key masked) and a curl command line (key as a shell
/// variable), so an operator can show support exactly what was sent.
class RequestExport
{
    Q_DECLARE_TR_FUNCTIONS(rh::RequestExport)
public:
    /// The shell variable that stands for the key in curlCommand().
    static QString keyVariable() { return QStringLiteral("RUNNINGHUB_API_KEY"); }
    /// A POSIX-shell command that sends @p request to @p baseUrl with the key taken from $RUNNINGHUB_API_KEY.
    static QString curlCommand(const RunRequest &request, const QUrl &baseUrl);
    /// A modal dialog with the JSON that Run sends, the key masked.
    static void showPreview(QWidget *parent, const RunRequest &request);
};

} // namespace rh
