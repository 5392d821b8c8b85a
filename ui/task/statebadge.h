#pragma once

#include "model/taskstate.h"

#include <QColor>
#include <QLabel>

namespace rh {

/// The task's state as a coloured pill: grey idle, blue waiting, amber running, green, red, orange. Drawn by hand
/// rather than through a style sheet: a style sheet set at every state change re-polishes the label each time
/// (about 0.2 M instructions, several times per run).
class StateBadge final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateBadge)
public:
    explicit StateBadge(QWidget *parent = nullptr);

    /// Takes the colours of @p state (the text is the caller's).
    void setState(TaskState state);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_background;
    QColor m_text;
};

} // namespace rh
