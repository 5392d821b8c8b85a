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
