#include "task/sleepinhibitor.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSleep, "rhdesk.task.sleep", QtInfoMsg)

namespace rh {

namespace {

const QString login1Service = QStringLiteral("org.freedesktop.login1");
const QString screenSaverInterface = QStringLiteral("org.freedesktop.ScreenSaver");
const QString appName = QStringLiteral("rhdesk");

QString reason()
{
    return QStringLiteral("Runs of a batch are going on");
}

QDBusMessage busNameQuery(const QString &name)
{
    QDBusMessage message =
        QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                                       QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
    message << name;
    return message;
}

} // namespace

SleepInhibitor::SleepInhibitor(QObject *parent)
    : SleepInhibitor(Options{}, parent)
{}

SleepInhibitor::SleepInhibitor(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{}

SleepInhibitor::~SleepInhibitor()
{
    m_wanted = false;
    release();
}

void SleepInhibitor::setBackend(Backend backend)
{
    if (backend == m_backend)
        return;
    m_backend = backend;
    Q_EMIT backendChanged(backend);
}

void SleepInhibitor::setWanted(bool wanted)
{
    if (wanted == m_wanted)
        return;
    m_wanted = wanted;
    if (wanted && !isHeld() && !m_pending)
        take();
    else if (!wanted)
        release();
}

void SleepInhibitor::take()
{
    QDBusConnection system = QDBusConnection::systemBus();
    if (!m_options.useLogin1 || !system.isConnected()) {
        takeFromScreenSaver();
        return;
    }
    m_pending = true;
    QDBusMessage call =
        QDBusMessage::createMethodCall(login1Service, QStringLiteral("/org/freedesktop/login1"),
                                       QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("Inhibit"));
    // "idle" too: logind's own idle action must not suspend the computer either.
    call << QStringLiteral("sleep:idle") << appName << reason() << QStringLiteral("block");
    auto *watcher = new QDBusPendingCallWatcher(system.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusUnixFileDescriptor> reply = *w;
        if (reply.isError() || !reply.value().isValid()) {
            qCInfo(lcSleep) << "logind gave no sleep lock:" << reply.error().message();
            takeFromScreenSaver();
            return;
        }
        m_fd = reply.value(); // holds its own duplicate of the descriptor: the lock lasts until it is reset
        setBackend(Backend::Login1);
        onTaken(true);
    });
}

void SleepInhibitor::takeFromScreenSaver()
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (!session.isConnected()) {
        setBackend(Backend::None);
        onTaken(false);
        return;
    }
    m_pending = true;
    QDBusMessage call = QDBusMessage::createMethodCall(m_options.screenSaverService, m_options.screenSaverPath,
                                                       screenSaverInterface, QStringLiteral("Inhibit"));
    call << appName << reason();
    auto *watcher = new QDBusPendingCallWatcher(session.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError() || reply.value() == 0) {
            qCInfo(lcSleep) << "no screen saver service to keep the computer awake:" << reply.error().message();
            setBackend(Backend::None);
            onTaken(false);
            return;
        }
        m_cookie = reply.value();
        setBackend(Backend::ScreenSaver);
        onTaken(true);
    });
}

void SleepInhibitor::onTaken(bool held)
{
    m_pending = false;
    if (held && !m_wanted) {
        release(); // released while the answer was on its way
        return;
    }
    if (held)
        Q_EMIT heldChanged(true);
}

void SleepInhibitor::release()
{
    if (m_fd.isValid()) {
        m_fd = QDBusUnixFileDescriptor(); // closing our copy of the descriptor ends the lock
        Q_EMIT heldChanged(false);
    }
    if (m_cookie != 0) {
        QDBusMessage call = QDBusMessage::createMethodCall(m_options.screenSaverService, m_options.screenSaverPath,
                                                           screenSaverInterface, QStringLiteral("UnInhibit"));
        call << m_cookie;
        m_cookie = 0;
        QDBusConnection::sessionBus().asyncCall(call);
        Q_EMIT heldChanged(false);
    }
}

void SleepInhibitor::probe()
{
    const auto askSession = [this] {
        QDBusConnection session = QDBusConnection::sessionBus();
        if (!session.isConnected()) {
            setBackend(Backend::None);
            return;
        }
        auto *watcher =
            new QDBusPendingCallWatcher(session.asyncCall(busNameQuery(m_options.screenSaverService)), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
            w->deleteLater();
            const QDBusPendingReply<bool> reply = *w;
            setBackend(!reply.isError() && reply.value() ? Backend::ScreenSaver : Backend::None);
        });
    };
    QDBusConnection system = QDBusConnection::systemBus();
    if (!m_options.useLogin1 || !system.isConnected()) {
        askSession();
        return;
    }
    auto *watcher = new QDBusPendingCallWatcher(system.asyncCall(busNameQuery(login1Service)), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, askSession](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<bool> reply = *w;
        if (!reply.isError() && reply.value())
            setBackend(Backend::Login1);
        else
            askSession();
    });
}

} // namespace rh
