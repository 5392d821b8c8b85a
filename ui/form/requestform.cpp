#include "form/requestform.h"

#include "errortext.h"
#include "form/nodetableeditor.h"
#include "form/nodetablemodel.h"
#include "form/requestexport.h"

#include "model/draft.h"
#include "session/connection.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace rh {

namespace {

QString errorStyle()
{
    return QStringLiteral("QLineEdit { border: 2px solid #dc2626; }");
}

/// How many characters one edit put in: 1 when typing, more for a paste, a drop or an input method's commit.
qsizetype insertedLength(const QString &before, const QString &after)
{
    const qsizetype shorter = qMin(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    return after.size() - prefix - suffix;
}

} // namespace

RequestForm::RequestForm(Connection *connection, Draft *draft, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_draft(draft)
    , m_nodes(new NodeTableEditor(draft, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    form->addRow(tr("&API key:"), createKeyRow());
    m_siteCombo = new QComboBox(this);
    m_siteCombo->setObjectName(QStringLiteral("siteComboBox"));
    if (connection->isFixed()) {
        m_siteCombo->addItem(connection->fixedLabel(), int(Site::Custom)); // sandbox / --base-url: fixed
        m_siteCombo->setEnabled(false);
    } else {
        m_siteCombo->addItem(tr("runninghub.cn (China)"), int(Site::Cn));
        m_siteCombo->addItem(tr("runninghub.ai (international)"), int(Site::Ai));
        m_siteCombo->addItem(tr("Custom server (Settings)"), int(Site::Custom));
    }
    form->addRow(tr("&Site:"), m_siteCombo);
    connect(m_siteCombo, &QComboBox::activated, this, [this] { Q_EMIT siteChosen(site()); });

    form->addRow(tr("&Webapp ID:"), createAppRow());
    m_appStatusLabel = new QLabel(this);
    m_appStatusLabel->setObjectName(QStringLiteral("appStatusLabel"));
    m_appStatusLabel->setWordWrap(true);
    m_appStatusLabel->setVisible(false);
    form->addRow(QString(), m_appStatusLabel);

    m_instanceCombo = new QComboBox(this);
    m_instanceCombo->setObjectName(QStringLiteral("instanceTypeComboBox"));
    m_instanceCombo->addItem(tr("default — 24 GB"), QStringLiteral("default"));
    m_instanceCombo->addItem(tr("plus — 48 GB"), QStringLiteral("plus"));
    form->addRow(tr("&Instance type:"), m_instanceCombo);

    m_webhookEdit = new QLineEdit(this);
    m_webhookEdit->setObjectName(QStringLiteral("webhookUrlLineEdit"));
    m_webhookEdit->setAccessibleName(tr("Webhook URL"));
    m_webhookEdit->setPlaceholderText(tr("Optional: https://your-server/hook, called when the task ends"));
    m_webhookEdit->setClearButtonEnabled(true);
    form->addRow(tr("Web&hook URL:"), m_webhookEdit);
    layout->addLayout(form);

    layout->addWidget(m_nodes, 1);
    layout->addWidget(createButtons());
    connect(m_nodes, &NodeTableEditor::pasteFailed, this, &RequestForm::setAppStatus);

    connect(m_instanceCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_draft->setInstanceType(m_instanceCombo->currentData().toString()); });
    connect(m_webhookEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_draft->setWebhookUrl(text.trimmed()); });
    connect(connection, &Connection::changed, this, &RequestForm::showConnection);
    connect(draft, &Draft::optionsChanged, this, &RequestForm::showDraftOptions);
    connect(draft, &Draft::reset, this, &RequestForm::showDraftApp);
    showConnection();
    showDraftOptions();
    showDraftApp();
}

void RequestForm::showConnection()
{
    if (m_keyEdit->text().trimmed() != m_connection->apiKey())
        m_keyEdit->setText(m_connection->apiKey());
    const QSignalBlocker blocker(m_rememberCheck);
    m_rememberCheck->setChecked(m_connection->rememberKey());
    m_rememberCheck->setEnabled(!m_connection->isFixed() || m_connection->apiKey().isEmpty());
    QString notice;
    switch (m_connection->keyNotice()) {
    case Connection::KeyNotice::NoKeychain:
    case Connection::KeyNotice::SaveFailed:
        notice = tr("No keychain: the key is kept for this session only");
        break;
    case Connection::KeyNotice::None:
        break;
    }
    m_keyNotice->setText(notice);
    m_keyNotice->setToolTip(notice);
    m_keyNotice->setVisible(!notice.isEmpty());
    if (!m_connection->isFixed())
        m_siteCombo->setCurrentIndex(qMax(0, m_siteCombo->findData(int(m_connection->site()))));
}

void RequestForm::showDraftOptions()
{
    if (extractWebappId(m_webappIdEdit->text()) != m_draft->webappId() &&
        m_webappIdEdit->text().trimmed() != m_draft->webappId())
        m_webappIdEdit->setText(m_draft->webappId());
    const QString instanceType =
        m_draft->instanceType().isEmpty() ? QStringLiteral("default") : m_draft->instanceType();
    const QSignalBlocker blocker(m_instanceCombo);
    m_instanceCombo->setCurrentIndex(qMax(0, m_instanceCombo->findData(instanceType)));
    if (m_webhookEdit->text().trimmed() != m_draft->webhookUrl())
        m_webhookEdit->setText(m_draft->webhookUrl());
}

void RequestForm::showDraftApp()
{
    clearMarks();
    const AppInfo &app = m_draft->app();
    const QString shown = m_draft->hasApp() ? app.webappId : QString();
    if (shown == m_shownAppId)
        return;
    m_shownAppId = shown;
    m_appNameLabel->setText(shown.isEmpty() ? QString() : ErrorText::appLabel(app.name, app.webappId));
    m_appNameLabel->setAccessibleName(m_appNameLabel->text());
    setAppCover({});
    setAppPage({});
    if (!shown.isEmpty()) {
        m_nodes->setTechnicalColumnsVisible(false);
        setAppStatus({});
    }
}

QWidget *RequestForm::createButtons()
{
    auto *row = new QWidget(this);
    auto *buttons = new QHBoxLayout(row);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_previewButton = new QPushButton(tr("Request &preview"), row);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setAccessibleName(tr("Request preview"));
    m_curlButton = new QPushButton(tr("Copy as &curl"), row);
    m_curlButton->setObjectName(QStringLiteral("copyCurlButton"));
    m_curlButton->setAccessibleName(tr("Copy as curl"));
    m_submitButton = new QPushButton(tr("&Run"), row);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setAccessibleName(tr("Run task"));
    m_submitButton->setToolTip(tr("Run the app with these inputs (Ctrl+Enter)"));
    m_submitButton->setDefault(true);
    m_submitButton->setMinimumWidth(140);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_curlButton);
    buttons->addStretch();
    buttons->addWidget(m_submitButton);

