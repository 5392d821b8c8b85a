// Output file names: the template's placeholders, names safe on every file system, web-safe names, clashes.
#include "model/outputname.h"
#include "testenv.h"

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

const QString taskId = QStringLiteral("1907035719658053634");
const QString demoApp = QStringLiteral("文生图 · 沙盒演示 (Text to image)");

} // namespace

class TestOutputName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void expand_data();
    void expand();
    void unknownPlaceholders_data();
    void unknownPlaceholders();
    void webSafe_data();
    void webSafe();
    void webSafeNamesStayWebSafe();
    void lengthStaysWithinFileSystemLimits();

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
        // The pattern of the first releases: the pieces each file name is made of.
        const OutputName naming(QStringLiteral("{app}_{taskId}_{n}"));
        QCOMPARE(naming.fileName({app, QString(), taskId, QDateTime(), n}, output(url, type)), expected);
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
        QTest::newRow("web-safe: no space, no brackets")
            << QStringLiteral("a_1_1.png") << QStringList{QStringLiteral("a_1_1.png"), QStringLiteral("a_1_1_2.png")}
            << QStringLiteral("a_1_1_3.png");
    }
    void clash()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, taken);
        QFETCH(QString, expected);
        const bool webSafe = QByteArray(QTest::currentDataTag()).startsWith("web-safe");
        QCOMPARE(nonClashingFileName(
                     name, [&](const QString &n) { return taken.contains(n); }, webSafe),
                 expected);
    }
};

