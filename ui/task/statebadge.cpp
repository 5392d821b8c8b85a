#include "task/statebadge.h"

#include <QPainter>

namespace rh {

StateBadge::StateBadge(QWidget *parent)
    : QLabel(parent)
{
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setContentsMargins(12, 3, 12, 3);
    setState(TaskState::None);
}

void StateBadge::setState(TaskState state)
{
    QColor background(0xe5e7eb), text(0x111827);
    switch (state) {
    case TaskState::Submitting:
    case TaskState::Create:
    case TaskState::Queued:
        background = QColor(0xdbeafe), text = QColor(0x1e3a8a);
        break;
    case TaskState::Running:
        background = QColor(0xfef3c7), text = QColor(0x78350f);
        break;
    case TaskState::Success:
        background = QColor(0xdcfce7), text = QColor(0x14532d);
        break;
    case TaskState::Failed:
    case TaskState::Rejected:
    case TaskState::NotFound:
        background = QColor(0xfee2e2), text = QColor(0x7f1d1d);
        break;
    case TaskState::Unknown:
    case TaskState::GaveUp:
        background = QColor(0xffedd5), text = QColor(0x7c2d12);
        break;
    default:
        break;
    }
    if (background == m_background && text == m_text)
        return;
    m_background = background;
    m_text = text;
    update();
}

void StateBadge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_background);
    painter.drawRoundedRect(QRectF(rect()), 9, 9);
    painter.setPen(m_text);
    painter.drawText(contentsRect(), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text());
}

} // namespace rh
