#pragma once

#include "model/fieldspec.h"

#include <QAbstractSpinBox>

namespace rh {

/// An INT or FLOAT input: arrows and Up/Down step within the app's range, and typing is never cut short or
/// corrected behind the user's back. A typed value the input does not take (out of range, not a number, not
/// whole) is refused: refused() says why, the input keeps the value it had when the box got the focus (not a
/// prefix of what was typed: 200 refused is 20 again, not 2), and the box shows it again when left.
/// 64-bit integers (seeds) stay exact.
class NumberSpinBox final : public QAbstractSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberSpinBox)
public:
    explicit NumberSpinBox(const FieldSpec &spec, QWidget *parent = nullptr);

    /// The last value taken (typed, stepped or set).
    QString value() const { return m_value; }
    /// Shows a value from the Draft as it is (an out-of-range one too: the form flags it elsewhere).
    void setValue(const QString &value);
    /// What the box shows now is refused (typed, not yet left): a run must not go out meanwhile.
    bool isRefusing() const;

    void stepBy(int steps) override;
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user typed or stepped to a value the input takes.
    void valueEdited(const QString &value);
    /// What was typed is not taken (check says why) or, with NumberCheck::Ok, no longer refused.
    void refused(rh::FieldSpec::NumberCheck check, const QString &typed);

protected:
    StepEnabled stepEnabled() const override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void onEditingFinished();
    QString stepped(const QString &from, int steps) const;

    FieldSpec m_spec;
    QString m_value;
    QString m_valueAtFocus; ///< what a refused text leaves the input at
};

} // namespace rh
