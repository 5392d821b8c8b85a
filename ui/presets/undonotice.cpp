#include "presets/undonotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace rh {

UndoNotice::UndoNotice(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_undoButton(new QPushButton(tr("&Undo"), this))
{
    setObjectName(QStringLiteral("undoNotice"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 2, 2);
    m_label->setObjectName(QStringLiteral("undoNoticeLabel"));
    m_label->setWordWrap(true);
    auto *undo = m_undoButton;
    undo->setObjectName(QStringLiteral("undoDeleteButton"));
    undo->setAccessibleName(tr("Undo delete"));
    auto *dismiss = new QToolButton(this);
    dismiss->setObjectName(QStringLiteral("dismissUndoButton"));
    dismiss->setText(QStringLiteral("×"));
    dismiss->setToolTip(tr("Hide this notice"));
    dismiss->setAccessibleName(tr("Hide the delete notice"));
    layout->addWidget(m_label, 1);
    layout->addWidget(undo);
    layout->addWidget(dismiss);
    connect(undo, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT undoRequested();
    });
    connect(dismiss, &QToolButton::clicked, this, &UndoNotice::hide);
    hide();
}

void UndoNotice::showNotice(const QString &sentence)
{
    m_label->setText(sentence);
    show();
}

void UndoNotice::setNames(const QString &objectName, const QString &buttonObjectName,
                          const QString &buttonAccessibleName)
{
    setObjectName(objectName);
    m_label->setObjectName(objectName + QStringLiteral("Label"));
    m_undoButton->setObjectName(buttonObjectName);
    m_undoButton->setAccessibleName(buttonAccessibleName);
}

QString UndoNotice::text() const
{
    return m_label->text();
}

} // namespace rh