    connect(m_previewButton, &QPushButton::clicked, this, &RequestForm::showPreview);
    connect(m_curlButton, &QPushButton::clicked, this, &RequestForm::copyCurl);
    connect(m_submitButton, &QPushButton::clicked, this, [this] {
        commitKey();
        if (!m_busy)
            Q_EMIT runRequested();
    });
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, m_submitButton, &QPushButton::click);
    }
    return row;
}

QWidget *RequestForm::createKeyRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_keyEdit = new QLineEdit(row);
    m_keyEdit->setObjectName(QStringLiteral("apiKeyLineEdit"));
    m_keyEdit->setAccessibleName(tr("API key"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("32 characters, from your RunningHub account page"));
    QAction *show =
        m_keyEdit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    show->setObjectName(QStringLiteral("showApiKeyAction"));
    show->setCheckable(true);
    show->setToolTip(tr("Show the key"));
    connect(show, &QAction::toggled, m_keyEdit,
            [this](bool visible) { m_keyEdit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_keyEdit, &QLineEdit::editingFinished, this, &RequestForm::commitKey);
    m_rememberCheck = new QCheckBox(tr("Re&member"), row);
    m_rememberCheck->setObjectName(QStringLiteral("rememberKeyCheckBox"));
    m_rememberCheck->setAccessibleName(tr("Remember the API key"));
    m_rememberCheck->setToolTip(tr("Keep the key in the system keychain"));
    connect(m_rememberCheck, &QCheckBox::toggled, this, [this](bool remember) {
        commitKey();
        m_connection->setRememberKey(remember);
    });
    m_keyNotice = new QLabel(row);
    m_keyNotice->setObjectName(QStringLiteral("keyNoticeLabel"));
    m_keyNotice->setVisible(false);
    m_keyNotice->setStyleSheet(QStringLiteral("color:#92400e;"));
    layout->addWidget(m_keyEdit, 1);
    layout->addWidget(m_rememberCheck);
    layout->addWidget(m_keyNotice);
    return row;
}

QWidget *RequestForm::createAppRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_webappIdEdit = new QLineEdit(row);
    m_webappIdEdit->setObjectName(QStringLiteral("webappIdLineEdit"));
    m_webappIdEdit->setAccessibleName(tr("Webapp ID"));
    m_webappIdEdit->setPlaceholderText(tr("App ID or link, e.g. 1877265245566922753"));
    m_webappIdEdit->setClearButtonEnabled(true);
    connect(m_webappIdEdit, &QLineEdit::editingFinished, this, &RequestForm::requestLoad);
    connect(m_webappIdEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_webappIdEdit->setStyleSheet({});
        const QString typed = extractWebappId(text);
        m_draft->setWebappId(typed.isEmpty() ? text.trimmed() : typed);
        // A pasted id or link loads at once; typing (a link too, one character at a time) waits for
        // editingFinished, or a half-typed link would be cut to the digits typed so far.
        if (insertedLength(m_webappIdBefore, text) <= 1)
            return;
        const QString id = extractWebappId(text);
        if (!id.isEmpty()) {
            if (id != text)
                m_webappIdEdit->setText(id);
            Q_EMIT loadAppRequested(id);
        }
    });
    // After textEdited (QLineEdit emits that first), so the handler above still sees the text before the edit.
    connect(m_webappIdEdit, &QLineEdit::textChanged, this, [this](const QString &text) { m_webappIdBefore = text; });
    m_loadAppButton = new QPushButton(tr("&Load app"), row);
    m_loadAppButton->setObjectName(QStringLiteral("loadAppButton"));
    m_loadAppButton->setAccessibleName(tr("Load app"));
    m_loadAppButton->setToolTip(tr("Fetch the app's name and inputs from RunningHub"));
    connect(m_loadAppButton, &QPushButton::clicked, this, &RequestForm::requestLoad);
    m_appNameLabel = new QLabel(row);
    m_appNameLabel->setObjectName(QStringLiteral("appNameLabel"));
    m_appNameLabel->setAccessibleDescription(tr("App name"));
    m_appNameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_appNameLabel->font();
    bold.setBold(true);
    m_appNameLabel->setFont(bold);
    m_appCoverLabel = new QLabel(row);
    m_appCoverLabel->setObjectName(QStringLiteral("appCoverLabel"));
    m_appCoverLabel->setAccessibleName(tr("App cover"));
    m_appCoverLabel->setFixedSize(36, 36);
    m_appCoverLabel->setScaledContents(false);
    m_appCoverLabel->hide();
    m_appPageLabel = new QLabel(row);
    m_appPageLabel->setObjectName(QStringLiteral("appPageLabel"));
    m_appPageLabel->setOpenExternalLinks(true);
    m_appPageLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_appPageLabel->hide();
    layout->addWidget(m_webappIdEdit, 1);
    layout->addWidget(m_loadAppButton);
    layout->addWidget(m_appCoverLabel);
    layout->addWidget(m_appNameLabel, 1);
    layout->addWidget(m_appPageLabel);
    return row;
}

