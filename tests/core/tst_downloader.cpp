#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "task/tasktracker.h"
#include "testenv.h"
#include "transfer/downloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <limits>
#include <memory>

using namespace rh;

namespace {

/// A file host that is not the API: records what the client sent and answers with bytes, or not at all.
class FileHost : public QObject
{
public:
    QByteArray request;
    QByteArray body;
    bool answer = true;

    FileHost()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                request += socket->readAll();
                if (!answer || !request.contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n");
                socket->write(body);
                socket->disconnectFromHost();
            });
        });
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }

private:
    QTcpServer m_server;
};

TaskOutput output(const QString &url, const QString &type)
{
    TaskOutput o;
    o.fileUrl = url;
    o.fileType = type;
    return o;
}

} // namespace

class TestDownloader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void init();
    void cleanup();
    void savesOutputsByteForByte();
    void neverOverwrites();
    void namingIsObeyed();
    void webSafeNamesNeverOverwriteEither();
    void downloadersAtOnceNeverShareAName();
    void failingFilesDoNotLoseTheRest();
    void cutFilesAreNeverKept();
    void relativeUrlsUseTheApiBase();
    void noApiKeyGoesToTheFileHost();
    void silentHostTimesOut();
    void emptyListFinishesToo();
    void outputsOverTheCapAreRefused_data();
    void outputsOverTheCapAreRefused();
    void fullDiskAsksForNothing();
    void diskFillingUpStopsTheFile_data();
    void diskFillingUpStopsTheFile();
    void abortMidStreamLeavesNothing();
    void destroyedMidStreamLeavesNothing();

    void resolve_data()
    {
        QTest::addColumn<QString>("fileUrl");
        QTest::addColumn<QString>("expected");
        QTest::newRow("absolute") << QStringLiteral("https://cdn.example/x/a.png")
                                  << QStringLiteral("https://cdn.example/x/a.png");
        QTest::newRow("root relative") << QStringLiteral("/files/a.png")
                                       << QStringLiteral("http://127.0.0.1:8/files/a.png");
        QTest::newRow("relative") << QStringLiteral("files/a.png") << QStringLiteral("http://127.0.0.1:8/files/a.png");
        QTest::newRow("spaces around") << QStringLiteral(" /files/a.png\n")
                                       << QStringLiteral("http://127.0.0.1:8/files/a.png");
        QTest::newRow("empty") << QString() << QString();
    }
    void resolve()
    {
        QFETCH(QString, fileUrl);
        QFETCH(QString, expected);
        const QUrl base(QStringLiteral("http://127.0.0.1:8"));
        QCOMPARE(Downloader::resolveOutputUrl(base, fileUrl).toString(), expected);
    }

private:
    /// Runs a two-picture task on the sandbox and returns its outputs.
    QList<TaskOutput> sandboxOutputs();
    /// Downloads and waits; returns (outputs, errors).
    std::pair<QList<TaskOutput>, QList<DownloadError>>
    download(Downloader &downloader, const QList<TaskOutput> &outputs, const QString &folder);
    /// A sandbox picture, then an output the sandbox streams (see streamNext), then another picture.
    QList<TaskOutput> sandwich(const QString &streamedName);
    /// Every file in the folder, hidden ones (temporary files) included.
    static QStringList filesIn(const QString &folder);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    Endpoint m_to;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDownloader::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->start());
    m_sandbox->setTimings(0, 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    m_to = {m_sandbox->baseUrl(), SandboxServer::demoApiKey()};
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestDownloader::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
    m_dir.reset();
}

QList<TaskOutput> TestDownloader::sandboxOutputs()
{
    RunRequest request;
    request.webappId = QStringLiteral("1877265245566922753");
    NodeField prompt;
    prompt.nodeId = QStringLiteral("6");
    prompt.fieldName = QStringLiteral("text");
    prompt.fieldValue = QStringLiteral("a lighthouse");
    NodeField count = prompt;
    count.nodeId = QStringLiteral("5");
    count.fieldName = QStringLiteral("batch_size");
    count.fieldValue = QStringLiteral("2");
    request.nodes = {prompt, count};
    TrackerPolicy policy;
    policy.pollIntervalMs = 10;
    TaskTracker tracker(m_client.get(), m_to, policy);
    QSignalSpy finished(&tracker, &TaskTracker::finished);
    tracker.submit(request);
    if (!finished.wait(5000) || tracker.state() != TaskState::Success)
        return {};
    return tracker.outputs();
}

