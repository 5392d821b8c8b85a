#pragma once

#include "model/fieldspec.h"

#include <QComboBox>

namespace rh {

/// A LIST (or a many-way SWITCH) input as a drop-down: each option shows the app's description in the UI language
/// with its name as a second, quieter text; the option's value (its index) is what is sent. A value the app does not
/// offer stays visible, marked, never replaced silently.
class OptionComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionComboBox)
public:
    static constexpr int DetailRole = Qt::UserRole + 1; ///< the quieter second text of an item

    OptionComboBox(const FieldSpec &spec, QWidget *parent = nullptr);

    QString value() const { return currentData().toString(); }
    /// Selects the option of @p value (an unoffered value gets an item of its own).
    void setValue(const QString &value);

Q_SIGNALS:
    /// The user chose an option: its value.
    void valueEdited(const QString &value);

private:
    FieldSpec m_spec;
    int m_unofferedItem = -1;
};

} // namespace rh
