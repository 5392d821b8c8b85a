#pragma once

#include "api/replies.h"

#include <QLabel>

#include <optional>

namespace rh {

class AccountMonitor;

/// The status bar's figure of the current account: "1,234 RH coins · 2 running" (and the money of enterprise keys),
/// written the way DisplayFormat writes costs; in the sandbox it says the figures are simulated. A field the server
/// did not say is "—", never 0.
class AccountStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountStatusLabel)
public:
    explicit AccountStatusLabel(AccountMonitor *monitor, QWidget *parent = nullptr);

    /// The words for @p status (nullopt: nothing known yet), in DisplayFormat's current wording.
    static QString textFor(const std::optional<AccountStatus> &status);

private:
    void update();

    AccountMonitor *m_monitor;
};

} // namespace rh