std::pair<QList<TaskOutput>, QList<DownloadError>>
TestDownloader::download(Downloader &downloader, const QList<TaskOutput> &outputs, const QString &folder)
{
    QSignalSpy finished(&downloader, &Downloader::finished);
    if (downloader.naming().pattern() == OutputName::defaultPattern())
        downloader.setNaming(OutputName(QStringLiteral("{app}_{taskId}_{n}")));
    downloader.start(outputs, folder, QStringLiteral("文生图: 演示"), QStringLiteral("1907035719658053634"));
    if (!finished.wait(10000))
        return {};
    return {finished.at(0).at(0).value<QList<TaskOutput>>(), finished.at(0).at(1).value<QList<DownloadError>>()};
}

void TestDownloader::savesOutputsByteForByte()
{
    const QList<TaskOutput> outputs = sandboxOutputs();
    QCOMPARE(outputs.size(), 2);
    Downloader downloader(m_client.get(), m_to.baseUrl);
    QSignalSpy progress(&downloader, &Downloader::fileProgress);
    QSignalSpy fileFinished(&downloader, &Downloader::fileFinished);
    const QString folder = m_dir->filePath(QStringLiteral("新建文件夹/out")); // created when missing
    const auto [saved, errors] = download(downloader, outputs, folder);
    QVERIFY(errors.isEmpty());
    QCOMPARE(saved.size(), 2);
    QCOMPARE(fileFinished.size(), 2);
    QVERIFY(!progress.isEmpty());
    for (int i = 0; i < saved.size(); ++i) {
        const QString expectedName = QStringLiteral("文生图_ 演示_1907035719658053634_%1.png").arg(i + 1);
        QCOMPARE(QFileInfo(saved.at(i).localPath).fileName(), expectedName);
        QFile file(saved.at(i).localPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray expected = m_sandbox->fileBytes(QUrl(saved.at(i).fileUrl));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(file.readAll(), expected);
        QCOMPARE(saved.at(i).fileUrl, outputs.at(i).fileUrl);
    }
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2); // no temporary files left
}