void RequestForm::requestLoad()
{
    const QString text = m_webappIdEdit->text().trimmed();
    if (text.isEmpty())
        return;
    const QString id = extractWebappId(text);
    if (id.isEmpty()) {
        m_webappIdEdit->setStyleSheet(errorStyle());
        setAppStatus(ErrorText::forIssue({RequestIssue::Kind::WebappIdNotDigits}, {}));
        return;
    }
    if (id != text)
        m_webappIdEdit->setText(id);
    m_draft->setWebappId(id);
    commitKey();
    if (sender() == m_loadAppButton) {
        Q_EMIT reloadAppRequested(id); // the button asks the server even when the app is cached
        return;
    }
    if (m_draft->hasApp() && id == m_draft->app().webappId)
        return; // already showing this app
    Q_EMIT loadAppRequested(id);
}

NodeTableModel *RequestForm::model() const
{
    return m_nodes->model();
}

RunRequest RequestForm::request() const
{
    RunRequest request = m_draft->request();
    const QString typed = m_webappIdEdit->text().trimmed();
    const QString id = extractWebappId(typed);
    request.webappId = id.isEmpty() ? typed : id;
    return request;
}

void RequestForm::commitKey()
{
    m_connection->setApiKey(m_keyEdit->text());
}

Site RequestForm::site() const
{
    return Site(m_siteCombo->currentData().toInt());
}

