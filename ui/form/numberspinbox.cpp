#include "form/numberspinbox.h"

#include <QFontMetrics>
#include <QLineEdit>
#include <QtNumeric>

#include <cmath>

namespace rh {

namespace {

/// Digits after the point the step needs ("0.01" → 2), so 0.6 + 0.01 shows as 0.61.
int decimalsOf(double step)
{
    const QString text = QString::number(step, 'g', 12);
    const int dot = text.indexOf(QLatin1Char('.'));
    return dot < 0 ? 0 : int(text.size() - dot - 1);
}

} // namespace

NumberSpinBox::NumberSpinBox(const FieldSpec &spec, QWidget *parent)
    : QAbstractSpinBox(parent)
    , m_spec(spec)
{
    setObjectName(spec.kind == FieldSpec::Kind::Int ? QStringLiteral("intValueEditor")
                                                    : QStringLiteral("floatValueEditor"));
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setKeyboardTracking(true);
    setAccelerated(true);
    connect(lineEdit(), &QLineEdit::textEdited, this, &NumberSpinBox::onTextEdited);
    connect(this, &QAbstractSpinBox::editingFinished, this, &NumberSpinBox::onEditingFinished);
}

void NumberSpinBox::setValue(const QString &value)
{
    m_value = value;
    if (!hasFocus())
        m_valueAtFocus = value;
    if (lineEdit()->text() != value)
        lineEdit()->setText(value);
    Q_EMIT refused(FieldSpec::NumberCheck::Ok, value);
}

QValidator::State NumberSpinBox::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    // Never Invalid: a key the user pressed always shows; what is not taken is refused in words instead.
    return m_spec.checkNumber(input) == FieldSpec::NumberCheck::Ok ? QValidator::Acceptable : QValidator::Intermediate;
}

void NumberSpinBox::fixup(QString &input) const
{
    Q_UNUSED(input) // nothing is corrected silently
}

void NumberSpinBox::focusInEvent(QFocusEvent *event)
{
    m_valueAtFocus = m_value;
    QAbstractSpinBox::focusInEvent(event);
}

bool NumberSpinBox::isRefusing() const
{
    return m_spec.checkNumber(lineEdit()->text()) != FieldSpec::NumberCheck::Ok && lineEdit()->text() != m_value;
}

void NumberSpinBox::onTextEdited(const QString &text)
{
    const FieldSpec::NumberCheck check = m_spec.checkNumber(text);
    Q_EMIT refused(check, text.trimmed());
    if (check != FieldSpec::NumberCheck::Ok) {
        // Not a digit typed on the way ("2" of "200") stands for the input: the value it had does.
        if (m_value != m_valueAtFocus) {
            m_value = m_valueAtFocus;
            Q_EMIT valueEdited(m_value);
        }
        return;
    }
    m_value = m_spec.normaliseValue(text.trimmed());
    Q_EMIT valueEdited(m_value);
}

void NumberSpinBox::onEditingFinished()
{
    // What was refused gives way to the value the input kept; the refusal stays said until the next edit.
    if (lineEdit()->text().trimmed() != m_value && m_spec.checkNumber(lineEdit()->text()) != FieldSpec::NumberCheck::Ok)
        lineEdit()->setText(m_value);
    m_valueAtFocus = m_value;
}

QString NumberSpinBox::stepped(const QString &from, int steps) const
{
    const bool integral = m_spec.kind == FieldSpec::Kind::Int;
    const double step = m_spec.step.value_or(integral ? 1.0 : 0.1);
    bool ok = false;
    double start = from.trimmed().toDouble(&ok);
    if (!ok || !qIsFinite(start))
        start = m_spec.minimum.value_or(0);
    if (integral && std::abs(start) < 9e15) {
        qint64 value = from.trimmed().toLongLong(&ok);
        if (!ok)
            value = qint64(start);
        value += qint64(step) * steps;
        if (m_spec.minimum && double(value) < *m_spec.minimum)
            value = qint64(std::ceil(*m_spec.minimum));
        if (m_spec.maximum && double(value) > *m_spec.maximum)
            value = qint64(std::floor(*m_spec.maximum));
        return QString::number(value);
    }
    double value = start + step * steps;
    if (m_spec.minimum)
        value = qMax(value, *m_spec.minimum);
    if (m_spec.maximum)
        value = qMin(value, *m_spec.maximum);
    const double scale = std::pow(10.0, decimalsOf(step));
    value = std::round(value * scale) / scale;
    return QString::number(value, 'g', 15);
}

void NumberSpinBox::stepBy(int steps)
{
    const QString next = stepped(lineEdit()->text(), steps);
    lineEdit()->setText(next);
    onTextEdited(next);
}

QAbstractSpinBox::StepEnabled NumberSpinBox::stepEnabled() const
{
    if (isReadOnly())
        return StepNone;
    bool ok = false;
    const double value = lineEdit()->text().trimmed().toDouble(&ok);
    if (!ok)
        return StepUpEnabled | StepDownEnabled;
    StepEnabled enabled = StepNone;
    if (!m_spec.maximum || value < *m_spec.maximum)
        enabled |= StepUpEnabled;
    if (!m_spec.minimum || value > *m_spec.minimum)
        enabled |= StepDownEnabled;
    return enabled;
}

QSize NumberSpinBox::sizeHint() const
{
    // Room for the longest bound (a seed's 20 digits at most) beside the arrows.
    QSize hint = QAbstractSpinBox::sizeHint();
    const QFontMetrics metrics(font());
    QString widest = QStringLiteral("0000000");
    for (const std::optional<double> &bound : {m_spec.minimum, m_spec.maximum}) {
        const QString text = bound && std::abs(*bound) < 1e20 ? QString::number(*bound, 'g', 20) : QString();
        if (text.size() > widest.size())
            widest = text;
    }
    hint.rwidth() += metrics.horizontalAdvance(widest.left(20));
    return hint;
}

QSize NumberSpinBox::minimumSizeHint() const
{
    QSize hint = sizeHint();
    hint.setWidth(qMin(hint.width(), QAbstractSpinBox::minimumSizeHint().width() +
                                         QFontMetrics(font()).horizontalAdvance(QStringLiteral("00000"))));
    return hint;
}

} // namespace rh