void TestDownloader::neverOverwrites()
{
    const QList<TaskOutput> outputs = sandboxOutputs();
    QCOMPARE(outputs.size(), 2);
    const QString taken = m_dir->filePath(QStringLiteral("文生图_ 演示_1907035719658053634_1.png"));
    {
        QFile mine(taken);
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("the user's own file");
    }
    Downloader downloader(m_client.get(), m_to.baseUrl);
    const auto first = download(downloader, outputs, m_dir->path());
    QCOMPARE(first.second.size(), 0);
    const auto second = download(downloader, outputs, m_dir->path());
    QCOMPARE(second.second.size(), 0);
    QCOMPARE(QFileInfo(first.first.at(0).localPath).fileName(),
             QStringLiteral("文生图_ 演示_1907035719658053634_1 (2).png"));
    QCOMPARE(QFileInfo(first.first.at(1).localPath).fileName(),
             QStringLiteral("文生图_ 演示_1907035719658053634_2.png"));
    QCOMPARE(QFileInfo(second.first.at(0).localPath).fileName(),
             QStringLiteral("文生图_ 演示_1907035719658053634_1 (3).png"));
    QCOMPARE(QFileInfo(second.first.at(1).localPath).fileName(),
             QStringLiteral("文生图_ 演示_1907035719658053634_2 (2).png"));
    QFile mine(taken);
    QVERIFY(mine.open(QIODevice::ReadOnly));
    QCOMPARE(mine.readAll(), QByteArray("the user's own file"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 5);
}

void TestDownloader::namingIsObeyed()
{
    const QList<TaskOutput> outputs = sandboxOutputs();
    QCOMPARE(outputs.size(), 2);
    Downloader downloader(m_client.get(), m_to.baseUrl);
    QCOMPARE(downloader.naming().pattern(), QStringLiteral("{app}_{date}_{time}_{n}"));
    // The default: app, date and time (the moment of start(), the same for both files) and the number.
    const QDateTime before = QDateTime::currentDateTime();
    QSignalSpy finished(&downloader, &Downloader::finished);
    downloader.start(outputs, m_dir->path(), QStringLiteral("文生图: 演示"), QStringLiteral("1907035719658053634"));
    QVERIFY(finished.wait(10000));
    const QDateTime after = QDateTime::currentDateTime();
    const auto saved = finished.at(0).at(0).value<QList<TaskOutput>>();
    QCOMPARE(saved.size(), 2);
    const QString first = QFileInfo(saved.at(0).localPath).fileName();
    const QString stamp = first.mid(QStringLiteral("文生图_ 演示_").size(), 19);
    const QDateTime when = QDateTime::fromString(stamp, QStringLiteral("yyyy-MM-dd_HH-mm-ss"));
    QVERIFY2(when.isValid() && when >= before.addSecs(-1) && when <= after, qPrintable(first));
    QCOMPARE(first, QStringLiteral("文生图_ 演示_%1_1.png").arg(stamp));
    QCOMPARE(QFileInfo(saved.at(1).localPath).fileName(), QStringLiteral("文生图_ 演示_%1_2.png").arg(stamp));

    // A template with the job's label, web-safe: ASCII only, the Chinese spelt out.
    downloader.setNaming(OutputName(QStringLiteral("{label}-{app}-{n}"), true));
    downloader.setLabel(QStringLiteral("第 7 行/春季"));
    const auto [again, errors] = download(downloader, outputs, m_dir->path());
    QVERIFY(errors.isEmpty());
    QCOMPARE(QFileInfo(again.at(0).localPath).fileName(),
             QStringLiteral("di_7_xing_chun_ji-wen_sheng_tu_yan_shi-1.png"));
    QCOMPARE(QFileInfo(again.at(1).localPath).fileName(),
             QStringLiteral("di_7_xing_chun_ji-wen_sheng_tu_yan_shi-2.png"));
}

void TestDownloader::webSafeNamesNeverOverwriteEither()
{
    const QList<TaskOutput> outputs = sandboxOutputs();
    Downloader downloader(m_client.get(), m_to.baseUrl);
    downloader.setNaming(OutputName(QStringLiteral("{taskId}"), true)); // no {n}: the files of a task clash
    const auto first = download(downloader, outputs, m_dir->path());
    const auto second = download(downloader, outputs, m_dir->path());
    QCOMPARE(first.second.size() + second.second.size(), 0);
    QStringList names;
    for (const auto &run : {first, second}) {
        for (const TaskOutput &output : run.first)
            names.append(QFileInfo(output.localPath).fileName());
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("1907035719658053634.png"), QStringLiteral("1907035719658053634_2.png"),
                          QStringLiteral("1907035719658053634_3.png"), QStringLiteral("1907035719658053634_4.png")}));
}

void TestDownloader::downloadersAtOnceNeverShareAName()
{
    // Two tasks of one app finishing in the same second want the same names while both are still writing.
    const QList<TaskOutput> outputs = sandboxOutputs();
    Downloader first(m_client.get(), m_to.baseUrl);
    Downloader second(m_client.get(), m_to.baseUrl);
    QSignalSpy firstDone(&first, &Downloader::finished);
    QSignalSpy secondDone(&second, &Downloader::finished);
    for (Downloader *downloader : {&first, &second}) {
        downloader->setNaming(OutputName(QStringLiteral("{app}_{n}")));
        downloader->start(outputs, m_dir->path(), QStringLiteral("app"), QString());
    }
    QVERIFY(firstDone.wait(10000) || !firstDone.isEmpty());
    QTRY_COMPARE(secondDone.size(), 1);
    QCOMPARE(filesIn(m_dir->path()), (QStringList{QStringLiteral("app_1 (2).png"), QStringLiteral("app_1.png"),
                                                  QStringLiteral("app_2 (2).png"), QStringLiteral("app_2.png")}));
}