void TestOutputName::expand_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("webSafe");
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    const QString def = OutputName::defaultPattern();
    QTest::newRow("default") << def << false << QStringLiteral("Flux") << QString() << taskId << 1
                             << QStringLiteral("Flux_2026-03-07_09-05-04_1");
    QTest::newRow("default, chinese app")
        << def << false << demoApp << QString() << taskId << 2 << demoApp + QStringLiteral("_2026-03-07_09-05-04_2");
    QTest::newRow("default, chinese app, web-safe")
        << def << true << demoApp << QString() << taskId << 2
        << QStringLiteral("wen_sheng_tu_sha_he_yan_shi_Text_to_image_2026-03-07_09-05-04_2");
    QTest::newRow("blank pattern is the default")
        << QStringLiteral("  ") << false << QStringLiteral("Flux") << QString() << taskId << 1
        << QStringLiteral("Flux_2026-03-07_09-05-04_1");
    QTest::newRow("every placeholder") << QStringLiteral("{label}-{app}-{taskId}-{date}-{time}-{n}") << false
                                       << QStringLiteral("一键换装") << QStringLiteral("第7行") << taskId << 3
                                       << QStringLiteral("第7行-一键换装-1907035719658053634-2026-03-07-09-05-04-3");
    QTest::newRow("19-digit task id kept whole") << QStringLiteral("{taskId}_{n}") << true << QString() << QString()
                                                 << taskId << 12 << QStringLiteral("1907035719658053634_12");
    QTest::newRow("label with slashes") << QStringLiteral("{label}_{n}") << false << QString()
                                        << QStringLiteral("春季/女装\\2026:上新") << taskId << 1
                                        << QStringLiteral("春季_女装_2026_上新_1");
    QTest::newRow("label with slashes, web-safe")
        << QStringLiteral("{label}_{n}") << true << QString() << QStringLiteral("春季/女装\\2026") << taskId << 1
        << QStringLiteral("chun_ji_nu_zhuang_2026_1");
    QTest::newRow("label ../ cannot climb")
        << QStringLiteral("{label}") << false << QString() << QStringLiteral("../../etc/passwd") << taskId << 1
        << QStringLiteral("_.._etc_passwd");
    QTest::newRow("empty label takes its separator")
        << QStringLiteral("{app}_{label}_{n}") << false << QStringLiteral("Flux") << QString() << taskId << 1
        << QStringLiteral("Flux_1");
    QTest::newRow("empty label first") << QStringLiteral("{label} - {app}") << false << QStringLiteral("Flux")
                                       << QString() << taskId << 1 << QStringLiteral("Flux");
    QTest::newRow("empty app is rhdesk") << QStringLiteral("{app}_{n}") << false << QStringLiteral(" ... ") << QString()
                                         << taskId << 1 << QStringLiteral("rhdesk_1");
    QTest::newRow("emoji-only app, web-safe") << QStringLiteral("{app}_{n}") << true << QStringLiteral("🐱") << QString()
                                              << taskId << 1 << QStringLiteral("rhdesk_1");
    QTest::newRow("nothing at all") << QStringLiteral("{label}") << false << QString() << QString() << taskId << 1
                                    << QStringLiteral("rhdesk");
    QTest::newRow("unknown placeholder kept as typed")
        << QStringLiteral("{app}_{id}_{n}") << false << QStringLiteral("Flux") << QString() << taskId << 1
        << QStringLiteral("Flux_{id}_1");
    QTest::newRow("unknown placeholder, web-safe") << QStringLiteral("{app}_{id}_{n}") << true << QStringLiteral("Flux")
                                                   << QString() << taskId << 1 << QStringLiteral("Flux_id_1");
    QTest::newRow("placeholders are case-sensitive") << QStringLiteral("{App}_{n}") << false << QStringLiteral("Flux")
                                                     << QString() << taskId << 1 << QStringLiteral("{App}_1");
    QTest::newRow("unclosed brace") << QStringLiteral("{app}_{n") << false << QStringLiteral("Flux") << QString()
                                    << taskId << 1 << QStringLiteral("Flux_{n");
    QTest::newRow("doubled braces") << QStringLiteral("{{app}}") << false << QStringLiteral("Flux") << QString()
                                    << taskId << 1 << QStringLiteral("{Flux}");
    QTest::newRow("slash typed in the pattern") << QStringLiteral("{app}/{n}") << false << QStringLiteral("Flux")
                                                << QString() << taskId << 1 << QStringLiteral("Flux_1");
    QTest::newRow("windows device name") << QStringLiteral("{label}") << false << QString() << QStringLiteral("con")
                                         << taskId << 1 << QStringLiteral("con_");
    QTest::newRow("windows device name with a dot")
        << QStringLiteral("{label}") << false << QString() << QStringLiteral("NUL.x") << taskId << 1
        << QStringLiteral("NUL.x_");
    QTest::newRow("not a device name") << QStringLiteral("{label}_{n}") << false << QString() << QStringLiteral("con")
                                       << taskId << 1 << QStringLiteral("con_1");
    QTest::newRow("trailing dot trimmed") << QStringLiteral("{app}.") << false << QStringLiteral("Flux") << QString()
                                          << taskId << 1 << QStringLiteral("Flux");
}

void TestOutputName::expand()
{
    QFETCH(QString, pattern);
    QFETCH(bool, webSafe);
    QFETCH(QString, app);
    QFETCH(QString, label);
    QFETCH(QString, id);
    QFETCH(int, n);
    QFETCH(QString, expected);
    const QDateTime when(QDate(2026, 3, 7), QTime(9, 5, 4));
    const OutputName naming(pattern, webSafe);
    QCOMPARE(naming.stem({app, label, id, when, n}), expected);
    const QString png = QStringLiteral("https://x/out/ComfyUI_00001_.png");
    QCOMPARE(naming.fileName({app, label, id, when, n}, output(png, QString())), expected + QStringLiteral(".png"));
}

