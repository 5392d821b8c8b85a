#include "form/switchfield.h"

#include "form/formtext.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QRadioButton>

namespace rh {

SwitchField::SwitchField(const FieldSpec &spec, const QString &label, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("switchValueEditor"));
    setAccessibleName(label);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < spec.options.size(); ++i) {
        const FieldOption &option = spec.options.at(i);
        auto *button = new QRadioButton(FormText::optionLabel(option), this);
        button->setObjectName(QStringLiteral("switchOptionRadioButton"));
        button->setAccessibleName(tr("%1: %2").arg(label, button->text()));
        button->setToolTip(FormText::optionDetail(option));
        m_group->addButton(button, i);
        m_buttons.append(button);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    setFocusProxy(m_buttons.isEmpty() ? nullptr : m_buttons.constFirst());
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        if (id >= 0 && id < m_spec.options.size())
            Q_EMIT valueEdited(m_spec.options.at(id).value);
    });
}

QString SwitchField::value() const
{
    const int id = m_group->checkedId();
    return id >= 0 && id < m_spec.options.size() ? m_spec.options.at(id).value : QString();
}

void SwitchField::setValue(const QString &value)
{
    const int index = m_spec.indexOfValue(value);
    if (index < 0) {
        // Not an offered choice: none checked (the form flags it), never a choice made for the user.
        m_group->setExclusive(false);
        for (QRadioButton *button : std::as_const(m_buttons))
            button->setChecked(false);
        m_group->setExclusive(true);
        return;
    }
    if (m_group->checkedId() != index)
        m_buttons.at(index)->setChecked(true); // no click: nothing is sent back to the Draft
}

} // namespace rh
