// ImageWork: decoding and PNG encoding on workers, results delivered on the GUI thread unless the context is gone.
#include "imagework.h"
#include "testenv.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <memory>

using namespace rh;

class TestImageWork : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString writeImage(const QString &name, const QSize &size, const char *format)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        const QString path = m_dir->filePath(name);
        return image.save(path, format) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { QThreadPool::globalInstance()->waitForDone(); }

    void readScaled_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QSize>("box");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("wide PNG") << QSize(200, 100) << QByteArray("png") << QSize(48, 48) << QSize(48, 24);
        QTest::newRow("tall JPEG") << QSize(300, 600) << QByteArray("jpg") << QSize(48, 48) << QSize(24, 48);
        QTest::newRow("small, never enlarged") << QSize(16, 16) << QByteArray("png") << QSize(48, 48) << QSize(16, 16);
        QTest::newRow("thin line keeps a pixel")
            << QSize(2000, 1) << QByteArray("png") << QSize(48, 48) << QSize(48, 1);
        QTest::newRow("thumbnail box") << QSize(1024, 768) << QByteArray("png") << QSize(160, 160) << QSize(160, 120);
    }

    void readScaled()
    {
        QFETCH(QSize, size);
        QFETCH(QByteArray, format);
        QFETCH(QSize, box);
        QFETCH(QSize, expected);
        const QString path = writeImage(QStringLiteral("picture.") + QString::fromLatin1(format), size, format);
        QVERIFY(!path.isEmpty());
        QCOMPARE(ImageWork::readScaled(path, box).size(), expected);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(ImageWork::decodeScaled(file.readAll(), box).size(), expected);
    }

    void unreadableIsNull()
    {
        QVERIFY(ImageWork::readScaled(m_dir->filePath(QStringLiteral("missing.png")), QSize(48, 48)).isNull());
        QFile text(m_dir->filePath(QStringLiteral("notes.png")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a picture at all");
        text.close();
        QVERIFY(ImageWork::readScaled(text.fileName(), QSize(48, 48)).isNull());
        QVERIFY(ImageWork::decodeScaled(QByteArray("\x89PNG but cut"), QSize(48, 48)).isNull());
        QVERIFY(ImageWork::decodeScaled(QByteArray(), QSize(48, 48)).isNull());
    }

    void savePngWritesWholeOrNothing()
    {
        QImage image(40, 30, QImage::Format_ARGB32);
        image.fill(QColor(255, 0, 0, 128));
        const QString path = m_dir->filePath(QStringLiteral("pasted.png"));
        QVERIFY(ImageWork::savePng(image, path));
        QImage back(path);
        QCOMPARE(back.size(), image.size());
        QCOMPARE(back.convertToFormat(QImage::Format_ARGB32), image);

        const QString nowhere = m_dir->filePath(QStringLiteral("no/such/folder/pasted.png"));
        QVERIFY(!ImageWork::savePng(image, nowhere));
        QVERIFY(!QFile::exists(nowhere));
        QVERIFY(!ImageWork::savePng(QImage(), m_dir->filePath(QStringLiteral("null.png"))));
        QVERIFY(QDir(m_dir->path()).entryList(QDir::Files) == QStringList({QStringLiteral("pasted.png")}));
    }

    void laterDeliversOnTheGuiThreadAfterReturning()
    {
        const QString path = writeImage(QStringLiteral("big.png"), QSize(1200, 900), "png");
        QObject context;
        QImage decoded;
        bool called = false;
        ImageWork::readScaledLater(path, QSize(48, 48), &context, [&](const QImage &image) {
            QCOMPARE(QThread::currentThread(), qApp->thread());
            decoded = image;
            called = true;
        });
        QVERIFY(!called); // the work runs elsewhere; nothing arrives before the event loop turns
        QTRY_VERIFY(called);
        QCOMPARE(decoded.size(), QSize(48, 36));

        bool saved = false;
        called = false;
        ImageWork::savePngLater(decoded, m_dir->filePath(QStringLiteral("copy.png")), &context, [&](bool ok) {
            saved = ok;
            called = true;
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        QVERIFY(saved);
        QCOMPARE(QImage(m_dir->filePath(QStringLiteral("copy.png"))).size(), QSize(48, 36));
    }

    void nothingArrivesForAContextThatIsGone()
    {
        const QString path = writeImage(QStringLiteral("big.png"), QSize(1600, 1200), "png");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        int calls = 0;
        auto *context = new QObject;
        ImageWork::readScaledLater(path, QSize(48, 48), context, [&](const QImage &) { ++calls; });
        ImageWork::decodeScaledLater(bytes, QSize(48, 48), context, [&](const QImage &) { ++calls; });
        ImageWork::savePngLater(QImage(path), m_dir->filePath(QStringLiteral("late.png")), context,
                                [&](bool) { ++calls; });
        delete context; // the window closed while the workers were busy
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }
};

QTEST_MAIN(TestImageWork)
#include "tst_imagework.moc"
