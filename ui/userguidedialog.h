#pragma once

#include <QDialog>

namespace rh {

/// Help → User guide: a short page for operators (resources/guide), in the UI language when there is one.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    /// The guide's Markdown for the current locale, falling back to English.
    static QString guideText();
};

} // namespace rh