void TestDownloader::failingFilesDoNotLoseTheRest()
{
    const QList<TaskOutput> good = sandboxOutputs();
    QCOMPARE(good.size(), 2);
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    const QString missing = m_sandbox->baseUrl().toString() + QStringLiteral("/files/no-such-output.png");
    const QList<TaskOutput> outputs = {
        good.at(0),
        output(missing, QStringLiteral("png")),
        output(QStringLiteral("http://127.0.0.1:%1/a.png").arg(closedPort), QStringLiteral("png")),
        output(QString(), QStringLiteral("png")),
        output(QStringLiteral("ftp://example.org/a.png"), QString()),
        good.at(1)};
    Downloader downloader(m_client.get(), m_to.baseUrl);
    QSignalSpy fileFailed(&downloader, &Downloader::fileFailed);
    const auto [saved, errors] = download(downloader, outputs, m_dir->path());
    QCOMPARE(saved.size(), outputs.size());
    QCOMPARE(errors.size(), 4);
    QCOMPARE(fileFailed.size(), 4);
    QCOMPARE(errors.at(0).index, 1);
    QCOMPARE(errors.at(0).kind, DownloadError::Kind::Http);
    QCOMPARE(errors.at(0).httpStatus, 404);
    QCOMPARE(errors.at(0).url, missing);
    QCOMPARE(errors.at(1).index, 2);
    QCOMPARE(errors.at(1).kind, DownloadError::Kind::Network);
    QCOMPARE(errors.at(2).index, 3);
    QCOMPARE(errors.at(2).kind, DownloadError::Kind::BadUrl);
    QCOMPARE(errors.at(3).index, 4);
    QCOMPARE(errors.at(3).kind, DownloadError::Kind::BadUrl);
    QVERIFY(!saved.at(0).localPath.isEmpty());
    QVERIFY(!saved.at(5).localPath.isEmpty());
    for (int i = 1; i <= 4; ++i)
        QVERIFY(saved.at(i).localPath.isEmpty());
    QFile last(saved.at(5).localPath);
    QVERIFY(last.open(QIODevice::ReadOnly));
    QCOMPARE(last.readAll(), m_sandbox->fileBytes(QUrl(good.at(1).fileUrl)));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 2); // nothing half-written for the failures
}

void TestDownloader::cutFilesAreNeverKept()
{
    // The sandbox closes a cut reply a moment after its last byte. Qt then ends the reply as if it were whole about
    // half the time (or, for a GET, may ask again and get the whole file); twelve tries make a missing length check
    // show.
    const QList<TaskOutput> outputs = sandboxOutputs();
    QCOMPARE(outputs.size(), 2);
    const QUrl url(outputs.at(0).fileUrl);
    const QByteArray whole = m_sandbox->fileBytes(url);
    for (int attempt = 0; attempt < 12; ++attempt) {
        const int asked = m_sandbox->requestCount(url.path());
        m_sandbox->failNext(url.path(), SandboxServer::Fault::CutBody);
        Downloader downloader(m_client.get(), m_to.baseUrl);
        const auto [saved, errors] = download(downloader, {outputs.at(0)}, m_dir->path());
        QCOMPARE(saved.size(), 1);
        if (errors.isEmpty()) { // asked again: only the whole file may be kept
            QCOMPARE(m_sandbox->requestCount(url.path()), asked + 2);
            QFile file(saved.at(0).localPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), whole);
        } else {
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.at(0).kind, DownloadError::Kind::Network);
            QVERIFY(saved.at(0).localPath.isEmpty());
        }
    }
    for (const QString &name : filesIn(m_dir->path())) { // nothing cut, nothing half-written left behind
        QFile file(QDir(m_dir->path()).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), whole);
    }
}

void TestDownloader::relativeUrlsUseTheApiBase()
{
    const QList<TaskOutput> outputs = sandboxOutputs();
    QCOMPARE(outputs.size(), 2);
    TaskOutput relative = outputs.at(0);
    relative.fileUrl = QUrl(relative.fileUrl).path(); // "/files/…"
    QVERIFY(relative.fileUrl.startsWith(QLatin1Char('/')));
    Downloader downloader(m_client.get(), m_to.baseUrl);
    const auto [saved, errors] = download(downloader, {relative}, m_dir->path());
    QVERIFY(errors.isEmpty());
    QFile file(saved.at(0).localPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_sandbox->fileBytes(QUrl(outputs.at(0).fileUrl)));
}

void TestDownloader::noApiKeyGoesToTheFileHost()
{
    FileHost host;
    host.body = QByteArray(300 * 1024, 'x') + QByteArray("\x89PNG end");
    Downloader downloader(m_client.get(), m_to.baseUrl);
    const auto [saved, errors] =
        download(downloader, {output(host.url(QStringLiteral("/o/a.png")), QString())}, m_dir->path());
    QVERIFY(errors.isEmpty());
    QFile file(saved.at(0).localPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), host.body);
    QVERIFY(host.request.startsWith("GET /o/a.png HTTP/1.1\r\n"));
    QVERIFY(!host.request.toLower().contains("authorization"));
    QVERIFY(!host.request.contains(SandboxServer::demoApiKey().toUtf8()));
}

