#pragma once

#include "api/apierror.h"
#include "model/appinfo.h"
#include "model/prompttips.h"
#include "model/runrequest.h"
#include "store/appcache.h"
#include "store/appsettings.h"

#include <QUrl>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace rh {

class AccountCombo;
class AccountSwitch;
class AdvancedSection;
class AppBar;
class Connection;
class Draft;
class InputSheet;
class KeyRow;
class NodeTableEditor;
class NodeTableModel;

/// The run form: API key and site (or, with two accounts or more, the account), the app (box, picker, header), instance
/// type, the app's inputs as a property sheet, and an Advanced section (webhook, node table, request preview, curl,
/// client id). It shows and edits two core objects and holds no state of its own: the Connection (site, key, remember)
/// and the Draft (app, values, options, uploads). The window's controllers send what it asks for. Everything but the
/// Run bar scrolls, so the form fits any screen.
class RequestForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestForm)
public:
    /// @p accounts may be nullptr (no account selector).
    RequestForm(Connection *connection, Draft *draft, AccountSwitch *accounts = nullptr, QWidget *parent = nullptr);

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
    /// The apps the picker offers (the current server's, favourites first).
    void setKnownApps(const QList<KnownApp> &apps);
    /// Whether the shown app is a favourite.
    void setFavourite(bool favourite);
    void setClientId(const QString &clientId);
    /// Places a notice (e.g. "Loaded … over your edits. Undo") right above the inputs.
    void insertNotice(QWidget *notice);

    /// Marks the issues found before sending; returns the sentences for the status area.
    QStringList showIssues(const QList<RequestIssue> &issues);
    /// Marks the rows named by promptTips node errors; returns one sentence per error.
    QStringList showNodeErrors(const QList<NodeError> &errors);
    void clearMarks();

    void setBusy(bool busy); ///< a submit is in flight: Run disabled
    InputSheet *inputSheet() const { return m_sheet; }
    AdvancedSection *advanced() const { return m_advanced; }
    AppBar *appBar() const { return m_appBar; }
    NodeTableEditor *nodeEditor() const;
    NodeTableModel *model() const;
    /// The row under the Run button: the queue's button joins it there.
    QHBoxLayout *runBar() const { return m_runBar; }
    QPushButton *runButton() const { return m_submitButton; }
    /// The request as a curl command line, the key replaced by $RUNNINGHUB_API_KEY.
    QString curlCommand() const;

Q_SIGNALS:
    void runRequested();
    void loadAppRequested(const QString &webappId);
    /// "Load app" clicked: fetch the app's inputs from the server even when they are cached.
    void reloadAppRequested(const QString &webappId);
    /// The user picked another site in the box (the window decides: a custom server may need its address first).
    void siteChosen(rh::Site site);
    /// A file picked, dropped or pasted for a media input (in the form or the node table).
    void mediaChosen(int row, const QString &path);
    void favouriteToggled(const QString &webappId, bool favourite);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Run's text: "Sending…" while a submit is in flight.
    static QString runText(bool busy);
    /// Run keeps one size, wide enough for either of its texts.
    void fitRunButton();
    QWidget *createContent();
    QWidget *createRunBar();
    void showPreview();
    void copyCurl();
    void showConnection();
    void showAccountChoice();
    void showDraftOptions();
    void markRows(const QHash<int, QString> &problems);
    void alignLabels();

    Connection *m_connection;
    Draft *m_draft;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    AppBar *m_appBar = nullptr;
    InputSheet *m_sheet = nullptr;
    AdvancedSection *m_advanced = nullptr;
    AccountSwitch *m_accounts;
    QFormLayout *m_topForm = nullptr;
    KeyRow *m_keyRow = nullptr;
    AccountCombo *m_accountCombo = nullptr;
    QComboBox *m_siteCombo = nullptr;
    QComboBox *m_instanceCombo = nullptr;
    QList<QLabel *> m_topLabels;
    QHBoxLayout *m_runBar = nullptr;
    QPushButton *m_submitButton = nullptr;
    QString m_shownAppId;
    bool m_busy = false;
};

} // namespace rh
