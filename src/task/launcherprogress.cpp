#include "task/launcherprogress.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariantMap>

namespace rh {

LauncherProgress::LauncherProgress(const QString &desktopFile)
    : m_appUri(QStringLiteral("application://") + desktopFile)
{}

void LauncherProgress::set(std::optional<double> progress)
{
    if (progress == m_last && m_shown == progress.has_value())
        return;
    m_last = progress;
    m_shown = progress.has_value();
    QDBusConnection session = QDBusConnection::sessionBus();
    if (!session.isConnected())
        return;
    QDBusMessage signal =
        QDBusMessage::createSignal(QStringLiteral("/com/canonical/unity/launcherentry/rhdesk"),
                                   QStringLiteral("com.canonical.Unity.LauncherEntry"), QStringLiteral("Update"));
    QVariantMap properties{{QStringLiteral("progress-visible"), progress.has_value()}};
    if (progress)
        properties.insert(QStringLiteral("progress"), qBound(0.0, *progress, 1.0));
    signal << m_appUri << properties;
    session.send(signal);
}

} // namespace rh
