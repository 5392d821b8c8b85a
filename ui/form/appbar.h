#pragma once

#include "store/appcache.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace rh {

class AppPicker;
class Draft;

/// Which app the form is for: the app box (an ID or a link; a paste loads at once), Load app, the picker of apps
/// seen before, and the app's header — cover, name, favourite mark, "edited" mark, link to its page — with a line
/// for what is going on (loading, an error, what changed).
class AppBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppBar)
public:
    explicit AppBar(Draft *draft, QWidget *parent = nullptr);

    QLineEdit *idEdit() const { return m_idEdit; }
    QWidget *firstFocus() const;
    QWidget *lastFocus() const;
    AppPicker *picker() const { return m_picker; }
    /// The app box's text as an id (a link is cut to its id), or the text as typed.
    QString typedId() const;
    void markIdInvalid(bool invalid);

    void setKnownApps(const QList<KnownApp> &apps);
    void setFavourite(bool favourite);
    void setStatus(const QString &text);
    QString status() const;
    void setCover(const QPixmap &cover);
    void setPage(const QUrl &page);

Q_SIGNALS:
    void loadRequested(const QString &webappId);
    /// Load app pressed: fetch the inputs from the server even when cached.
    void reloadRequested(const QString &webappId);
    void favouriteToggled(const QString &webappId, bool favourite);

private:
    QWidget *createIdRow();
    QWidget *createHeader();
    void onIdEdited(const QString &text);
    void requestLoad(bool fromButton);
    void showDraftApp();
    void showModified(bool modified);
    void showOptions();

    Draft *m_draft;
    AppPicker *m_picker;
    QToolButton *m_pickerButton = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QPushButton *m_loadButton = nullptr;
    QLabel *m_coverLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QToolButton *m_favouriteButton = nullptr;
    QLabel *m_modifiedLabel = nullptr;
    QLabel *m_pageLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QString m_shownAppId;
    QString m_idBefore; ///< the box's text before the edit being handled (to tell a paste from typing)
};

} // namespace rh
