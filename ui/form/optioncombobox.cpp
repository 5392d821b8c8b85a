#include "form/optioncombobox.h"

#include "form/formtext.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace rh {

namespace {

/// Draws an item's label, then its detail in a quieter colour at the right.
class OptionDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QString detail = index.data(OptionComboBox::DetailRole).toString();
        if (detail.isEmpty())
            return;
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const int labelWidth = item.fontMetrics.horizontalAdvance(item.text) + 24;
        const QRect room = option.rect.adjusted(labelWidth, 0, -6, 0);
        if (room.width() < 24)
            return;
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(
            option.palette.color(QPalette::Active, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(room, Qt::AlignRight | Qt::AlignVCenter,
                          item.fontMetrics.elidedText(detail, Qt::ElideRight, room.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QString detail = index.data(OptionComboBox::DetailRole).toString();
        if (!detail.isEmpty())
            size.rwidth() += option.fontMetrics.horizontalAdvance(detail) + 30;
        return size;
    }
};

} // namespace

OptionComboBox::OptionComboBox(const FieldSpec &spec, QWidget *parent)
    : QComboBox(parent)
    , m_spec(spec)
{
    setObjectName(QStringLiteral("optionValueEditor"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(12);
    view()->setItemDelegate(new OptionDelegate(this));
    for (const FieldOption &option : spec.options) {
        addItem(FormText::optionLabel(option), option.value);
        const QString detail = FormText::optionDetail(option);
        setItemData(count() - 1, detail, DetailRole);
        setItemData(count() - 1, detail, Qt::ToolTipRole);
    }
    connect(this, &QComboBox::activated, this, [this] { Q_EMIT valueEdited(value()); });
}

void OptionComboBox::setValue(const QString &value)
{
    const QString normalised = m_spec.normaliseValue(value);
    int index = findData(normalised);
    if (index < 0 && !value.isEmpty()) {
        if (m_unofferedItem < 0) {
            addItem(QString(), value);
            m_unofferedItem = count() - 1;
        }
        setItemText(m_unofferedItem, tr("%1 (not offered by the app)").arg(value));
        setItemData(m_unofferedItem, value);
        setItemData(m_unofferedItem, QColor(0xb4, 0x53, 0x09), Qt::ForegroundRole);
        index = m_unofferedItem;
    }
    setCurrentIndex(qMax(0, index));
}

} // namespace rh
