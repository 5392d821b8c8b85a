#pragma once

#include <QFuture>
#include <QString>

#include <functional>

namespace rh {

/// Lower-case hex SHA-256 of a file's content through OpenSSL's EVP (several times faster than
/// QCryptographicHash), read in 1 MiB blocks so memory stays flat. "" when the file cannot be read or
/// `cancelled` answered true between two blocks. Blocking: call it on a worker thread (sha256OfFileAsync).
QString sha256OfFile(const QString &path, const std::function<bool()> &cancelled = {});

/// sha256OfFile on the global thread pool. Cancelling the future stops the hashing after the current block.
QFuture<QString> sha256OfFileAsync(const QString &path);

} // namespace rh
