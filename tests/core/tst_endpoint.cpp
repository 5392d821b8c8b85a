#include "api/endpoint.h"

#include <QTest>

using namespace rh;

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlKeepsTheBasePath_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("site") << QStringLiteral("https://www.runninghub.cn")
                              << QStringLiteral("https://www.runninghub.cn/task/openapi/ai-app/run");
        QTest::newRow("trailing slash") << QStringLiteral("https://www.runninghub.cn/")
                                        << QStringLiteral("https://www.runninghub.cn/task/openapi/ai-app/run");
        QTest::newRow("proxy with a base path") << QStringLiteral("https://proxy.example/rh/")
                                                << QStringLiteral("https://proxy.example/rh/task/openapi/ai-app/run");
        QTest::newRow("query and fragment dropped")
            << QStringLiteral("http://127.0.0.1:8080/x?a=1#f")
            << QStringLiteral("http://127.0.0.1:8080/x/task/openapi/ai-app/run");
    }

    void urlKeepsTheBasePath()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        const Endpoint endpoint{QUrl(base), {}};
        QCOMPARE(endpoint.url(paths::runAiApp).toString(), expected);
    }

    void serverNames_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("server");
        QTest::newRow("site") << QStringLiteral("https://www.runninghub.cn")
                              << QStringLiteral("https://www.runninghub.cn");
        QTest::newRow("case and slash") << QStringLiteral("HTTPS://WWW.RunningHub.AI/")
                                        << QStringLiteral("https://www.runninghub.ai");
        QTest::newRow("default port") << QStringLiteral("https://www.runninghub.cn:443")
                                      << QStringLiteral("https://www.runninghub.cn");
        QTest::newRow("other port") << QStringLiteral("http://127.0.0.1:41234")
                                    << QStringLiteral("http://127.0.0.1:41234");
        QTest::newRow("base path") << QStringLiteral("https://proxy.example/rh//")
                                   << QStringLiteral("https://proxy.example/rh");
        QTest::newRow("user info and query left out")
            << QStringLiteral("https://me:pw@proxy.example/rh?x=1") << QStringLiteral("https://proxy.example/rh");
        QTest::newRow("no host") << QStringLiteral("file:///tmp") << QString();
    }

    void serverNames()
    {
        QFETCH(QString, base);
        QFETCH(QString, server);
        QCOMPARE(Endpoint::serverOf(QUrl(base)), server);
    }

    void keyInClear_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<bool>("inClear");
        QTest::newRow("https") << QStringLiteral("https://proxy.example") << false;
        QTest::newRow("http to another host") << QStringLiteral("http://proxy.example") << true;
        QTest::newRow("http to a LAN address") << QStringLiteral("http://192.168.1.20:8080") << true;
        QTest::newRow("http to this computer") << QStringLiteral("http://127.0.0.1:8080") << false;
        QTest::newRow("http to localhost") << QStringLiteral("http://localhost:8080") << false;
        QTest::newRow("http to IPv6 loopback") << QStringLiteral("http://[::1]:8080") << false;
    }

    void keyInClear()
    {
        QFETCH(QString, base);
        QFETCH(bool, inClear);
        const Endpoint endpoint{QUrl(base), {}};
        QCOMPARE(endpoint.sendsKeyInClear(), inClear);
    }
};

QTEST_APPLESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
