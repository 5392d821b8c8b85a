#include "form/advancedsection.h"

#include "form/nodetableeditor.h"

#include "model/draft.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace rh {

AdvancedSection::AdvancedSection(Draft *draft, QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
{
    setObjectName(QStringLiteral("advancedSection"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle->setObjectName(QStringLiteral("advancedToggleButton"));
    m_toggle->setText(tr("Advanced: webhook, node table, request preview"));
    m_toggle->setAccessibleName(tr("Advanced"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    layout->addWidget(m_toggle);
    m_content = createContent(draft);
    m_content->hide();
    layout->addWidget(m_content);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool open) {
        m_content->setVisible(open);
        m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        Q_EMIT openChanged(open);
    });
}

QWidget *AdvancedSection::createContent(Draft *draft)
{
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("advancedContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_webhookEdit = new QLineEdit(content);
    m_webhookEdit->setObjectName(QStringLiteral("webhookUrlLineEdit"));
    m_webhookEdit->setAccessibleName(tr("Webhook URL"));
    m_webhookEdit->setPlaceholderText(tr("Optional: https://your-server/hook, called when the task ends"));
    m_webhookEdit->setClearButtonEnabled(true);
    form->addRow(tr("Webhook URL:"), m_webhookEdit); // no Alt-letter is left for it
    m_clientIdLabel = new QLabel(content);
    m_clientIdLabel->setObjectName(QStringLiteral("clientIdLabel"));
    m_clientIdLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(tr("Client ID:"), m_clientIdLabel);
    layout->addLayout(form);

    m_nodes = new NodeTableEditor(draft, content);
    m_nodes->setMinimumHeight(fontMetrics().height() * 14);
    layout->addWidget(m_nodes);

    auto *buttons = new QHBoxLayout;
    auto *preview = new QPushButton(tr("Preview as &JSON"), content);
    preview->setObjectName(QStringLiteral("previewButton"));
    preview->setAccessibleName(tr("Request preview"));
    auto *curl = new QPushButton(tr("Cop&y as curl"), content);
    curl->setObjectName(QStringLiteral("copyCurlButton"));
    curl->setAccessibleName(tr("Copy as curl"));
    buttons->addWidget(preview);
    buttons->addWidget(curl);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(preview, &QPushButton::clicked, this, &AdvancedSection::previewRequested);
    connect(curl, &QPushButton::clicked, this, &AdvancedSection::curlRequested);
    setClientId({});
    return content;
}

bool AdvancedSection::isOpen() const
{
    return m_toggle->isChecked();
}

void AdvancedSection::setOpen(bool open)
{
    m_toggle->setChecked(open);
}

void AdvancedSection::setClientId(const QString &clientId)
{
    m_clientIdLabel->setText(clientId.isEmpty() ? tr("(none yet)") : clientId);
    m_clientIdLabel->setAccessibleName(clientId);
    m_clientIdLabel->setAccessibleDescription(tr("Client ID"));
}

} // namespace rh
