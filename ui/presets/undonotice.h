#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace rh {

/// A slim bar saying what was just removed, with an "Undo" button and a close button ("Deleted “X”. Undo ×").
/// Stays until Undo, close, or the next notice replaces it.
class UndoNotice final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoNotice)
public:
    explicit UndoNotice(QWidget *parent = nullptr);

    /// Shows @p sentence ("Deleted “X”.") with the Undo button.
    void showNotice(const QString &sentence);
    /// Names for another use than deleting (object names for tests, the button's accessible name).
    void setNames(const QString &objectName, const QString &buttonObjectName, const QString &buttonAccessibleName);
    QString text() const;

Q_SIGNALS:
    void undoRequested();

private:
    QLabel *m_label;
    QPushButton *m_undoButton;
};

} // namespace rh
