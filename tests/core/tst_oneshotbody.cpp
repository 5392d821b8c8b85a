#include "api/oneshotbody.h"
#include "testenv.h"

#include <QtTest>

class TestOneShotBody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void readsOnce();
    void rewindBeforeFirstByteIsAllowed();
    void neverRewindsAfterAByteWentOut();
};

void TestOneShotBody::readsOnce()
{
    rh::OneShotBody body(QByteArrayLiteral("{\"a\":1}"));
    QVERIFY(body.isOpen());
    QVERIFY(body.isSequential());
    QCOMPARE(body.size(), 7);
    QCOMPARE(body.bytesAvailable(), 7);
    QCOMPARE(body.read(3), QByteArrayLiteral("{\"a"));
    QCOMPARE(body.bytesAvailable(), 4);
    QCOMPARE(body.readAll(), QByteArrayLiteral("\":1}"));
    QVERIFY(body.atEnd());
    QCOMPARE(body.write("x"), -1);
}

void TestOneShotBody::rewindBeforeFirstByteIsAllowed()
{
    rh::OneShotBody body(QByteArrayLiteral("abc"));
    QVERIFY(body.reset());
    QVERIFY(!body.wasRead());
    QCOMPARE(body.readAll(), QByteArrayLiteral("abc"));
}

void TestOneShotBody::neverRewindsAfterAByteWentOut()
{
    rh::OneShotBody body(QByteArrayLiteral("abc"));
    QCOMPARE(body.read(1), QByteArrayLiteral("a"));
    QVERIFY(body.wasRead());
    QVERIFY(!body.reset());
    QVERIFY(!body.seek(0));
    QCOMPARE(body.readAll(), QByteArrayLiteral("bc"));
}

QTEST_GUILESS_MAIN(TestOneShotBody)
#include "tst_oneshotbody.moc"
