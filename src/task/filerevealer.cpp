#include "task/filerevealer.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QStringList>
#include <QUrl>

Q_LOGGING_CATEGORY(lcReveal, "rhdesk.reveal", QtInfoMsg)

namespace rh {

FileRevealer::FileRevealer(QObject *parent)
    : FileRevealer(QStringLiteral("org.freedesktop.FileManager1"), parent)
{}

FileRevealer::FileRevealer(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

void FileRevealer::reveal(const QString &path)
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (!session.isConnected()) {
        // Always answered later, as the bus would: callers see one kind of ending.
        QMetaObject::invokeMethod(
            this, [this, path] { Q_EMIT unavailable(path); }, Qt::QueuedConnection);
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(m_service, QStringLiteral("/org/freedesktop/FileManager1"),
                                       QStringLiteral("org.freedesktop.FileManager1"), QStringLiteral("ShowItems"));
    call << QStringList{QUrl::fromLocalFile(path).toString()} << QString();
    auto *watcher = new QDBusPendingCallWatcher(session.asyncCall(call, TimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, path](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<> reply = *w;
        if (reply.isError()) {
            qCInfo(lcReveal) << "no file manager on the bus:" << reply.error().name();
            Q_EMIT unavailable(path);
            return;
        }
        Q_EMIT revealed(path);
    });
}

} // namespace rh
