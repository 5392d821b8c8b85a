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

class NodeTableEditor;
class NodeTableModel;

/// The run form: API key, site, app id, instance type, webhook URL and the node table. Builds a RunRequest;
/// the window's controller sends it.
class RequestForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestForm)
public:
    explicit RequestForm(QWidget *parent = nullptr);

    RunRequest request() const;
    void setRequest(const RunRequest &request);

    QString apiKey() const;
    void setApiKey(const QString &key);
    bool rememberKey() const;
    void setRememberKey(bool remember);
    void setKeyNotice(const QString &text); ///< e.g. "No keychain: the key is kept for this session only."

    void setSite(Site site);
    Site site() const;
    void setSiteLocked(bool locked, const QString &label); ///< sandbox / --base-url: the site is fixed

    /// Fills the table with an app's inputs (labels from description) and shows its name.
    void setAppInfo(const AppInfo &app);
    AppInfo appInfo() const { return m_app; }
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
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    /// The request as a curl command line, the key replaced by $RUNNINGHUB_API_KEY.
    QString curlCommand() const;

Q_SIGNALS:
    void runRequested();
    void loadAppRequested(const QString &webappId);
    /// "Load app" clicked: fetch the app's inputs from the server even when they are cached.
    void reloadAppRequested(const QString &webappId);
    void siteChanged(rh::Site site);
    void keyEdited();
    /// The user finished entering the key (Return or focus left the field).
    void keyEntered();

private:
    QWidget *createKeyRow();
    QWidget *createAppRow();
    QWidget *createButtons();
    void requestLoad();
    void showPreview();
    void copyCurl();

    NodeTableEditor *m_nodes;
    AppInfo m_app;
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
    QUrl m_baseUrl;
    QString m_webappIdBefore; ///< the id box's text before the edit being handled (to tell a paste from typing)
    bool m_busy = false;
};

} // namespace rh
