#include "form/requestform.h"

#include "errortext.h"
#include "form/accountcombo.h"
#include "form/advancedsection.h"
#include "form/appbar.h"
#include "form/inputsheet.h"
#include "form/keyrow.h"
#include "form/nodetableeditor.h"
#include "form/nodetablemodel.h"
#include "form/requestexport.h"

#include "model/draft.h"
#include "session/accountswitch.h"
#include "session/connection.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace rh {

namespace {

QString errorStyle()
{
    return QStringLiteral("QLineEdit { border: 2px solid #dc2626; }");
}

} // namespace

RequestForm::RequestForm(Connection *connection, Draft *draft, AccountSwitch *accounts, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_draft(draft)
    , m_accounts(accounts)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("formScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(createContent());
    layout->addWidget(m_scroll, 1);
    layout->addWidget(createRunBar());

    connect(m_appBar, &AppBar::loadRequested, this, [this](const QString &id) {
        commitKey();
        Q_EMIT loadAppRequested(id);
    });
    connect(m_appBar, &AppBar::reloadRequested, this, [this](const QString &id) {
        commitKey();
        Q_EMIT reloadAppRequested(id);
    });
    connect(m_appBar, &AppBar::favouriteToggled, this, &RequestForm::favouriteToggled);
    connect(m_sheet, &InputSheet::mediaChosen, this, &RequestForm::mediaChosen);
    connect(nodeEditor(), &NodeTableEditor::mediaChosen, this, &RequestForm::mediaChosen);
    connect(nodeEditor(), &NodeTableEditor::pasteFailed, this, &RequestForm::setAppStatus);
    connect(m_advanced, &AdvancedSection::previewRequested, this, &RequestForm::showPreview);
    connect(m_advanced, &AdvancedSection::curlRequested, this, &RequestForm::copyCurl);
    connect(m_instanceCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_draft->setInstanceType(m_instanceCombo->currentData().toString()); });
    connect(m_advanced->webhookEdit(), &QLineEdit::textEdited, this,
            [this](const QString &text) { m_draft->setWebhookUrl(text.trimmed()); });
    connect(connection, &Connection::changed, this, &RequestForm::showConnection);
    connect(draft, &Draft::optionsChanged, this, &RequestForm::showDraftOptions);
    connect(draft, &Draft::reset, this, [this] {
        clearMarks();
        const QString shown = m_draft->hasApp() ? m_draft->app().webappId : QString();
        if (shown != m_shownAppId && !shown.isEmpty())
            nodeEditor()->setTechnicalColumnsVisible(false); // an app's own rows need no node ids
        m_shownAppId = shown;
    });
    m_sheet->setTabAnchor(m_instanceCombo);
    connect(m_sheet, &InputSheet::rebuilt, this, &RequestForm::alignLabels);
    alignLabels();
    showConnection();
    showAccountChoice();
    showDraftOptions();
}

