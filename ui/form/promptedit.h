#pragma once

#include <QPlainTextEdit>

namespace rh {

/// A multi-line text input (a prompt) that grows with its text, in place, from a few lines up to a limit (then it
/// scrolls). Tab moves on; Enter adds a line; Ctrl+Enter is left to the window (Run).
class PromptEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptEdit)
public:
    static constexpr int MinLines = 2;
    static constexpr int MaxLines = 12;

    explicit PromptEdit(QWidget *parent = nullptr);

    /// Shows @p text unless it is already shown (the cursor stays where the user left it).
    void setValue(const QString &text);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user changed the text.
    void valueEdited(const QString &text);

private:
    int heightForLines(int lines) const;
    void fitHeight();

    bool m_settingValue = false;
};

} // namespace rh
