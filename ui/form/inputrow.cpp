#include "form/inputrow.h"

#include "errortext.h"
#include "form/formtext.h"
#include "form/mediafield.h"
#include "form/numberspinbox.h"
#include "form/optioncombobox.h"
#include "form/promptedit.h"
#include "form/switchfield.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rh {

namespace {

bool wantsPrompt(const NodeField &field, const FieldSpec &spec)
{
    return spec.kind == FieldSpec::Kind::MultilineText || field.fieldValue.contains(QLatin1Char('\n')) ||
           (spec.kind == FieldSpec::Kind::Text && field.fieldValue.size() > 60);
}

} // namespace

InputRow::InputRow(const NodeField &field, const FieldSpec &spec, const QString &label, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("inputRow"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QWidget *editor = createEditor(field, label);
    if (m_number || m_combo) {
        // A number or a choice takes the room it needs, not the form's width; a number's range stays in sight
        // beside it, so what the input takes is never a surprise.
        auto *line = new QHBoxLayout;
        line->addWidget(editor);
        if (m_number && !FormText::range(spec).isEmpty()) {
            auto *range = new QLabel(FormText::range(spec), this);
            range->setObjectName(QStringLiteral("rangeLabel"));
            range->setStyleSheet(QStringLiteral("color:palette(mid);"));
            m_number->setAccessibleDescription(tr("Allowed: %1").arg(range->text()));
            line->addWidget(range);
        }
        line->addStretch(1);
        layout->addLayout(line);
    } else {
        layout->addWidget(editor);
    }
    m_messageLabel->setObjectName(QStringLiteral("inputMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color:#991b1b;"));
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);
    if (!spec.tooltip.isEmpty())
        m_editor->setToolTip(spec.tooltip);
}

QWidget *InputRow::createEditor(const NodeField &field, const QString &label)
{
    if (m_spec.isMedia()) {
        m_media = new MediaField(m_spec, field.fieldType, label, this);
        connect(m_media, &MediaField::fileChosen, this, &InputRow::fileChosen);
        connect(m_media, &MediaField::serverFileTyped, this, &InputRow::valueEdited);
        m_editor = m_media->nameEdit();
        return m_media;
    }
    if (m_spec.isNumber()) {
        m_number = new NumberSpinBox(m_spec, this);
        m_number->setAccessibleName(label);
        connect(m_number, &NumberSpinBox::valueEdited, this, &InputRow::valueEdited);
        connect(m_number, &NumberSpinBox::refused, this, [this](FieldSpec::NumberCheck check, const QString &typed) {
            m_refusal = ErrorText::forNumber(check, typed, FormText::range(m_spec));
            showMessage();
        });
        m_editor = m_number;
        return m_number;
    }
    if (m_spec.kind == FieldSpec::Kind::Switch && !m_spec.options.isEmpty() &&
        m_spec.options.size() <= SwitchField::MaxButtons) {
        m_switch = new SwitchField(m_spec, label, this);
        connect(m_switch, &SwitchField::valueEdited, this, &InputRow::valueEdited);
        m_editor = m_switch->buttons().constFirst();
        return m_switch;
    }
    if (m_spec.hasOptions() && !m_spec.options.isEmpty()) {
        m_combo = new OptionComboBox(m_spec, this);
        m_combo->setAccessibleName(label);
        connect(m_combo, &OptionComboBox::valueEdited, this, &InputRow::valueEdited);
        m_editor = m_combo;
        return m_combo;
    }
    if (wantsPrompt(field, m_spec)) {
        m_prompt = new PromptEdit(this);
        m_prompt->setAccessibleName(label);
        if (!m_spec.tooltip.isEmpty())
            m_prompt->setPlaceholderText(m_spec.tooltip);
        connect(m_prompt, &PromptEdit::valueEdited, this, &InputRow::valueEdited);
        m_editor = m_prompt;
        return m_prompt;
    }
    auto *line = new QLineEdit(this);
    line->setObjectName(QStringLiteral("textValueEditor"));
    line->setAccessibleName(label);
    line->setPlaceholderText(m_spec.tooltip);
    connect(line, &QLineEdit::textEdited, this, &InputRow::valueEdited);
    m_editor = line;
    return line;
}

void InputRow::showValue(const QString &value, const MediaState &media, bool force)
{
    if (m_media) {
        m_media->setState(value, media);
        if (force)
            m_media->discardTyping();
    } else if (m_number) {
        if (force || m_number->value() != value)
            m_number->setValue(value);
    } else if (m_combo) {
        m_combo->setValue(value);
    } else if (m_switch) {
        m_switch->setValue(value);
    } else if (m_prompt) {
        m_prompt->setValue(value);
    } else if (auto *line = qobject_cast<QLineEdit *>(m_editor); line && line->text() != value) {
        line->setText(value);
    }
}

void InputRow::setPreview(const QPixmap &preview)
{
    if (m_media)
        m_media->setPreview(preview);
}

void InputRow::setProblem(const QString &sentence)
{
    m_problem = sentence;
    showMessage();
}

void InputRow::showMessage()
{
    QStringList lines;
    for (const QString &line : {m_refusal, m_problem}) {
        if (!line.isEmpty())
            lines.append(line);
    }
    const QString text = lines.join(QLatin1Char('\n'));
    m_messageLabel->setText(text);
    m_messageLabel->setAccessibleName(text);
    m_messageLabel->setVisible(!text.isEmpty());
    m_editor->setAccessibleDescription(text.isEmpty() && m_number ? tr("Allowed: %1").arg(FormText::range(m_spec))
                                                                  : text);
}

QString InputRow::pendingRefusal() const
{
    return m_number && m_number->isRefusing() ? m_refusal : QString();
}

QString InputRow::message() const
{
    return m_messageLabel->text();
}

QList<QWidget *> InputRow::focusWidgets() const
{
    if (m_media)
        return {m_media->nameEdit(), m_media->chooseButton()};
    if (m_switch) {
        QList<QWidget *> buttons;
        for (QRadioButton *button : m_switch->buttons())
            buttons.append(button);
        return buttons;
    }
    return {m_editor};
}

void InputRow::discardTyping()
{
    m_refusal.clear();
    showMessage();
    if (m_media)
        m_media->discardTyping();
}

} // namespace rh
