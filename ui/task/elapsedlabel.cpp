#include "task/elapsedlabel.h"

#include <QEvent>

namespace rh {

ElapsedLabel::ElapsedLabel(QWidget *parent)
    : QLabel(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        refresh();
        Q_EMIT ticked();
    });
    fitWidest();
    setVisible(false);
}

// A label whose size may change asks its parents to lay out again at every new text: the whole task panel, once a
// second. One size, wide enough for any reading up to 99 hours, keeps each tick a repaint of the label alone.
void ElapsedLabel::fitWidest()
{
    const QString shown = text();
    setText(QStringLiteral("88:88:88"));
    const QSize size = sizeHint();
    setText(shown);
    setFixedSize(size);
}

void ElapsedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitWidest();
}

void ElapsedLabel::start()
{
    m_clock.start();
    refresh();
    setVisible(true);
    updateTicking();
}

void ElapsedLabel::stop()
{
    m_clock.invalidate();
    clear();
    setVisible(false);
    updateTicking();
}

QString ElapsedLabel::format(qint64 seconds)
{
    const qint64 s = qMax<qint64>(0, seconds);
    const QChar zero(QLatin1Char('0'));
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, zero);
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, zero).arg(s % 60, 2, 10, zero);
}

void ElapsedLabel::showEvent(QShowEvent *event)
{
    QLabel::showEvent(event);
    // The top-level window is only known for sure once shown; its minimised state is watched from there on.
    if (m_watchedWindow != window()) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
    refresh();
    updateTicking();
}

void ElapsedLabel::hideEvent(QHideEvent *event)
{
    QLabel::hideEvent(event);
    updateTicking();
}

bool ElapsedLabel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::WindowStateChange) {
        refresh();
        updateTicking();
    }
    return QLabel::eventFilter(watched, event);
}

void ElapsedLabel::updateTicking()
{
    const bool seen = m_clock.isValid() && isVisible() && !window()->isMinimized();
    if (seen && !m_timer.isActive())
        m_timer.start();
    else if (!seen)
        m_timer.stop();
}

void ElapsedLabel::refresh()
{
    if (!m_clock.isValid())
        return;
    // Rounded: a coarse one-second timer may fire a little early, and 0.97 s must read 0:01, not 0:00 again.
    const QString text = format((m_clock.elapsed() + 500) / 1000);
    if (text != this->text())
        setText(text);
}

} // namespace rh
