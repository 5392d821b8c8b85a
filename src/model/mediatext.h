#pragma once

#include <QString>

namespace rh {

/// What a person typed or pasted into an image, video or audio input. A path on their computer is a file to upload,
/// never text for the server; anything else is a fileName the server already has (an earlier upload, the app
/// author's sample).
struct MediaText
{
    enum class Kind {
        Empty,
        LocalPath,  ///< an absolute path, a file:// URL, ~/…, or a Windows path: a file on this computer
        ServerFile, ///< e.g. "api/3fa…c9.png" or "sandbox-sample-cat.png"
    };
    Kind kind = Kind::Empty;
    QString text; ///< LocalPath: the path (URL decoded, ~ expanded); ServerFile: the trimmed name

    /// Never fails; surrounding quotes (as file managers copy paths) are removed.
    static MediaText classify(const QString &typed, const QString &homePath);
};

} // namespace rh
