#include "testenv.h"
#include "transfer/filehash.h"

#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rh;

class TestFileHash : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return QString();
        return path;
    }

    /// Bytes that differ in every block, so a block skipped or read twice changes the digest.
    static QByteArray counting(qint64 size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (qint64 i = 0; i < size; ++i)
            bytes[i] = char((i * 31 + i / 4096) & 0xff);
        return bytes;
    }

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void knownDigests_data()
    {
        // FIPS 180-2 examples; the others computed independently (Python hashlib).
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("hash");
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                  << QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                     << QStringLiteral(
                                            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
        QTest::newRow("exactly 1 MiB of zeros")
            << QByteArray(1024 * 1024, '\0')
            << QStringLiteral("30e14955ebf1352266dc2ff8067e68104607e750abb9d3b36582b8af909fcb58");
        QTest::newRow("3 MiB + 5 bytes, counting")
            << counting(3 * 1024 * 1024 + 5)
            << QStringLiteral("95a813ab4e2b0dcaec710619e7a7ddf675f961b3f7b60922982d879cc404a62a");
    }

    void knownDigests()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, hash);
        const QString path = writeFile(QStringLiteral("图片 1.png"), content);
        QVERIFY(!path.isEmpty());
        QCOMPARE(sha256OfFile(path), hash);
    }

    void unreadableFileHasNoHash()
    {
        QCOMPARE(sha256OfFile(m_dir->filePath(QStringLiteral("nope"))), QString());
        QCOMPARE(sha256OfFile(m_dir->path()), QString()); // a folder
        const QString locked = writeFile(QStringLiteral("locked.png"), "pixels");
        QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
        if (QFile(locked).open(QIODevice::ReadOnly))
            QSKIP("running as root: permissions do not lock the file");
        QCOMPARE(sha256OfFile(locked), QString());
    }

    void cancelledBetweenBlocks()
    {
        const QString path = writeFile(QStringLiteral("big.bin"), QByteArray(3 * 1024 * 1024, 'x'));
        int asked = 0;
        QCOMPARE(sha256OfFile(path, [&asked] { return ++asked > 2; }), QString());
        QCOMPARE(asked, 3); // stopped after two blocks, not at the end
        QVERIFY(!sha256OfFile(path, [] { return false; }).isEmpty());
    }

    void asyncRunsOffTheCallingThread()
    {
        const QString path = writeFile(QStringLiteral("a.bin"), QByteArray(1000000, 'a'));
        QFutureWatcher<QString> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcher<QString>::finished);
        watcher.setFuture(sha256OfFileAsync(path));
        QVERIFY(finished.wait(10000));
        QCOMPARE(watcher.result(), QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }
};

QTEST_GUILESS_MAIN(TestFileHash)
#include "tst_filehash.moc"
