#pragma once

#include "api/apierror.h"
#include "model/appinfo.h"
#include "model/prompttips.h"
#include "model/runrequest.h"
#include "store/appsettings.h"

#include <QUrl>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rh {

class Connection;
class Draft;
class NodeTableEditor;
class NodeTableModel;

/// The run form: API key, site, app id, instance type, webhook URL and the node table. It shows and edits two core
/// objects and holds no state of its own: the Connection (site, key, remember) and the Draft (app, values, options,
/// uploads). The window's controllers send what it asks for.
class RequestForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestForm)
public:
    RequestForm(Connection *connection, Draft *draft, QWidget *parent = nullptr);

    Connection *connection() const { return m_connection; }
    Draft *draft() const { return m_draft; }
    /// The Draft's request, with the id box's text made an id when it is a link.
    RunRequest request() const;
    /// Hands the key box's text to the Connection (done on Return, on leaving the box, and before Run or Load).
    void commitKey();

    Site site() const;
    AppInfo appInfo() const;
    void setAppStatus(const QString &text); ///< "Loading…", an error sentence, or ""
    void setAppCover(const QPixmap &cover);
    /// The app's page on the site, or an empty URL (sandbox, custom server) to show no link.
    void setAppPage(const QUrl &page);

    /// Marks the issues found before sending; returns the sentences for the status area.
    QStringList showIssues(const QList<RequestIssue> &issues);
    /// Marks the rows named by promptTips node errors; returns one sentence per error.
    QStringList showNodeErrors(const QList<NodeError> &errors);
    void clearMarks();

    void setBusy(bool busy); ///< a submit is in flight: Run disabled
    NodeTableEditor *nodeEditor() const { return m_nodes; }
    NodeTableModel *model() const;
    /// The request as a curl command line, the key replaced by $RUNNINGHUB_API_KEY.
    QString curlCommand() const;

Q_SIGNALS:
    void runRequested();
    void loadAppRequested(const QString &webappId);
    /// "Load app" clicked: fetch the app's inputs from the server even when they are cached.
    void reloadAppRequested(const QString &webappId);
    /// The user picked another site in the box (the window decides: a custom server may need its address first).
    void siteChosen(rh::Site site);

private:
    QWidget *createKeyRow();
    QWidget *createAppRow();
    QWidget *createButtons();
    void requestLoad();
    void showPreview();
    void copyCurl();
    void showConnection();
    void showDraftOptions();
    void showDraftApp();

    Connection *m_connection;
    Draft *m_draft;
    NodeTableEditor *m_nodes;
    QString m_shownAppId; ///< the app whose name and cover are shown
    QLineEdit *m_keyEdit;
    QCheckBox *m_rememberCheck;
    QLabel *m_keyNotice;
    QComboBox *m_siteCombo;
    QLineEdit *m_webappIdEdit;
    QPushButton *m_loadAppButton;
    QLabel *m_appNameLabel;
    QLabel *m_appCoverLabel;
    QLabel *m_appPageLabel;
    QLabel *m_appStatusLabel;
    QComboBox *m_instanceCombo;
    QLineEdit *m_webhookEdit;
    QPushButton *m_submitButton;
    QPushButton *m_previewButton;
    QPushButton *m_curlButton;
    QString m_webappIdBefore; ///< the id box's text before the edit being handled (to tell a paste from typing)
    bool m_busy = false;
};

} // namespace rh
