#include "form/appbar.h"

#include "errortext.h"
#include "form/apppicker.h"

#include "model/draft.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace rh {

namespace {

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

AppBar::AppBar(Draft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_picker(new AppPicker(this))
{
    setObjectName(QStringLiteral("appBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(createIdRow());
    layout->addWidget(createHeader());
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("appStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setVisible(false);
    layout->addWidget(m_statusLabel);
    connect(m_picker, &AppPicker::appChosen, this, [this](const QString &id) {
        m_idEdit->setText(id);
        m_draft->setWebappId(id);
        Q_EMIT loadRequested(id);
    });
    connect(draft, &Draft::reset, this, &AppBar::showDraftApp);
    connect(draft, &Draft::optionsChanged, this, &AppBar::showOptions);
    connect(draft, &Draft::modifiedChanged, this, &AppBar::showModified);
    showOptions();
    showDraftApp();
    showModified(draft->isModified());
}

QWidget *AppBar::createIdRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pickerButton = new QToolButton(row);
    m_pickerButton->setObjectName(QStringLiteral("appPickerButton"));
    m_pickerButton->setText(tr("My apps"));
    m_pickerButton->setAccessibleName(tr("My apps: recent and favourite apps"));
    m_pickerButton->setToolTip(tr("Apps you opened before, favourites first"));
    m_pickerButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pickerButton->setArrowType(Qt::DownArrow);
    connect(m_pickerButton, &QToolButton::clicked, this, [this] { m_picker->popup(m_pickerButton); });

    m_idEdit = new QLineEdit(row);
    m_idEdit->setObjectName(QStringLiteral("webappIdLineEdit"));
    m_idEdit->setAccessibleName(tr("Webapp ID"));
    m_idEdit->setPlaceholderText(tr("App ID or link, e.g. 1877265245566922753"));
    m_idEdit->setClearButtonEnabled(true);
    // A whole 19-digit id stays readable at any window width.
    const QFontMetrics metrics(m_idEdit->font());
    m_idEdit->setMinimumWidth(metrics.horizontalAdvance(QStringLiteral("0000000000000000000")) + metrics.height() * 2 +
                              12);
    connect(m_idEdit, &QLineEdit::editingFinished, this, [this] { requestLoad(false); });
    connect(m_idEdit, &QLineEdit::textEdited, this, &AppBar::onIdEdited);
    // After textEdited (QLineEdit emits that first), so the handler above still sees the text before the edit.
    connect(m_idEdit, &QLineEdit::textChanged, this, [this](const QString &text) { m_idBefore = text; });

    m_loadButton = new QPushButton(tr("&Load app"), row);
    m_loadButton->setObjectName(QStringLiteral("loadAppButton"));
    m_loadButton->setAccessibleName(tr("Load app"));
    m_loadButton->setToolTip(tr("Fetch the app's name and inputs from RunningHub"));
    connect(m_loadButton, &QPushButton::clicked, this, [this] { requestLoad(true); });
    layout->addWidget(m_pickerButton);
    layout->addWidget(m_idEdit, 1);
    layout->addWidget(m_loadButton);
    return row;
}

QWidget *AppBar::createHeader()
{
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("appHeader"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_coverLabel = new QLabel(row);
    m_coverLabel->setObjectName(QStringLiteral("appCoverLabel"));
    m_coverLabel->setAccessibleName(tr("App cover"));
    m_coverLabel->setFixedSize(36, 36);
    m_coverLabel->hide();
    m_nameLabel = new QLabel(row);
    m_nameLabel->setObjectName(QStringLiteral("appNameLabel"));
    m_nameLabel->setAccessibleDescription(tr("App name"));
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nameLabel->setWordWrap(true);
    QFont bold = m_nameLabel->font();
    bold.setBold(true);
    m_nameLabel->setFont(bold);
    m_favouriteButton = new QToolButton(row);
    m_favouriteButton->setObjectName(QStringLiteral("favouriteAppButton"));
    m_favouriteButton->setCheckable(true);
    m_favouriteButton->setAutoRaise(true);
    m_favouriteButton->setText(QStringLiteral("☆"));
    m_favouriteButton->setAccessibleName(tr("Favourite app"));
    m_favouriteButton->setToolTip(tr("Keep this app at the top of My apps"));
    connect(m_favouriteButton, &QToolButton::toggled, this,
            [this](bool on) { m_favouriteButton->setText(on ? QStringLiteral("★") : QStringLiteral("☆")); });
    connect(m_favouriteButton, &QToolButton::clicked, this,
            [this](bool on) { Q_EMIT favouriteToggled(m_shownAppId, on); });
    m_modifiedLabel = new QLabel(tr("Edited"), row);
    m_modifiedLabel->setObjectName(QStringLiteral("modifiedLabel"));
    m_modifiedLabel->setToolTip(tr("The inputs differ from what was last loaded (the app's defaults, a preset or a "
                                   "run) or saved as a preset."));
    m_modifiedLabel->setStyleSheet(QStringLiteral("color:#92400e;"));
    m_pageLabel = new QLabel(row);
    m_pageLabel->setObjectName(QStringLiteral("appPageLabel"));
    m_pageLabel->setOpenExternalLinks(true);
    m_pageLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_pageLabel->hide();
    layout->addWidget(m_coverLabel);
    layout->addWidget(m_nameLabel, 1);
    layout->addWidget(m_modifiedLabel);
    layout->addWidget(m_favouriteButton);
    layout->addWidget(m_pageLabel);
    return row;
}

QWidget *AppBar::firstFocus() const
{
    return m_pickerButton;
}

QWidget *AppBar::lastFocus() const
{
    return m_favouriteButton;
}

QString AppBar::typedId() const
{
    const QString typed = m_idEdit->text().trimmed();
    const QString id = extractWebappId(typed);
    return id.isEmpty() ? typed : id;
}

void AppBar::markIdInvalid(bool invalid)
{
    m_idEdit->setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 2px solid #dc2626; }") : QString());
}

void AppBar::onIdEdited(const QString &text)
{
    markIdInvalid(false);
    const QString typed = extractWebappId(text);
    m_draft->setWebappId(typed.isEmpty() ? text.trimmed() : typed);
    // A pasted id or link loads at once; typing (a link too, one character at a time) waits for editingFinished,
    // or a half-typed link would be cut to the digits typed so far.
    if (insertedLength(m_idBefore, text) <= 1 || typed.isEmpty())
        return;
    if (typed != text)
        m_idEdit->setText(typed);
    Q_EMIT loadRequested(typed);
}

void AppBar::requestLoad(bool fromButton)
{
    const QString text = m_idEdit->text().trimmed();
    if (text.isEmpty())
        return;
    const QString id = extractWebappId(text);
    if (id.isEmpty()) {
        markIdInvalid(true);
        setStatus(ErrorText::forIssue({RequestIssue::Kind::WebappIdNotDigits}, {}));
        return;
    }
    if (id != text)
        m_idEdit->setText(id);
    m_draft->setWebappId(id);
    if (fromButton) {
        Q_EMIT reloadRequested(id); // the button asks the server even when the app is cached
        return;
    }
    if (m_draft->hasApp() && id == m_draft->app().webappId)
        return; // already showing this app
    Q_EMIT loadRequested(id);
}

void AppBar::showOptions()
{
    if (extractWebappId(m_idEdit->text()) != m_draft->webappId() && m_idEdit->text().trimmed() != m_draft->webappId())
        m_idEdit->setText(m_draft->webappId());
}

void AppBar::showDraftApp()
{
    const AppInfo &app = m_draft->app();
    const QString shown = m_draft->hasApp() ? app.webappId : QString();
    if (shown == m_shownAppId)
        return;
    m_shownAppId = shown;
    m_nameLabel->setText(shown.isEmpty() ? QString() : ErrorText::appLabel(app.name, app.webappId));
    m_nameLabel->setAccessibleName(m_nameLabel->text());
    m_favouriteButton->setVisible(!shown.isEmpty());
    setCover({});
    setPage({});
    if (!shown.isEmpty())
        setStatus({});
}

void AppBar::showModified(bool modified)
{
    m_modifiedLabel->setVisible(modified && !m_draft->fields().isEmpty());
}

void AppBar::setKnownApps(const QList<KnownApp> &apps)
{
    m_picker->setApps(apps);
}

void AppBar::setFavourite(bool favourite)
{
    const QSignalBlocker blocker(m_favouriteButton);
    m_favouriteButton->setChecked(favourite);
    m_favouriteButton->setText(favourite ? QStringLiteral("★") : QStringLiteral("☆"));
}

void AppBar::setStatus(const QString &text)
{
    m_statusLabel->setText(text);
    m_statusLabel->setAccessibleName(text);
    m_statusLabel->setVisible(!text.isEmpty());
}

QString AppBar::status() const
{
    return m_statusLabel->text();
}

void AppBar::setCover(const QPixmap &cover)
{
    if (cover.isNull()) {
        m_coverLabel->clear();
        m_coverLabel->hide();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    QPixmap scaled = cover.scaled(m_coverLabel->size() * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    scaled.setDevicePixelRatio(ratio);
    m_coverLabel->setPixmap(scaled);
    m_coverLabel->show();
}

void AppBar::setPage(const QUrl &page)
{
    m_pageLabel->setText(page.isEmpty()
                             ? QString()
                             : QStringLiteral("<a href=\"%1\">%2</a>")
                                   .arg(page.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Open on RunningHub")));
    m_pageLabel->setAccessibleName(tr("Open the app's page on RunningHub"));
    m_pageLabel->setVisible(!page.isEmpty());
}

} // namespace rh
