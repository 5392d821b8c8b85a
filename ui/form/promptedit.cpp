#include "form/promptedit.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QtMath>

namespace rh {

PromptEdit::PromptEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("multilineValueEditor"));
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        fitHeight();
        if (!m_settingValue)
            Q_EMIT valueEdited(toPlainText());
    });
    // Wrapping depends on the width: a narrower form shows the same text on more lines.
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &PromptEdit::fitHeight);
    fitHeight();
}

void PromptEdit::setValue(const QString &text)
{
    if (text == toPlainText())
        return;
    m_settingValue = true;
    setPlainText(text);
    m_settingValue = false;
}

int PromptEdit::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins();
    return lines * fontMetrics().lineSpacing() + int(2 * document()->documentMargin()) + margins.top() +
           margins.bottom() + 2;
}

void PromptEdit::fitHeight()
{
    // A plain text document's layout measures its height in lines, wrapped lines included.
    const int lines = qCeil(document()->documentLayout()->documentSize().height());
    const int height = heightForLines(qBound(MinLines, lines, MaxLines));
    if (height != maximumHeight() || height != minimumHeight()) {
        setFixedHeight(height);
        updateGeometry();
    }
}

QSize PromptEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), height()};
}

QSize PromptEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), heightForLines(MinLines)};
}

} // namespace rh
