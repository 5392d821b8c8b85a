#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

namespace rh {

/// Desktop notifications through org.freedesktop.Notifications on the session bus, with actions ("Open folder").
/// When no notification service answers, unavailable() hands the text back so the window can use its tray icon.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)
public:
    using Actions = QList<QPair<QString, QString>>; ///< key → label, in order

    explicit DesktopNotifier(QObject *parent = nullptr);
    /// @p service: another name for the service (tests register a fake one on their private bus).
    explicit DesktopNotifier(const QString &service, QObject *parent = nullptr);

    /// Shows a notification. @p tag is given back with the action the user picks (e.g. the batch's id).
    void notify(const QString &title, const QString &body, const Actions &actions, const QString &tag);

Q_SIGNALS:
    void shown(const QString &tag);
    void actionInvoked(const QString &tag, const QString &action);
    /// Nobody shows notifications here: use another way (the tray icon).
    void unavailable(const QString &title, const QString &body, const QString &tag);

private Q_SLOTS:
    // Qt D-Bus connects bus signals by signature only: these two are the only string-based connections.
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QString m_service;
    QHash<uint, QString> m_tags; ///< notification id → tag
    bool m_listening = false;
};

} // namespace rh
