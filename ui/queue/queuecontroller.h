#pragma once

#include "task/launcherprogress.h"

#include <QObject>
#include <QString>
#include <QTimer>

class QWidget;

namespace rh {

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
    QueueController(Services *services, RequestForm *form, QueueView *view, QWidget *window, QObject *parent = nullptr);

    /// Adds the form's request view->runTimes() times (a batch when more than once). False with the problems in
    /// statusMessage() when nothing was added.
    bool addFromForm();
    /// The window title without the percentage (the window's own title).
    void setBaseTitle(const QString &title);

Q_SIGNALS:
    void statusMessage(const QString &sentence);
    /// No notification service answered: show it another way (the tray).
    void notifyFallback(const QString &title, const QString &sentence);

private:
    void updateTitle();
    void onBatchFinished(qint64 batchId);

    Services *m_services;
    RequestForm *m_form;
    QueueView *m_view;
    QWidget *m_window;
    QString m_baseTitle;
    LauncherProgress m_launcher;
    QTimer m_titleTimer; ///< the title follows progress after a short pause, not per change
};

} // namespace rh
