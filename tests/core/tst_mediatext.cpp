// What a person types or pastes into a media input: a path on their computer (a file to upload, never text for
// the server) or a fileName the server has.
#include "model/mediatext.h"

#include <QTest>

using namespace rh;

Q_DECLARE_METATYPE(rh::MediaText::Kind)

class TestMediaText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<MediaText::Kind>("kind");
        QTest::addColumn<QString>("text");
        using Kind = MediaText::Kind;
        QTest::newRow("empty") << QString() << Kind::Empty << QString();
        QTest::newRow("blank") << QStringLiteral("   ") << Kind::Empty << QString();
        QTest::newRow("absolute path") << QStringLiteral("/home/li/产品图/杯子.jpg") << Kind::LocalPath
                                       << QStringLiteral("/home/li/产品图/杯子.jpg");
        QTest::newRow("quoted path, as file managers copy it")
            << QStringLiteral("'/home/li/my cup.png'") << Kind::LocalPath << QStringLiteral("/home/li/my cup.png");
        QTest::newRow("double-quoted") << QStringLiteral(" \"/srv/pictures/a b.png\" ") << Kind::LocalPath
                                       << QStringLiteral("/srv/pictures/a b.png");
        QTest::newRow("file URL") << QStringLiteral("file:///home/li/%E4%BA%A7%E5%93%81.png") << Kind::LocalPath
                                  << QStringLiteral("/home/li/产品.png");
        QTest::newRow("home") << QStringLiteral("~/Pictures/cat.png") << Kind::LocalPath
                              << QStringLiteral("/home/li/Pictures/cat.png");
        QTest::newRow("windows path (issue 16)")
            << QStringLiteral("D:\\产品图\\杯子.jpg") << Kind::LocalPath << QStringLiteral("D:\\产品图\\杯子.jpg");
        QTest::newRow("windows path, forward slashes")
            << QStringLiteral("C:/Users/li/cup.jpg") << Kind::LocalPath << QStringLiteral("C:/Users/li/cup.jpg");
        QTest::newRow("UNC path") << QStringLiteral("\\\\nas\\share\\cup.jpg") << Kind::LocalPath
                                  << QStringLiteral("\\\\nas\\share\\cup.jpg");
        QTest::newRow("server fileName") << QStringLiteral("api/8a1b2c.png") << Kind::ServerFile
                                         << QStringLiteral("api/8a1b2c.png");
        QTest::newRow("author's sample") << QStringLiteral(" sandbox-sample-cat.png ") << Kind::ServerFile
                                         << QStringLiteral("sandbox-sample-cat.png");
        QTest::newRow("full-width drive letter is no drive")
            << QStringLiteral("Ｄ:cup.jpg") << Kind::ServerFile << QStringLiteral("Ｄ:cup.jpg");
    }

    void classify()
    {
        QFETCH(QString, typed);
        QFETCH(MediaText::Kind, kind);
        QFETCH(QString, text);
        const MediaText result = MediaText::classify(typed, QStringLiteral("/home/li"));
        QCOMPARE(result.kind, kind);
        QCOMPARE(result.text, text);
    }
};

QTEST_GUILESS_MAIN(TestMediaText)
#include "tst_mediatext.moc"
