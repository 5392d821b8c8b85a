#pragma once

#include <QLabel>

namespace rh {

/// A label that names @p buddy: its mnemonic focuses the buddy, and screen readers read it as the buddy's name.
inline QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace rh
