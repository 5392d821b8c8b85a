#include "api/redact.h"
#include "testenv.h"

#include <QtTest>

class TestRedact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void redact_data();
    void redact();
    void redactUrl();
};

void TestRedact::redact_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("expected");
    const QString key = QStringLiteral("0123456789abcdef0123456789abcdef");
    const QString mask = rh::secretMask();
    QTest::newRow("body") << QStringLiteral("{\"apiKey\":\"%1\"}").arg(key) << key
                          << QStringLiteral("{\"apiKey\":\"%1\"}").arg(mask);
    QTest::newRow("twice") << key + QLatin1Char(' ') + key << key << mask + QLatin1Char(' ') + mask;
    QTest::newRow("header") << QStringLiteral("Authorization: Bearer %1").arg(key) << key
                            << QStringLiteral("Authorization: Bearer %1").arg(mask);
    QTest::newRow("percent-encoded") << QStringLiteral("?apiKey=a%2Fb%3D") << QStringLiteral("a/b=")
                                     << QStringLiteral("?apiKey=%1").arg(mask);
    QTest::newRow("empty secret") << QStringLiteral("nothing") << QString() << QStringLiteral("nothing");
}

void TestRedact::redact()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    QFETCH(QString, expected);
    QCOMPARE(rh::redact(text, secret), expected);
}

void TestRedact::redactUrl()
{
    const QUrl url(QStringLiteral("https://user:pw@www.runninghub.cn/api/webapp/apiCallDemo?apiKey=SECRET&webappId=1"));
    const QString text = rh::redactUrl(url);
    QVERIFY(!text.contains(QLatin1String("SECRET")));
    QVERIFY(!text.contains(QLatin1String("pw")));
    QVERIFY(text.contains(QLatin1String("webappId=1")));
    QVERIFY(rh::redactUrl(QUrl(QStringLiteral("https://x/y?apikey=S2"))).contains(rh::secretMask()));
    QCOMPARE(rh::redactUrl(QUrl(QStringLiteral("https://x/y"))), QStringLiteral("https://x/y"));
}

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
