#include "sandboxbanner.h"

#include <QLocale>

namespace rh {

SandboxBanner::SandboxBanner(const QStringList &appIds, const QStringList &appNames, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("sandboxBannerLabel"));
    QStringList links;
    QStringList names;
    for (int i = 0; i < appIds.size(); ++i) {
        const QString name = appNames.value(i).isEmpty() ? appIds.at(i) : appNames.at(i);
        names.append(name);
        links.append(QStringLiteral("<a href=\"app:%1\">%2</a>").arg(appIds.at(i), name.toHtmlEscaped()));
    }
    const QString sentence = tr("Sandbox: a simulated RunningHub on this computer. Nothing is sent to RunningHub and "
                                "nothing costs money. Demo apps: %1.");
    setText(sentence.arg(QLocale().createSeparatedList(links)));
    setAccessibleName(sentence.arg(QLocale().createSeparatedList(names)));
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel { background:#fef3c7; color:#78350f; padding:6px; border-radius:4px; }"));
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("app:")))
            Q_EMIT appRequested(link.mid(4));
    });
}

} // namespace rh
