#pragma once

#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>
#include <QTimer>

namespace rh {

/// How long the current state has lasted ("2:07"), redrawn once a second at most and only while someone can see
/// it: the clock stops while the label is hidden or its window is minimised, and catches up when it is seen again.
class ElapsedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElapsedLabel)
public:
    explicit ElapsedLabel(QWidget *parent = nullptr);

    /// Counts from now and shows the label.
    void start();
    /// Hides the label and stops counting.
    void stop();
    /// Whether a once-a-second timer runs now (tests and benchmarks check that an unseen window does no work).
    bool isTicking() const { return m_timer.isActive(); }
    /// "0:07", "12:30", "1:02:03".
    static QString format(qint64 seconds);

Q_SIGNALS:
    /// The once-a-second redraw is due: other once-a-second news (a step count) can join the same frame.
    void ticked();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// One fixed size for every reading: a tick is a repaint, never a layout.
    void fitWidest();
    void updateTicking();
    void refresh();

    QElapsedTimer m_clock;
    QTimer m_timer;
    QPointer<QWidget> m_watchedWindow;
};

} // namespace rh
