#pragma once

#include "model/fieldspec.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QRadioButton;

namespace rh {

/// A SWITCH input with a few choices as a row of radio buttons, each named by the app's description in the UI
/// language (its option name in the tooltip): arrows move between them, the chosen one's value (index) is sent.
class SwitchField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwitchField)
public:
    /// More choices than this are a drop-down instead.
    static constexpr int MaxButtons = 4;

    /// @p label: the input's label, part of each button's accessible name.
    SwitchField(const FieldSpec &spec, const QString &label, QWidget *parent = nullptr);

    QString value() const;
    void setValue(const QString &value);
    QList<QRadioButton *> buttons() const { return m_buttons; }

Q_SIGNALS:
    void valueEdited(const QString &value);

private:
    FieldSpec m_spec;
    QButtonGroup *m_group;
    QList<QRadioButton *> m_buttons;
};

} // namespace rh
