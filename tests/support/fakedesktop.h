#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace rh::test {

/// A unique bus name for a fake service of this test process, so a real desktop's service is never touched.
QString fakeServiceName(const char *what);

/// org.freedesktop.ScreenSaver as a desktop offers it, on the test's private session bus: counts the locks held.
class FakeScreenSaver final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    /// Registers itself under @p service; registered() says whether that worked (no session bus: it did not).
    explicit FakeScreenSaver(const QString &service, QObject *parent = nullptr);
    ~FakeScreenSaver() override;
    bool registered() const { return m_registered; }
    int active() const { return int(m_cookies.size()); }
    QString lastReason() const { return m_lastReason; }

public Q_SLOTS:
    uint Inhibit(const QString &application, const QString &reason);
    void UnInhibit(uint cookie);

private:
    QString m_service;
    bool m_registered = false;
    QList<uint> m_cookies;
    uint m_next = 1;
    QString m_lastReason;
};

/// org.freedesktop.Notifications: keeps what it was asked to show and can send an action back.
class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    explicit FakeNotifications(const QString &service, QObject *parent = nullptr);
    ~FakeNotifications() override;
    bool registered() const { return m_registered; }

    struct Shown
    {
        uint id;
        QString summary;
        QString body;
        QStringList actions;
    };
    QList<Shown> shown() const { return m_shown; }
    /// The user clicked an action of notification @p id.
    void invoke(uint id, const QString &action);

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout);

private:
    QString m_service;
    bool m_registered = false;
    QList<Shown> m_shown;
};

/// org.freedesktop.FileManager1: keeps the URIs it was asked to show selected.
class FakeFileManager final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.FileManager1")
public:
    explicit FakeFileManager(const QString &service, QObject *parent = nullptr);
    ~FakeFileManager() override;
    bool registered() const { return m_registered; }
    QList<QStringList> shown() const { return m_shown; }

public Q_SLOTS:
    void ShowItems(const QStringList &uris, const QString &startupId);

private:
    QString m_service;
    bool m_registered = false;
    QList<QStringList> m_shown;
};

} // namespace rh::test