QWidget *RequestForm::createContent()
{
    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("formContent"));
    auto *layout = new QVBoxLayout(content);
    m_contentLayout = layout;
    auto *form = new QFormLayout;
    m_topForm = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (m_accounts) {
        // Replaces the key box and the site when there are accounts to choose from, so it takes the key's letter.
        m_accountCombo = new AccountCombo(m_accounts, content);
        form->addRow(tr("&Account:"), m_accountCombo); // the label is the combo's buddy
        connect(m_accounts, &AccountSwitch::changed, this, &RequestForm::showAccountChoice);
    }
    m_keyRow = new KeyRow(m_connection, content);
    form->addRow(tr("&API key:"), m_keyRow);
    qobject_cast<QLabel *>(form->labelForField(m_keyRow))->setBuddy(m_keyRow->keyEdit());
    m_siteCombo = new QComboBox(content);
    m_siteCombo->setObjectName(QStringLiteral("siteComboBox"));
    m_siteCombo->setAccessibleName(tr("Site"));
    if (m_connection->isFixed()) {
        m_siteCombo->addItem(m_connection->fixedLabel(), int(Site::Custom)); // sandbox / --base-url: fixed
        m_siteCombo->setEnabled(false);
    } else {
        m_siteCombo->addItem(tr("runninghub.cn (China)"), int(Site::Cn));
        m_siteCombo->addItem(tr("runninghub.ai (international)"), int(Site::Ai));
        m_siteCombo->addItem(tr("Custom server (Settings)"), int(Site::Custom));
    }
    form->addRow(tr("&Site:"), m_siteCombo);
    connect(m_siteCombo, &QComboBox::activated, this, [this] { Q_EMIT siteChosen(site()); });

    m_appBar = new AppBar(m_draft, content);
    form->addRow(tr("A&pp:"), m_appBar);
    qobject_cast<QLabel *>(form->labelForField(m_appBar))->setBuddy(m_appBar->idEdit());

    m_instanceCombo = new QComboBox(content);
    m_instanceCombo->setObjectName(QStringLiteral("instanceTypeComboBox"));
    m_instanceCombo->setAccessibleName(tr("Instance type"));
    m_instanceCombo->addItem(tr("default — 24 GB"), QStringLiteral("default"));
    m_instanceCombo->addItem(tr("plus — 48 GB"), QStringLiteral("plus"));
    form->addRow(tr("&Instance type:"), m_instanceCombo); // the label is the combo's buddy
    layout->addLayout(form);
    for (int row = 0; row < form->rowCount(); ++row) {
        if (auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget()))
            m_topLabels.append(label);
    }

    auto *heading = new QLabel(tr("<b>Inputs</b>"), content);
    heading->setObjectName(QStringLiteral("inputsHeadingLabel"));
    layout->addWidget(heading);
    // The node table (in Advanced) holds the marks and previews the sheet shows too.
    m_advanced = new AdvancedSection(m_draft, content);
    m_sheet = new InputSheet(m_draft, m_advanced->nodeEditor()->model(), content);
    layout->addWidget(m_sheet);
    layout->addSpacing(8);
    layout->addWidget(m_advanced);
    layout->addStretch(1);
    return content;
}

QWidget *RequestForm::createRunBar()
{
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("runBar"));
    // Opaque: the Run button's text changes twice a run, and a see-through bar repaints the form and window behind it.
    row->setAutoFillBackground(true);
    m_runBar = new QHBoxLayout(row);
    m_runBar->setContentsMargins(0, 4, 0, 0);
    m_submitButton = new QPushButton(runText(false), row);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setAccessibleName(tr("Run task"));
    m_submitButton->setToolTip(tr("Run the app with these inputs (Ctrl+Enter)"));
    m_submitButton->setDefault(true);
    fitRunButton();
    m_runBar->addStretch();
    m_runBar->addWidget(m_submitButton);
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

void RequestForm::alignLabels()
{
    // The inputs' labels and the form's own (API key, App, …) in one column.
    int width = m_sheet->naturalLabelWidth();
    for (const QLabel *label : std::as_const(m_topLabels))
        width = qMax(width, label->sizeHint().width());
    for (QLabel *label : std::as_const(m_topLabels))
        label->setMinimumWidth(width);
    m_sheet->setLabelWidth(width);
}

void RequestForm::showConnection()
{
    if (!m_connection->isFixed())
        m_siteCombo->setCurrentIndex(qMax(0, m_siteCombo->findData(int(m_connection->site()))));
}

void RequestForm::showAccountChoice()
{
    const bool choice = m_accounts && m_accounts->offersChoice();
    if (m_accountCombo)
        m_topForm->setRowVisible(m_accountCombo, choice);
    m_topForm->setRowVisible(m_keyRow, !choice);
    m_topForm->setRowVisible(m_siteCombo, !choice); // the account names its site
}

void RequestForm::showDraftOptions()
{
    const QString instanceType =
        m_draft->instanceType().isEmpty() ? QStringLiteral("default") : m_draft->instanceType();
    {
        const QSignalBlocker blocker(m_instanceCombo);
        m_instanceCombo->setCurrentIndex(qMax(0, m_instanceCombo->findData(instanceType)));
    }
    QLineEdit *webhook = m_advanced->webhookEdit();
    if (webhook->text().trimmed() != m_draft->webhookUrl())
        webhook->setText(m_draft->webhookUrl());
}

NodeTableEditor *RequestForm::nodeEditor() const
{
    return m_advanced->nodeEditor();
}

