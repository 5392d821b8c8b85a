#pragma once

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace rh {

/// The one question before queueing a batch whose estimate is above the setting (model/budget.h).
class CostConfirm final
{
    Q_DECLARE_TR_FUNCTIONS(CostConfirm)
public:
    /// True when the runs may be queued: no question was needed, or the user said yes.
    static bool ask(QWidget *parent, std::optional<qint64> estimate, int runs, qint64 threshold);
    /// Tests: the next question is answered with @p answer without showing a dialog.
    static void setNextAnswer(std::optional<bool> answer);
    /// How many questions were asked (answered by a person or by setNextAnswer), for tests.
    static int askedCount();
};

} // namespace rh
