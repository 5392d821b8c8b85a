// A ≈30 MB PNG (noise, just under the 30 MiB limit) sent to the same sandbox (a process of its own) by the Uploader
// (SHA-256 on a worker, then streamed) and by `curl -F`, alternated R times: medians of wall time, CPU and memory.
// The Uploader's memory is this process's resident growth (peak sampled every 5 ms over the level before); curl's
// is its whole peak resident set.
//   ./bench_upload [rounds]
#include "benchsupport.h"
#include "queuefixture.h"

#include "sandbox/sandboxserver.h"
#include "transfer/uploader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>

using namespace rh;
using namespace rh::bench;

namespace {

QTextStream out(stdout);

/// Incompressible noise stored as PNG: the file is about @p targetBytes.
bool writeNoisePng(const QString &path, qint64 targetBytes)
{
    const int side = int(std::sqrt(double(targetBytes) / 3.0)) - 8;
    QImage image(side, side, QImage::Format_RGB888);
    quint32 state = 2463534242u;
    for (int y = 0; y < side; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < side * 3; ++x) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            line[x] = uchar(state);
        }
    }
    QImageWriter writer(path, "png");
    writer.setQuality(100);
    return writer.write(image);
}

struct Sample
{
    double wall = 0, cpu = 0, memoryMiB = 0;
    bool ok = false;
};

/// One upload through a fresh core (empty upload cache), so every round really sends the file.
Sample throughUploader(const QUrl &server, const QString &file)
{
    QTemporaryDir dir;
    std::unique_ptr<Services> services = test::makeQueueServices(dir.path(), server, SandboxServer::demoApiKey(), 1);
    Uploader *uploader = services->uploader();
    bool ended = false;
    Sample sample;
    QObject::connect(uploader, &Uploader::uploaded, uploader, [&] { ended = sample.ok = true; });
    QObject::connect(uploader, &Uploader::failed, uploader, [&] { ended = true; });
    QObject::connect(uploader, &Uploader::refused, uploader, [&] { ended = true; });
    const double rssBefore = residentMiB();
    double rssPeak = rssBefore;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, uploader, [&] { rssPeak = qMax(rssPeak, residentMiB()); });
    sampler.start(5);
    QElapsedTimer clock;
    clock.start();
    const double cpuBefore = processCpuSeconds();
    uploader->upload(file, QStringLiteral("IMAGE"));
    waitFor([&] { return ended; });
    sample.cpu = processCpuSeconds() - cpuBefore;
    sample.wall = double(clock.nsecsElapsed()) / 1e9;
    sampler.stop();
    sample.memoryMiB = qMax(rssPeak, residentMiB()) - rssBefore;
    return sample;
}

Sample throughCurl(const QUrl &server, const QString &file)
{
    const ChildRun run =
        runChild(QStandardPaths::findExecutable(QStringLiteral("curl")),
                 {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-F"),
                  QStringLiteral("apiKey=%1").arg(SandboxServer::demoApiKey()), QStringLiteral("-F"),
                  QStringLiteral("fileType=image"), QStringLiteral("-F"), QStringLiteral("file=@%1").arg(file),
                  server.resolved(QUrl(QStringLiteral("/task/openapi/upload"))).toString()});
    return {run.wallSeconds, run.cpuSeconds, run.maxRssMiB, run.exitCode == 0};
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // QImageWriter for the test file; the Uploader needs no GUI
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 3;
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
        out << "curl is not installed" << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("noise.png"));
    if (!writeNoisePng(file, 30'000'000)) {
        out << "could not write the test image" << Qt::endl;
        return 1;
    }
    SandboxProcess sandbox(0, 0);
    if (sandbox.url().isEmpty()) {
        out << "the sandbox process did not start" << Qt::endl;
        return 1;
    }
    throughCurl(sandbox.url(), file); // warm-up: the file in the page cache for both
    QVector<double> ourWall, ourCpu, ourMemory, curlWall, curlCpu, curlMemory;
    for (int i = 0; i < rounds; ++i) {
        const Sample ours = throughUploader(sandbox.url(), file);
        const Sample curl = throughCurl(sandbox.url(), file);
        if (!ours.ok || !curl.ok) {
            out << "an upload failed: uploader " << ours.ok << ", curl " << curl.ok << Qt::endl;
            return 1;
        }
        ourWall << ours.wall, ourCpu << ours.cpu, ourMemory << ours.memoryMiB;
        curlWall << curl.wall, curlCpu << curl.cpu, curlMemory << curl.memoryMiB;
    }
    const double mb = double(QFileInfo(file).size()) / 1e6;
    out << "file " << fixed(mb, 1) << " MB, " << rounds << " rounds alternated" << Qt::endl;
    out << "Uploader: wall " << fixed(median(ourWall), 3) << " s, CPU " << fixed(median(ourCpu), 3)
        << " s, resident growth " << fixed(median(ourMemory), 1) << " MiB" << Qt::endl;
    out << "curl -F:  wall " << fixed(median(curlWall), 3) << " s, CPU " << fixed(median(curlCpu), 3)
        << " s, peak resident " << fixed(median(curlMemory), 1) << " MiB" << Qt::endl;
    const QString what = QStringLiteral("%1 MB upload").arg(fixed(mb, 0));
    out << "ROW\t" << what << ", CPU\t" << fixed(median(ourCpu) * 1000, 0) << " ms\tcurl -F "
        << fixed(median(curlCpu) * 1000, 0) << " ms\t" << fixed(median(ourCpu) / median(curlCpu), 2) << "×\t≤ 3×"
        << Qt::endl;
    out << "ROW\t" << what << ", wall\t" << fixed(median(ourWall) * 1000, 0) << " ms\tcurl -F "
        << fixed(median(curlWall) * 1000, 0) << " ms\t" << fixed(median(ourWall) / median(curlWall), 2) << "×\t—"
        << Qt::endl;
    out << "ROW\t" << what << ", memory\t+" << fixed(median(ourMemory), 1) << " MiB (growth)\tcurl peak RSS "
        << fixed(median(curlMemory), 1) << " MiB\t—\tgrowth ≤ 5 MB" << Qt::endl;
    return 0;
}