NodeTableModel *RequestForm::model() const
{
    return nodeEditor()->model();
}

RunRequest RequestForm::request() const
{
    RunRequest request = m_draft->request();
    request.webappId = m_appBar->typedId();
    return request;
}

void RequestForm::commitKey()
{
    if (!m_accounts || !m_accounts->offersChoice()) // an account's key comes from where keys are kept
        m_keyRow->commit();
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
    m_appBar->setCover(cover);
}

void RequestForm::setAppPage(const QUrl &page)
{
    m_appBar->setPage(page);
}

void RequestForm::setAppStatus(const QString &text)
{
    m_appBar->setStatus(text);
}

void RequestForm::setKnownApps(const QList<KnownApp> &apps)
{
    m_appBar->setKnownApps(apps);
}

void RequestForm::setFavourite(bool favourite)
{
    m_appBar->setFavourite(favourite);
}

void RequestForm::insertNotice(QWidget *notice)
{
    notice->setParent(m_scroll->widget());
    m_contentLayout->insertWidget(m_contentLayout->indexOf(m_sheet) - 1, notice);
}

void RequestForm::setClientId(const QString &clientId)
{
    m_advanced->setClientId(clientId);
}

void RequestForm::markRows(const QHash<int, QString> &problems)
{
    nodeEditor()->markRows(problems);
    int first = -1;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        first = first < 0 ? it.key() : qMin(first, it.key());
    if (first >= 0)
        m_sheet->showRow(first);
}

QStringList RequestForm::showIssues(const QList<RequestIssue> &issues)
{
    clearMarks();
    QStringList sentences;
    QHash<int, QString> rows;
    const NodeFields fields = m_draft->fields();
    const bool onAccount = m_accounts && m_accounts->offersChoice();
    for (const RequestIssue &issue : issues) {
        const QString sentence = onAccount && issue.kind == RequestIssue::Kind::MissingApiKey
                                     ? ErrorText::accountWithoutKey()
                                     : ErrorText::forIssue(issue, fields);
        sentences.append(sentence);
        switch (issue.kind) {
        case RequestIssue::Kind::MissingApiKey:
            m_keyRow->markMissing(true);
            break;
        case RequestIssue::Kind::MissingWebappId:
        case RequestIssue::Kind::WebappIdNotDigits:
        case RequestIssue::Kind::WebappIdTooLarge:
            m_appBar->markIdInvalid(true);
            break;
        case RequestIssue::Kind::BadWebhookUrl:
            m_advanced->setOpen(true); // the mark is of no use folded away
            m_advanced->webhookEdit()->setStyleSheet(errorStyle());
            break;
        default:
            if (issue.row >= 0)
                rows.insert(issue.row, sentence);
        }
    }
    markRows(rows);
    return sentences;
}

QStringList RequestForm::showNodeErrors(const QList<NodeError> &errors)
{
    QStringList sentences;
    QHash<int, QString> rows;
    const NodeFields fields = m_draft->fields();
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
    markRows(rows);
    return sentences;
}

void RequestForm::clearMarks()
{
    m_keyRow->markMissing(false);
    m_advanced->webhookEdit()->setStyleSheet({});
    m_appBar->markIdInvalid(false);
    nodeEditor()->markRows({});
}

QString RequestForm::runText(bool busy)
{
    return busy ? tr("Sending…") : tr("&Run");
}

void RequestForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (m_submitButton && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
        fitRunButton();
}

// A button whose size may change asks its parents to lay out again at every new text, up to the window: the whole
// form, twice a run (Run, Sending…). One fixed size for both stops that at the button.
void RequestForm::fitRunButton()
{
    const QString shown = m_submitButton->text();
    QSize size(140, 0);
    for (const bool busy : {false, true}) {
        m_submitButton->setText(runText(busy));
        size = size.expandedTo(m_submitButton->sizeHint());
    }
    m_submitButton->setText(shown);
    m_submitButton->setFixedSize(size);
}

void RequestForm::setBusy(bool busy)
{
    m_busy = busy;
    m_submitButton->setEnabled(!busy);
    m_submitButton->setText(runText(busy));
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
