#pragma once

namespace rh {

/// Why history, presets and the caches are unavailable this session (None when the database is open).
enum class StorageProblem {
    None,
    NoSqliteDriver, ///< Qt's SQLite plugin is missing (Debian: libqt6sql6-sqlite)
    CannotOpen,     ///< the file or its folder cannot be created or written, or it is not a database
    TooNew,         ///< written by a newer rhdesk
    Damaged,        ///< a migration step failed
};

} // namespace rh
