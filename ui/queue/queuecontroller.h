#pragma once

#include "task/launcherprogress.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>

class QWidget;

namespace rh {

class FileRevealer;
class QueueView;
class RequestForm;
class Services;

/// Binds the queue to the window: adds the form's request (Run ×N, Ctrl+Shift+Enter), shows the batch's
/// percentage in the window title and on the taskbar entry, and announces a finished batch once, with its summary
/// and "Open folder" (desktop notification, else the tray; a sound when the setting asks for it).
class QueueController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueController)
public:
    /// @p window: the main window (its title carries the percentage; the shortcut lives there).
    QueueController(Services *services, RequestForm *form, QWidget *window, QObject *parent = nullptr);

    /// The Queue tab, once it is built: its "Add to queue" and its run count.
    void setView(QueueView *view);
    /// Adds the form's request the Queue tab's runTimes() times (once while that tab was never shown; a batch when
    /// more than once). False with the problems in statusMessage() when nothing was added.
    bool addFromForm();
    /// The window title without the percentage (the window's own title).
    void setBaseTitle(const QString &title);
    /// The notification's "Open folder": the batch's last saved file selected in the file manager
    /// (org.freedesktop.FileManager1), else its folder opened; a status message when neither works.
    void showBatchResults(qint64 batchId);
    FileRevealer *fileRevealer() const { return m_revealer; }
    /// Tests: replaces QDesktopServices::openUrl, which opens the folder when no file manager selects the file.
    void setFolderOpener(std::function<bool(const QUrl &)> opener) { m_folderOpener = std::move(opener); }

Q_SIGNALS:
    void statusMessage(const QString &sentence);
    /// No notification service answered: show it another way (the tray).
    void notifyFallback(const QString &title, const QString &sentence);

private:
    void updateTitle();
    void onBatchFinished(qint64 batchId);
    QString lastSavedFile(qint64 batchId) const;
    void openFolderInstead(const QString &path);

    Services *m_services;
    RequestForm *m_form;
    QueueView *m_view = nullptr;
    QWidget *m_window;
    QString m_baseTitle;
    LauncherProgress m_launcher;
    QTimer m_titleTimer; ///< the title follows progress after a short pause, not per change
    FileRevealer *m_revealer;
    std::function<bool(const QUrl &)> m_folderOpener;
};

} // namespace rh
