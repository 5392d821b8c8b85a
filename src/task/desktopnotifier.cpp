#include "task/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QStringList>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcNotify, "rhdesk.notify", QtInfoMsg)

namespace rh {

namespace {

const QString notificationsPath = QStringLiteral("/org/freedesktop/Notifications");
const QString notificationsInterface = QStringLiteral("org.freedesktop.Notifications");
constexpr int ExpireMs = 10000;

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QStringLiteral("org.freedesktop.Notifications"), parent)
{}

DesktopNotifier::DesktopNotifier(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

void DesktopNotifier::notify(const QString &title, const QString &body, const Actions &actions, const QString &tag)
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (!session.isConnected()) {
        Q_EMIT unavailable(title, body, tag);
        return;
    }
    if (!m_listening) {
        m_listening = true;
        session.connect(m_service, notificationsPath, notificationsInterface, QStringLiteral("ActionInvoked"), this,
                        SLOT(onActionInvoked(uint, QString)));
        session.connect(m_service, notificationsPath, notificationsInterface, QStringLiteral("NotificationClosed"),
                        this, SLOT(onClosed(uint, uint)));
    }
    QStringList flatActions;
    for (const auto &action : actions)
        flatActions << action.first << action.second;
    QDBusMessage call =
        QDBusMessage::createMethodCall(m_service, notificationsPath, notificationsInterface, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral("rhdesk")}};
    call << QStringLiteral("rhdesk") << uint(0) << QStringLiteral("rhdesk") << title << body << flatActions << hints
         << int(ExpireMs);
    auto *watcher = new QDBusPendingCallWatcher(session.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, title, body, tag](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            qCInfo(lcNotify) << "no notification service:" << reply.error().message();
            Q_EMIT unavailable(title, body, tag);
            return;
        }
        m_tags.insert(reply.value(), tag);
        Q_EMIT shown(tag);
    });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_tags.constFind(id);
    if (it != m_tags.cend())
        Q_EMIT actionInvoked(*it, action);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    m_tags.remove(id);
}

} // namespace rh
