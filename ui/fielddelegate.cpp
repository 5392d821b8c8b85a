#include "fielddelegate.h"

#include "nodetablemodel.h"

#include <QPlainTextEdit>

namespace rh {

namespace {

bool wantsMultiline(const NodeField &field)
{
    return field.fieldValue.contains(QLatin1Char('\n')) || field.fieldValue.size() > 60 ||
           (field.fieldType == QLatin1String("STRING") && field.fieldData.contains(QLatin1String("multiline")));
}

} // namespace

FieldDelegate::FieldDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const NodeField field = index.data(NodeTableModel::FieldRole).value<NodeField>();
    if (index.column() == NodeTableModel::ValueColumn && wantsMultiline(field)) {
        auto *editor = new QPlainTextEdit(parent);
        editor->setObjectName(QStringLiteral("multilineValueEditor"));
        editor->setAccessibleName(index.sibling(index.row(), NodeTableModel::LabelColumn).data().toString());
        editor->setTabChangesFocus(true);
        return editor;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (editor)
        editor->setAccessibleName(index.sibling(index.row(), NodeTableModel::LabelColumn).data().toString());
    return editor;
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        model->setData(index, text->toPlainText());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
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
