// SHA-256 of a 30 MB file (warm in the page cache), side by side: QCryptographicHash as the Uploader used it
// before, and transfer/filehash (OpenSSL EVP, 1 MiB blocks). Built only with -DRHDESK_BUILD_BENCH=ON (preset
// "bench"); run by hand: build/bench/tests/bench/bench_filehash [MB] [rounds]
#include "transfer/filehash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

QString qtSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return hash.addData(&file) ? QString::fromLatin1(hash.result().toHex()) : QString();
}

bool writeNoise(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    quint32 state = 2463534242u;
    for (qint64 written = 0; written < bytes; written += block.size()) {
        for (char &c : block) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            c = char(state);
        }
        const qint64 size = qMin<qint64>(block.size(), bytes - written);
        if (file.write(block.constData(), size) != size)
            return false;
    }
    return true;
}

/// Median wall time in ms over rounds; the digest of the last round.
double medianMs(int rounds, const std::function<QString()> &hash, QString *digest)
{
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        *digest = hash();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 30;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 7;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("noise.bin"));
    const qint64 bytes = megabytes * 1000 * 1000;
    if (!dir.isValid() || !writeNoise(path, bytes)) {
        std::fprintf(stderr, "could not write the test file\n");
        return 1;
    }
    QString qtDigest;
    QString evpDigest;
    qtSha256(path); // warm the page cache
    const double qtMs = medianMs(
        rounds, [&] { return qtSha256(path); }, &qtDigest);
    const double evpMs = medianMs(
        rounds, [&] { return rh::sha256OfFile(path); }, &evpDigest);
    if (qtDigest != evpDigest || evpDigest.isEmpty()) {
        std::fprintf(stderr, "digests differ: %s vs %s\n", qPrintable(qtDigest), qPrintable(evpDigest));
        return 1;
    }
    const double mb = double(bytes) / 1e6;
    std::printf("SHA-256 of %.0f MB, median of %d rounds\n", mb, rounds);
    std::printf("%-34s %9.1f ms %9.0f MB/s\n", "QCryptographicHash", qtMs, mb / (qtMs / 1000));
    std::printf("%-34s %9.1f ms %9.0f MB/s\n", "sha256OfFile (OpenSSL EVP)", evpMs, mb / (evpMs / 1000));
    std::printf("%-34s %9.1fx\n", "speed-up", qtMs / evpMs);
    return 0;
}
