#pragma once

#include "model/draft.h"
#include "model/fieldspec.h"

#include <QWidget>

class QLabel;

namespace rh {

class MediaField;
class NumberSpinBox;
class OptionComboBox;
class PromptEdit;
class SwitchField;

/// The value side of one input in the form: the editor that fits its kind (text, prompt, number with its range,
/// drop-down, switch, file), and a line under it for what is wrong (a refused number, a problem RunningHub found).
/// It shows what the Draft holds; valueEdited() and fileChosen() say what the user did.
class InputRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputRow)
public:
    /// @p label: what the input is called (the editors' accessible name).
    InputRow(const NodeField &field, const FieldSpec &spec, const QString &label, QWidget *parent = nullptr);

    /// Shows the Draft's value. Unless @p force, a value being typed is not overwritten by the same value.
    void showValue(const QString &value, const MediaState &media, bool force = false);
    void setPreview(const QPixmap &preview);
    /// A problem RunningHub or the checks found with this input ("" clears it).
    void setProblem(const QString &sentence);
    /// What the line under the editor says now.
    QString message() const;
    /// Why what the editor shows now is not taken ("" when it is): typing not yet left.
    QString pendingRefusal() const;
    /// The widget a label points at (its buddy).
    QWidget *editor() const { return m_editor; }
    /// The widgets Tab stops at, in order.
    QList<QWidget *> focusWidgets() const;
    /// Drops typed text that was not taken (Esc).
    void discardTyping();
    bool isMedia() const { return m_media != nullptr; }

Q_SIGNALS:
    void valueEdited(const QString &value);
    void fileChosen(const QString &path);

private:
    QWidget *createEditor(const NodeField &field, const QString &label);
    void showMessage();

    FieldSpec m_spec;
    QWidget *m_editor = nullptr;
    PromptEdit *m_prompt = nullptr;
    NumberSpinBox *m_number = nullptr;
    OptionComboBox *m_combo = nullptr;
    SwitchField *m_switch = nullptr;
    MediaField *m_media = nullptr;
    QLabel *m_messageLabel;
    QString m_problem;
    QString m_refusal;
};

} // namespace rh
