#pragma once

#include <QEvent>
#include <QObject>

namespace rh::test {

/// Counts the events of one type (paints by default) an object receives, from now on.
class EventCounter final : public QObject
{
public:
    explicit EventCounter(QObject *watched, QEvent::Type type = QEvent::Paint)
        : m_type(type)
    {
        watched->installEventFilter(this);
    }
    int count() const { return m_count; }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == m_type)
            ++m_count;
        return false;
    }

private:
    QEvent::Type m_type;
    int m_count = 0;
};

} // namespace rh::test
