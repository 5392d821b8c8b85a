#include "fakedesktop.h"

#include <QCoreApplication>
#include <QDBusMessage>

namespace rh::test {

namespace {

bool registerOn(const QString &service, const QString &path, QObject *object)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.registerService(service) &&
           bus.registerObject(path, object, QDBusConnection::ExportAllSlots);
}

void unregisterFrom(const QString &service, const QString &path)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.unregisterObject(path);
    bus.unregisterService(service);
}

} // namespace

QString fakeServiceName(const char *what)
{
    return QStringLiteral("org.rhdesk.test.%1.p%2").arg(QLatin1String(what)).arg(QCoreApplication::applicationPid());
}

FakeScreenSaver::FakeScreenSaver(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_registered = registerOn(service, QStringLiteral("/org/freedesktop/ScreenSaver"), this);
}

FakeScreenSaver::~FakeScreenSaver()
{
    if (m_registered)
        unregisterFrom(m_service, QStringLiteral("/org/freedesktop/ScreenSaver"));
}

uint FakeScreenSaver::Inhibit(const QString &, const QString &reason)
{
    m_lastReason = reason;
    m_cookies.append(m_next);
    return m_next++;
}

void FakeScreenSaver::UnInhibit(uint cookie)
{
    m_cookies.removeOne(cookie);
}

FakeNotifications::FakeNotifications(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_registered = registerOn(service, QStringLiteral("/org/freedesktop/Notifications"), this);
}

FakeNotifications::~FakeNotifications()
{
    if (m_registered)
        unregisterFrom(m_service, QStringLiteral("/org/freedesktop/Notifications"));
}

uint FakeNotifications::Notify(const QString &, uint, const QString &, const QString &summary, const QString &body,
                               const QStringList &actions, const QVariantMap &, int)
{
    const uint id = uint(m_shown.size()) + 1;
    m_shown.append({id, summary, body, actions});
    return id;
}

void FakeNotifications::invoke(uint id, const QString &action)
{
    QDBusMessage signal =
        QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                   QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
    signal << id << action;
    QDBusConnection::sessionBus().send(signal);
}

FakeFileManager::FakeFileManager(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_registered = registerOn(service, QStringLiteral("/org/freedesktop/FileManager1"), this);
}

FakeFileManager::~FakeFileManager()
{
    if (m_registered)
        unregisterFrom(m_service, QStringLiteral("/org/freedesktop/FileManager1"));
}

void FakeFileManager::ShowItems(const QStringList &uris, const QString &)
{
    m_shown.append(uris);
}

} // namespace rh::test
