#pragma once

#include <QLabel>

namespace rh {

/// The `--sandbox` banner: what the sandbox is, and its demo apps by name, each a link that opens it.
class SandboxBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxBanner)
public:
    /// @p appIds and @p appNames: the demo apps, in the same order.
    SandboxBanner(const QStringList &appIds, const QStringList &appNames, QWidget *parent = nullptr);

Q_SIGNALS:
    void appRequested(const QString &webappId);
};

} // namespace rh
