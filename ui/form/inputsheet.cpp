#include "form/inputsheet.h"

#include "errortext.h"
#include "form/inputrow.h"
#include "form/nodetablemodel.h"
#include "form/previewcache.h"

#include "model/draft.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rh {

InputSheet::InputSheet(Draft *draft, NodeTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_model(model)
    , m_layout(new QFormLayout)
    , m_emptyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("inputSheet"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_emptyLabel->setObjectName(QStringLiteral("inputsEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("Paste an app's ID or link above, or pick one of your apps, to see its inputs here."));
    m_emptyLabel->setStyleSheet(QStringLiteral("color:palette(mid);"));
    outer->addWidget(m_emptyLabel);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    outer->addLayout(m_layout);

    connect(draft, &Draft::reset, this, &InputSheet::rebuild);
    connect(draft, &Draft::fieldChanged, this, [this](int row) { showValue(row); });
    connect(model, &NodeTableModel::problemsChanged, this, &InputSheet::showProblems);
    connect(model->previews(), &PreviewCache::previewReady, this, &InputSheet::showPreview);
    rebuild();
}

void InputSheet::rebuild()
{
    // Rows never survive an app change: every editor is made for its input's kind.
    const bool hadFocus = isAncestorOf(focusWidget()) && focusWidget() && focusWidget()->hasFocus();
    // Forget the rows before deleting them: a dying editor still sends events (focus, hide) through
    // eventFilter(), which must not look at rows already freed.
    m_rows.clear();
    m_focusRow = -1;
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    for (int row = 0; row < m_draft->rowCount(); ++row)
        addRow(row);
    m_emptyLabel->setVisible(m_rows.isEmpty());
    showProblems();
    chainTabOrder();
    if (hadFocus && !m_rows.isEmpty())
        m_rows.constFirst().input->editor()->setFocus();
    Q_EMIT rebuilt();
}

void InputSheet::addRow(int row)
{
    const NodeField &field = m_draft->field(row);
    QString text = ErrorText::fieldLabel(field);
    if (text.trimmed().isEmpty())
        text = tr("Input %1").arg(row + 1);
    auto *input = new InputRow(field, m_draft->spec(row), text, this);
    auto *label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("inputLabel"));
    // One line up to a limit, then it wraps: a long description never squeezes the editors.
    label->setWordWrap(true);
    label->setMaximumWidth(labelLimit());
    label->setMinimumWidth(qMax(m_labelWidth, qMin(labelLimit(), label->fontMetrics().horizontalAdvance(text) + 4)));
    label->setBuddy(input->editor());
    label->setToolTip(tr("Node %1 (%2), field %3").arg(field.nodeId, field.nodeName, field.fieldName));
    m_layout->addRow(label, input);
    for (QWidget *widget : input->focusWidgets())
        widget->installEventFilter(this);
    connect(input, &InputRow::valueEdited, this, [this, row](const QString &value) { m_draft->setValue(row, value); });
    connect(input, &InputRow::fileChosen, this, [this, row](const QString &path) { Q_EMIT mediaChosen(row, path); });
    m_rows.append({label, input, field.fieldValue});
    showValue(row, true);
}

int InputSheet::labelLimit() const
{
    return qMax(140, fontMetrics().averageCharWidth() * 22);
}

int InputSheet::naturalLabelWidth() const
{
    int width = 0;
    for (const Row &row : m_rows)
        width = qMax(width, qMin(labelLimit(), row.label->fontMetrics().horizontalAdvance(row.label->text()) + 4));
    return width;
}

void InputSheet::setLabelWidth(int width)
{
    m_labelWidth = qMin(width, labelLimit());
    for (const Row &row : std::as_const(m_rows))
        row.label->setMinimumWidth(qMax(m_labelWidth, row.label->minimumWidth()));
}

void InputSheet::showValue(int row, bool force)
{
    if (row < 0 || row >= m_rows.size() || row >= m_draft->rowCount())
        return;
    const MediaState media = m_draft->media(row);
    InputRow *input = m_rows.at(row).input;
    input->showValue(m_draft->field(row).fieldValue, media, force);
    if (input->isMedia()) {
        const bool failed = media.upload == MediaState::Upload::Failed;
        input->setPreview(failed ? QPixmap() : m_model->previews()->preview(media.localPath));
    }
}

void InputSheet::showProblems()
{
    for (int row = 0; row < m_rows.size(); ++row)
        m_rows.at(row).input->setProblem(m_model->problem(row));
}

void InputSheet::showPreview(const QString &path)
{
    for (int row = 0; row < m_rows.size() && row < m_draft->rowCount(); ++row) {
        if (m_draft->media(row).localPath == path)
            showValue(row);
    }
}

void InputSheet::setTabAnchor(QWidget *widget)
{
    m_tabAnchor = widget;
    chainTabOrder();
}

void InputSheet::chainTabOrder()
{
    // New editors join the end of the window's focus chain; put them right after the anchor, in row order.
    QWidget *previous = m_tabAnchor;
    if (!previous)
        return;
    for (const Row &row : std::as_const(m_rows)) {
        for (QWidget *widget : row.input->focusWidgets()) {
            QWidget::setTabOrder(previous, widget);
            previous = widget;
        }
    }
}

QStringList InputSheet::pendingRefusals() const
{
    QStringList sentences;
    for (const Row &row : m_rows) {
        const QString refusal = row.input->pendingRefusal();
        if (!refusal.isEmpty())
            sentences.append(tr("%1: %2").arg(row.label->text(), refusal));
    }
    return sentences;
}

void InputSheet::showRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    QWidget *editor = m_rows.at(row).input->editor();
    for (QWidget *up = parentWidget(); up; up = up->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(up)) {
            scroll->ensureWidgetVisible(m_rows.at(row).input);
            break;
        }
    }
    editor->setFocus(Qt::OtherFocusReason);
}

int InputSheet::rowOfWidget(QObject *widget) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).input->isAncestorOf(qobject_cast<QWidget *>(widget)))
            return row;
    }
    return -1;
}

bool InputSheet::eventFilter(QObject *watched, QEvent *event)
{
    const int row = rowOfWidget(watched);
    if (row < 0 || row >= m_draft->rowCount())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::FocusIn) {
        // Entering the input (not moving inside it, e.g. from its box to its Choose button): remember its value.
        if (row != m_focusRow)
            m_rows[row].valueAtFocus = m_draft->field(row).fieldValue;
        m_focusRow = row;
    } else if (event->type() == QEvent::FocusOut) {
        auto *focus = static_cast<QFocusEvent *>(event);
        if (focus->reason() != Qt::PopupFocusReason && focus->reason() != Qt::ActiveWindowFocusReason &&
            rowOfWidget(QApplication::focusWidget()) != row)
            m_focusRow = -1;
    } else if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_rows.at(row).input->discardTyping();
        m_draft->setValue(row, m_rows.at(row).valueAtFocus);
        showValue(row, true);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rh
