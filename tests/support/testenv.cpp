#include "testenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace rh::test {

void isolateEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir runtimeDir;
    QFile::setPermissions(runtimeDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtimeDir.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("rhdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("rhdesk-tests"));
}

bool useOffscreenScreen(const QTemporaryDir &dir, const QSize &size)
{
    const QString path = dir.filePath(QStringLiteral("screen.json"));
    QFile config(path);
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write(QStringLiteral(R"({"screens": [{"name": "test", "x": 0, "y": 0, "width": %1, "height": %2, )"
                                R"("logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0}]})")
                     .arg(size.width())
                     .arg(size.height())
                     .toLatin1());
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(path));
    return true;
}

QString dataPath(const QString &name)
{
    return QDir(QStringLiteral(RHDESK_TEST_DATA)).filePath(name);
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("test data missing: %s", qPrintable(name));
    return file.readAll();
}

} // namespace rh::test