void TestOutputName::unknownPlaceholders_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("unknown");
    QTest::newRow("default") << OutputName::defaultPattern() << QStringList();
    QTest::newRow("every one") << OutputName::placeholders().join(QLatin1Char('_')) << QStringList();
    QTest::newRow("two unknown, one twice")
        << QStringLiteral("{app}_{id}_{x}_{id}") << QStringList{QStringLiteral("{id}"), QStringLiteral("{x}")};
    QTest::newRow("case") << QStringLiteral("{APP}_{n}") << QStringList{QStringLiteral("{APP}")};
    QTest::newRow("chinese") << QStringLiteral("{应用}_{n}") << QStringList{QStringLiteral("{应用}")};
    QTest::newRow("empty braces") << QStringLiteral("{}_{n}") << QStringList{QStringLiteral("{}")};
    QTest::newRow("unclosed is text") << QStringLiteral("{app}_{n") << QStringList();
}

void TestOutputName::unknownPlaceholders()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, unknown);
    QCOMPARE(OutputName::unknownPlaceholders(pattern), unknown);
}

void TestOutputName::webSafe_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii kept") << QStringLiteral("Flux-2_Pro") << QStringLiteral("Flux-2_Pro");
    QTest::newRow("spaces and punctuation") << QStringLiteral("Flux (dev) v1.2!") << QStringLiteral("Flux_dev_v1_2");
    QTest::newRow("chinese as pinyin") << QStringLiteral("一键换装") << QStringLiteral("yi_jian_huan_zhuang");
    QTest::newRow("full-width letters") << QStringLiteral("图生视频 Ｖ２") << QStringLiteral("tu_sheng_shi_pin_V2");
    QTest::newRow("accents dropped") << QStringLiteral("Café Crème") << QStringLiteral("Cafe_Creme");
    QTest::newRow("japanese kana") << QStringLiteral("カメラ") << QStringLiteral("kamera");
    QTest::newRow("emoji become nothing") << QStringLiteral("cat 🐱") << QStringLiteral("cat");
    QTest::newRow("edges trimmed") << QStringLiteral("--_a_--") << QStringLiteral("a");
    QTest::newRow("empty") << QString() << QString();
}

void TestOutputName::webSafe()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(webSafeText(input), expected);
}

void TestOutputName::webSafeNamesStayWebSafe()
{
    const OutputName naming(QStringLiteral("{app} {label} ({taskId}) #{n} {date}·{time} {x}"), true);
    const QStringList hostile{demoApp, QStringLiteral("a/b\\c:d*e?f\"g<h>i|j"), QStringLiteral("\t\n\u200d"),
                              QStringLiteral("Ωμέγα Привет مرحبا"), QString(300, QChar(0x56fe))};
    for (const QString &text : hostile) {
        const QString name = naming.fileName({text, text, taskId, QDateTime::currentDateTime(), 7},
                                             output(QStringLiteral("https://x/a.png"), QString()));
        for (const QChar c : name) {
            const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                            (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                            (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
                            c == QLatin1Char('_') || c == QLatin1Char('.');
            QVERIFY2(ok, qPrintable(name));
        }
        QCOMPARE(name.count(QLatin1Char('.')), 1); // only the extension's
    }
}

void TestOutputName::lengthStaysWithinFileSystemLimits()
{
    // ext4 and most others allow 255 bytes per name; three per Chinese character in UTF-8.
    const QString longText(200, QChar(0x56fe));
    const OutputName naming(QStringLiteral("{app}{label}{label}{app}_{n}"));
    const QString name = naming.fileName({longText, longText, taskId, QDateTime(), 1},
                                         output(QStringLiteral("https://x/a.jpeg"), QString()));
    QVERIFY2(name.toUtf8().size() <= 210, qPrintable(QString::number(name.toUtf8().size())));
    QVERIFY(name.endsWith(QLatin1String(".jpeg")));
    const QString emoji = QString(70, QLatin1Char('a')) + QStringLiteral("🐱").repeated(100);
    const QString cut = OutputName(QStringLiteral("{label}{label}{label}{label}")).stem({{}, emoji, {}, {}, 1});
    QVERIFY(!cut.back().isHighSurrogate()); // a character outside the BMP is never split
    QVERIFY(cut.toUtf8().size() <= 200);
}

QTEST_MAIN(TestOutputName)
#include "tst_outputname.moc"
