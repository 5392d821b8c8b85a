#pragma once

#include <QObject>
#include <QString>

namespace rh {

/// Shows a file selected in the desktop's file manager through org.freedesktop.FileManager1.ShowItems on the
/// session bus. The call is asynchronous; when no file manager answers, unavailable() says so and the caller uses
/// another way (open the folder, or offer the path).
class FileRevealer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileRevealer)
public:
    static constexpr int TimeoutMs = 5000;

    explicit FileRevealer(QObject *parent = nullptr);
    /// @p service: another name for the service (tests register a fake one on their private bus).
    explicit FileRevealer(const QString &service, QObject *parent = nullptr);

    void setService(const QString &service) { m_service = service; }
    QString service() const { return m_service; }

    /// Asks the file manager to open @p path's folder with @p path selected. Ends with revealed() or unavailable().
    void reveal(const QString &path);

Q_SIGNALS:
    void revealed(const QString &path);
    void unavailable(const QString &path);

private:
    QString m_service;
};

} // namespace rh