AppInfo RequestForm::appInfo() const
{
    return m_draft->hasApp() ? m_draft->app() : AppInfo{};
}

void RequestForm::setAppCover(const QPixmap &cover)
{
    m_appCoverLabel->setPixmap(
        cover.isNull() ? cover : cover.scaled(m_appCoverLabel->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_appCoverLabel->setVisible(!cover.isNull());
}

void RequestForm::setAppPage(const QUrl &page)
{
    m_appPageLabel->setText(
        page.isEmpty() ? QString()
                       : QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(page.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Open on RunningHub")));
    m_appPageLabel->setAccessibleName(tr("Open the app's page on RunningHub"));
    m_appPageLabel->setVisible(!page.isEmpty());
}

void RequestForm::setAppStatus(const QString &text)
{
    m_appStatusLabel->setText(text);
    m_appStatusLabel->setAccessibleName(text);
    m_appStatusLabel->setVisible(!text.isEmpty());
}

QStringList RequestForm::showIssues(const QList<RequestIssue> &issues)
{
    clearMarks();
    QStringList sentences;
    QHash<int, QString> rows;
    const NodeFields fields = m_nodes->fields();
    for (const RequestIssue &issue : issues) {
        const QString sentence = ErrorText::forIssue(issue, fields);
        sentences.append(sentence);
        switch (issue.kind) {
        case RequestIssue::Kind::MissingApiKey:
            m_keyEdit->setStyleSheet(errorStyle());
            break;
        case RequestIssue::Kind::MissingWebappId:
        case RequestIssue::Kind::WebappIdNotDigits:
        case RequestIssue::Kind::WebappIdTooLarge:
            m_webappIdEdit->setStyleSheet(errorStyle());
            break;
        case RequestIssue::Kind::BadWebhookUrl:
            m_webhookEdit->setStyleSheet(errorStyle());
            break;
        default:
            if (issue.row >= 0)
                rows.insert(issue.row, sentence);
        }
    }
    m_nodes->markRows(rows);
    return sentences;
}

QStringList RequestForm::showNodeErrors(const QList<NodeError> &errors)
{
    QStringList sentences;
    QHash<int, QString> rows;
    const NodeFields fields = m_nodes->fields();
    for (const NodeError &error : errors) {
        const QString sentence = ErrorText::forNodeError(error, fields);
        sentences.append(sentence);
        // Mark the row of that node and input; when the input is not in the table, every row of the node.
        bool marked = false;
        for (int row = 0; row < fields.size(); ++row) {
            if (fields.at(row).nodeId == error.nodeId && fields.at(row).fieldName == error.inputName) {
                rows[row] += (rows.value(row).isEmpty() ? QString() : QStringLiteral("\n")) + sentence;
                marked = true;
            }
        }
        for (int row = 0; !marked && row < fields.size(); ++row) {
            if (fields.at(row).nodeId == error.nodeId)
                rows[row] += (rows.value(row).isEmpty() ? QString() : QStringLiteral("\n")) + sentence;
        }
    }
    m_nodes->markRows(rows);
    return sentences;
}

void RequestForm::clearMarks()
{
    for (QLineEdit *edit : {m_keyEdit, m_webappIdEdit, m_webhookEdit})
        edit->setStyleSheet({});
    m_nodes->markRows({});
}

void RequestForm::setBusy(bool busy)
{
    m_busy = busy;
    m_submitButton->setEnabled(!busy);
    m_submitButton->setText(busy ? tr("Sending…") : tr("&Run"));
}

QString RequestForm::curlCommand() const
{
    return RequestExport::curlCommand(request(), m_connection->baseUrl());
}

void RequestForm::showPreview()
{
    RequestExport::showPreview(this, request());
}

void RequestForm::copyCurl()
{
    QApplication::clipboard()->setText(curlCommand());
    setAppStatus(tr("Copied a curl command. Set RUNNINGHUB_API_KEY in your shell before running it."));
}

} // namespace rh