void TestDownloader::silentHostTimesOut()
{
    FileHost host;
    host.answer = false;
    Downloader downloader(m_client.get(), m_to.baseUrl);
    downloader.setTransferTimeoutMs(200);
    const auto [saved, errors] =
        download(downloader, {output(host.url(QStringLiteral("/slow.mp4")), QString())}, m_dir->path());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).kind, DownloadError::Kind::Timeout);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 0);
}

QList<TaskOutput> TestDownloader::sandwich(const QString &streamedName)
{
    const QList<TaskOutput> good = sandboxOutputs();
    if (good.size() != 2)
        return {};
    return {good.at(0),
            output(m_sandbox->baseUrl().toString() + QStringLiteral("/files/") + streamedName, QStringLiteral("mp4")),
            good.at(1)};
}

QStringList TestDownloader::filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

// A hostile or broken file server: an output over the cap ends as that file's error, with or without an announced
// length, also when it never ends; the outputs around it are saved and nothing of it stays on disk.
void TestDownloader::outputsOverTheCapAreRefused_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<bool>("announced");
    QTest::newRow("announced length over the cap") << qint64(3 * 1024 * 1024) << true;
    QTest::newRow("no length, more than the cap") << qint64(3 * 1024 * 1024) << false;
    QTest::newRow("never ends") << qint64(-1) << false;
}

void TestDownloader::outputsOverTheCapAreRefused()
{
    QFETCH(qint64, bytes);
    QFETCH(bool, announced);
    const QList<TaskOutput> outputs = sandwich(QStringLiteral("huge.mp4"));
    QCOMPARE(outputs.size(), 3);
    m_sandbox->streamNext(QStringLiteral("/files/huge.mp4"), bytes, announced);
    Downloader downloader(m_client.get(), m_to.baseUrl);
    QCOMPARE(downloader.maxOutputBytes(), qint64(2) * 1024 * 1024 * 1024); // the default
    const qint64 cap = 1024 * 1024;
    downloader.setMaxOutputBytes(cap);
    const auto [saved, errors] = download(downloader, outputs, m_dir->path());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).index, 1);
    QCOMPARE(errors.at(0).kind, DownloadError::Kind::TooLarge);
    QCOMPARE(errors.at(0).limitBytes, cap);
    QVERIFY(saved.at(1).localPath.isEmpty());
    for (int i : {0, 2}) {
        QFile file(saved.at(i).localPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_sandbox->fileBytes(QUrl(outputs.at(i).fileUrl)));
    }
    QCOMPARE(filesIn(m_dir->path()).size(), 2); // no partial or temporary file
    if (announced)                              // refused at the headers, before any byte was written
        QVERIFY2(errors.at(0).message.contains(QLatin1String("announced")), qPrintable(errors.at(0).message));
}

void TestDownloader::fullDiskAsksForNothing()
{
    const QList<TaskOutput> outputs = sandboxOutputs();
    QCOMPARE(outputs.size(), 2);
    Downloader downloader(m_client.get(), m_to.baseUrl);
    const qint64 free = Downloader::FreeSpaceReserveBytes - 1;
    downloader.setFreeSpaceProbe(
        [&](const QString &folder) { return folder == m_dir->path() ? free : std::numeric_limits<qint64>::max(); });
    const auto [saved, errors] = download(downloader, outputs, m_dir->path());
    QCOMPARE(errors.size(), 2);
    for (const DownloadError &error : errors) {
        QCOMPARE(error.kind, DownloadError::Kind::NoSpace);
        QCOMPARE(error.limitBytes, free);
    }
    for (const TaskOutput &output : outputs)
        QCOMPARE(m_sandbox->requestCount(QUrl(output.fileUrl).path()), 0);
    QVERIFY(filesIn(m_dir->path()).isEmpty());
}

