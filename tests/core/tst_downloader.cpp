#include "api/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "task/downloader.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rh;

namespace {

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

    void sanitize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Flux Portrait") << QStringLiteral("Flux Portrait");
        QTest::newRow("chinese kept") << QStringLiteral("一键换装") << QStringLiteral("一键换装");
        QTest::newRow("slash and backslash") << QStringLiteral("a/b\\c") << QStringLiteral("a_b_c");
        QTest::newRow("all forbidden") << QStringLiteral("x:*?\"<>|y") << QStringLiteral("x_______y");
        QTest::newRow("control chars") << QStringLiteral("a\tb\nc") + QChar(0x7f) + QChar(0x1b)
                                       << QStringLiteral("a_b_c__");
        QTest::newRow("full-width colon kept") << QStringLiteral("图：风景") << QStringLiteral("图：风景");
        QTest::newRow("dots and spaces trimmed") << QStringLiteral("  ..app.. ") << QStringLiteral("app");
        QTest::newRow("dot dot") << QStringLiteral("..") << QString();
        QTest::newRow("only forbidden becomes underscores") << QStringLiteral("///") << QStringLiteral("___");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("emoji kept") << QStringLiteral("cat 🐱") << QStringLiteral("cat 🐱");
        QTest::newRow("zero width joiner removed")
            << QStringLiteral("a") + QChar(0x200d) + QStringLiteral("b") << QStringLiteral("a_b");
        QTest::newRow("long cut to 60") << QString(70, QLatin1Char('x')) << QString(60, QLatin1Char('x'));
        QTest::newRow("long chinese cut to 60") << QString(80, QChar(0x56fe)) << QString(60, QChar(0x56fe));
        // 59 letters and an emoji (a surrogate pair) across the cut: the pair is not split.
        QTest::newRow("surrogate pair at the cut")
            << QString(59, QLatin1Char('a')) + QStringLiteral("🐱🐱") << QString(59, QLatin1Char('a'));
    }
    void sanitize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(sanitizeFileNamePart(input), expected);
    }

    void names_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("taskId");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("expected");
        const QString id = QStringLiteral("1907035719658053634");
        const QString png = QStringLiteral("https://rh-images.xiaoyaoyou.com/f/output/ComfyUI_00001_.png");
        QTest::newRow("docs example") << QStringLiteral("Flux") << id << 1 << png << QStringLiteral("png")
                                      << QStringLiteral("Flux_1907035719658053634_1.png");
        QTest::newRow("chinese app") << QStringLiteral("一键换装/高清") << id << 2 << png << QStringLiteral("png")
                                     << QStringLiteral("一键换装_高清_1907035719658053634_2.png");
        QTest::newRow("type upper case") << QStringLiteral("a") << id << 1 << png << QStringLiteral("PNG")
                                         << QStringLiteral("a_1907035719658053634_1.png");
        QTest::newRow("type with dot") << QStringLiteral("a") << id << 1 << png << QStringLiteral(".mp4")
                                       << QStringLiteral("a_1907035719658053634_1.mp4");
        QTest::newRow("type missing: from url")
            << QStringLiteral("a") << id << 3 << png << QString() << QStringLiteral("a_1907035719658053634_3.png");
        QTest::newRow("url with query") << QStringLiteral("a") << id << 1
                                        << QStringLiteral("https://x/out/v.MP4?sign=abc&e=1") << QString()
                                        << QStringLiteral("a_1907035719658053634_1.mp4");
        QTest::newRow("type is a path: from url")
            << QStringLiteral("a") << id << 1 << png << QStringLiteral("../../etc")
            << QStringLiteral("a_1907035719658053634_1.png");
        QTest::newRow("nothing usable: bin") << QStringLiteral("a") << id << 1 << QStringLiteral("https://x/out/file")
                                             << QString() << QStringLiteral("a_1907035719658053634_1.bin");
        QTest::newRow("relative url") << QStringLiteral("a") << id << 1 << QStringLiteral("/files/out.webp")
                                      << QString() << QStringLiteral("a_1907035719658053634_1.webp");
        QTest::newRow("empty app name") << QString() << id << 1 << png << QStringLiteral("png")
                                        << QStringLiteral("rhdesk_1907035719658053634_1.png");
        QTest::newRow("app name only dots") << QStringLiteral("...") << id << 1 << png << QStringLiteral("png")
                                            << QStringLiteral("rhdesk_1907035719658053634_1.png");
        QTest::newRow("text output") << QStringLiteral("LLM") << id << 1 << QStringLiteral("https://x/a.txt")
                                     << QStringLiteral("txt") << QStringLiteral("LLM_1907035719658053634_1.txt");
    }
    void names()
    {
        QFETCH(QString, app);
        QFETCH(QString, taskId);
        QFETCH(int, n);
        QFETCH(QString, url);
        QFETCH(QString, type);
        QFETCH(QString, expected);
        QCOMPARE(outputFileName(app, taskId, n, output(url, type)), expected);
    }

    void clash_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("free") << QStringLiteral("a_1_1.png") << QStringList() << QStringLiteral("a_1_1.png");
        QTest::newRow("taken once") << QStringLiteral("a_1_1.png") << QStringList{QStringLiteral("a_1_1.png")}
                                    << QStringLiteral("a_1_1 (2).png");
        QTest::newRow("taken thrice") << QStringLiteral("a_1_1.png")
                                      << QStringList{QStringLiteral("a_1_1.png"), QStringLiteral("a_1_1 (2).png"),
                                                     QStringLiteral("a_1_1 (3).png")}
                                      << QStringLiteral("a_1_1 (4).png");
        QTest::newRow("gap is reused") << QStringLiteral("a.png")
                                       << QStringList{QStringLiteral("a.png"), QStringLiteral("a (3).png")}
                                       << QStringLiteral("a (2).png");
        QTest::newRow("no extension") << QStringLiteral("README") << QStringList{QStringLiteral("README")}
                                      << QStringLiteral("README (2)");
        QTest::newRow("dots in the app name")
            << QStringLiteral("v1.2_7_1.mp4") << QStringList{QStringLiteral("v1.2_7_1.mp4")}
            << QStringLiteral("v1.2_7_1 (2).mp4");
    }
    void clash()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, taken);
        QFETCH(QString, expected);
        QCOMPARE(nonClashingFileName(name, [&](const QString &n) { return taken.contains(n); }), expected);
    }

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
};

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"
