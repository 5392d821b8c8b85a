#pragma once

#include <QString>

namespace rh {

class Database;

namespace test {

/// Fills a history with @p rows runs of fifty apps (Chinese and English names) on @p server, in one transaction:
/// every run has a task id (1907035719658053634 + i) and ends in one of eight states. For benchmarks.
bool fillHistory(Database &db, const QString &server, int rows);

} // namespace test
} // namespace rh
