#pragma once

#include <QString>

namespace rh {

/// Where one profile keeps its files. The user's own data and the sandbox's never share a file: `--sandbox`
/// cannot leave a fake app, run or upload where real use would see it.
struct DataPaths
{
    QString settingsFile; ///< INI
    QString databaseFile; ///< SQLite
    QString keyFile;      ///< the opt-in plain key file (mode 0600)

    /// ~/.config/rhdesk/rhdesk.conf, ~/.local/share/rhdesk/{rhdesk.sqlite, apikeys.json} (XDG locations).
    static DataPaths user();
    /// ~/.config/rhdesk/sandbox.conf and ~/.local/share/rhdesk/sandbox/.
    static DataPaths sandbox();
    /// Everything inside @p folder (tests, portable use).
    static DataPaths inFolder(const QString &folder);

    /// Earlier versions kept the database and key file one folder deeper (…/rhdesk/rhdesk/). Moves them here when
    /// nothing is here yet. Returns false when a move failed (the old files are then used where they are).
    bool adoptLegacyFiles();
};

} // namespace rh