// A disk that is 8 MiB fuller at every look while the second output streams, starting 12 MiB above the reserve:
// an announced length that does not fit is refused at the headers; a stream without one is stopped when the free
// space is looked at again while writing.
void TestDownloader::diskFillingUpStopsTheFile_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<bool>("announced");
    QTest::newRow("announced length does not fit") << qint64(50 * 1024 * 1024) << true;
    QTest::newRow("no length, fills the disk") << qint64(50 * 1024 * 1024) << false;
    QTest::newRow("never ends") << qint64(-1) << false;
}

void TestDownloader::diskFillingUpStopsTheFile()
{
    QFETCH(qint64, bytes);
    QFETCH(bool, announced);
    const QList<TaskOutput> outputs = sandwich(QStringLiteral("flood.mp4"));
    QCOMPARE(outputs.size(), 3);
    m_sandbox->streamNext(QStringLiteral("/files/flood.mp4"), bytes, announced);
    Downloader downloader(m_client.get(), m_to.baseUrl);
    const qint64 capacity = Downloader::FreeSpaceReserveBytes + 12 * 1024 * 1024;
    bool streaming = false;
    int looks = 0;
    connect(&downloader, &Downloader::fileFinished, this, [&](int index) { streaming = index == 0; });
    connect(&downloader, &Downloader::fileFailed, this, [&] { streaming = false; });
    downloader.setFreeSpaceProbe(
        [&](const QString &) { return streaming ? capacity - qint64(8 * 1024 * 1024) * looks++ : capacity; });
    const auto [saved, errors] = download(downloader, outputs, m_dir->path());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).index, 1);
    QCOMPARE(errors.at(0).kind, DownloadError::Kind::NoSpace);
    QVERIFY(errors.at(0).limitBytes <= capacity); // the free bytes when it was refused
    QVERIFY(!saved.at(0).localPath.isEmpty());
    QVERIFY(!saved.at(2).localPath.isEmpty());
    QCOMPARE(filesIn(m_dir->path()).size(), 2);
}

void TestDownloader::abortMidStreamLeavesNothing()
{
    const QList<TaskOutput> outputs = sandwich(QStringLiteral("endless.mp4"));
    QCOMPARE(outputs.size(), 3);
    m_sandbox->streamNext(QStringLiteral("/files/endless.mp4"), -1, false);
    Downloader downloader(m_client.get(), m_to.baseUrl);
    connect(&downloader, &Downloader::fileProgress, this, [&](int index, qint64 received, qint64) {
        if (index == 1 && received > 512 * 1024)
            downloader.abort();
    });
    const auto [saved, errors] = download(downloader, outputs, m_dir->path());
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).index, 1);
    QCOMPARE(errors.at(0).kind, DownloadError::Kind::Cancelled);
    QCOMPARE(errors.at(1).kind, DownloadError::Kind::Cancelled);
    QCOMPARE(filesIn(m_dir->path()), QStringList{QFileInfo(saved.at(0).localPath).fileName()});
}

void TestDownloader::destroyedMidStreamLeavesNothing()
{
    const QList<TaskOutput> outputs = sandwich(QStringLiteral("endless.mp4"));
    QCOMPARE(outputs.size(), 3);
    m_sandbox->streamNext(QStringLiteral("/files/endless.mp4"), -1, false);
    auto downloader = std::make_unique<Downloader>(m_client.get(), m_to.baseUrl);
    bool streaming = false;
    connect(downloader.get(), &Downloader::fileProgress, this,
            [&](int index, qint64 received, qint64) { streaming = index == 1 && received > 512 * 1024; });
    downloader->start(outputs, m_dir->path(), QStringLiteral("a"), QStringLiteral("1"));
    QTRY_VERIFY(streaming);
    downloader.reset();                         // the window closes mid-download
    QCOMPARE(filesIn(m_dir->path()).size(), 1); // the first output only
    QCoreApplication::sendPostedEvents();       // whatever was queued runs: still nothing of the second
    QCoreApplication::processEvents();
    QCOMPARE(filesIn(m_dir->path()).size(), 1);
}

void TestDownloader::emptyListFinishesToo()
{
    Downloader downloader(m_client.get(), m_to.baseUrl);
    QSignalSpy finished(&downloader, &Downloader::finished);
    downloader.start({}, m_dir->path(), QStringLiteral("a"), QStringLiteral("1"));
    QCOMPARE(finished.size(), 0); // never from inside start()
    QVERIFY(downloader.isRunning());
    QVERIFY(finished.wait(1000));
    QVERIFY(!downloader.isRunning());
}

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"
