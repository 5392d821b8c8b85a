#include "form/fielddelegate.h"

#include "form/nodetablemodel.h"

#include "model/fieldspec.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <limits>

namespace rh {

namespace {

bool wantsMultiline(const NodeField &field, const FieldSpec &spec)
{
    return spec.kind == FieldSpec::Kind::MultilineText || field.fieldValue.contains(QLatin1Char('\n')) ||
           (spec.kind == FieldSpec::Kind::Text && field.fieldValue.size() > 60);
}

int clampToInt(const std::optional<double> &value, int fallback)
{
    if (!value)
        return fallback;
    return int(qBound(double(std::numeric_limits<int>::min()), *value, double(std::numeric_limits<int>::max())));
}

QWidget *optionsEditor(QWidget *parent, const FieldSpec &spec, const QString &value)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("optionValueEditor"));
    for (const FieldOption &option : spec.options) {
        combo->addItem(option.label, option.value);
        if (!option.description.isEmpty() && option.description != option.label)
            combo->setItemData(combo->count() - 1, option.description, Qt::ToolTipRole);
    }
    // A value the app does not offer stays visible and flagged; it is never replaced silently.
    if (!value.isEmpty() && spec.indexOfValue(value) < 0) {
        combo->addItem(FieldDelegate::tr("%1 (not offered by the app)").arg(value), value);
        combo->setItemData(combo->count() - 1, QColor(0xb4, 0x53, 0x09), Qt::ForegroundRole);
    }
    return combo;
}

/// The node's own words for the input (fieldData "tooltip"): as tooltip, and as placeholder while it is empty.
void showHint(QWidget *editor, const FieldSpec &spec)
{
    if (spec.tooltip.isEmpty())
        return;
    editor->setToolTip(spec.tooltip);
    if (auto *line = qobject_cast<QLineEdit *>(editor); line && line->placeholderText().isEmpty())
        line->setPlaceholderText(spec.tooltip);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        text->setPlaceholderText(spec.tooltip);
}

} // namespace

FieldDelegate::FieldDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QString label = index.sibling(index.row(), NodeTableModel::LabelColumn).data().toString();
    const auto *model = qobject_cast<const NodeTableModel *>(index.model());
    if (index.column() != NodeTableModel::ValueColumn || !model) {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (editor)
            editor->setAccessibleName(label);
        return editor;
    }
    const NodeField &field = model->field(index.row());
    const FieldSpec &spec = model->spec(index.row());
    QWidget *editor = nullptr;
    if (wantsMultiline(field, spec)) {
        auto *text = new QPlainTextEdit(parent);
        text->setObjectName(QStringLiteral("multilineValueEditor"));
        text->setTabChangesFocus(true);
        editor = text;
    } else if (spec.kind == FieldSpec::Kind::Int) {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("intValueEditor"));
        spin->setRange(clampToInt(spec.minimum, std::numeric_limits<int>::min()),
                       clampToInt(spec.maximum, std::numeric_limits<int>::max()));
        spin->setSingleStep(qMax(1, clampToInt(spec.step, 1)));
        editor = spin;
    } else if (spec.kind == FieldSpec::Kind::Float) {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setObjectName(QStringLiteral("floatValueEditor"));
        spin->setDecimals(4);
        spin->setRange(spec.minimum.value_or(-1e12), spec.maximum.value_or(1e12));
        spin->setSingleStep(spec.step.value_or(0.1));
        editor = spin;
    } else if (spec.hasOptions() && !spec.options.isEmpty()) {
        editor = optionsEditor(parent, spec, field.fieldValue);
    } else {
        auto *line = new QLineEdit(parent);
        line->setObjectName(spec.isMedia() ? QStringLiteral("mediaValueEditor") : QStringLiteral("textValueEditor"));
        if (spec.isMedia())
            line->setPlaceholderText(tr("Choose, drop or paste a file; or type an uploaded fileName"));
        editor = line;
    }
    editor->setAccessibleName(label);
    showHint(editor, spec);
    return editor;
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(value);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(FieldSpec::normaliseIntegralText(value).toInt());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(value.toDouble());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const auto *model = qobject_cast<const NodeTableModel *>(index.model());
        const QString normalised = model ? model->spec(index.row()).normaliseValue(value) : value;
        combo->setCurrentIndex(qMax(0, combo->findData(normalised)));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        model->setData(index, text->toPlainText());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        model->setData(index, QString::number(spin->value()));
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        model->setData(index, QString::number(spin->value(), 'g', 10));
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData().toString());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

QSize FieldDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Room for the editors (spin boxes, drop-downs) without clipping; taller rows for media previews.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 14));
    return size;
}

void FieldDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    if (qobject_cast<QPlainTextEdit *>(editor)) {
        QRect rect = option.rect;
        rect.setHeight(qMax(rect.height() * 5, 120));
        editor->setGeometry(rect);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

} // namespace rh
