#include "userguidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rh {

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("User guide"));
    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("userGuideTextBrowser"));
    text->setAccessibleName(tr("User guide"));
    text->setOpenExternalLinks(true);
    text->setMarkdown(guideText());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    // About 70 characters wide and tall enough for the whole page on a 1280×800 screen.
    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 90, metrics.lineSpacing() * 36);
}

QString UserGuideDialog::guideText()
{
    QFile localized(QStringLiteral(":/guide/user-guide_%1.md").arg(QLocale().name()));
    QFile english(QStringLiteral(":/guide/user-guide.md"));
    QFile &file = localized.exists() ? localized : english;
    if (!file.open(QIODevice::ReadOnly))
        return tr("The user guide is missing from this build.");
    return QString::fromUtf8(file.readAll());
}

} // namespace rh
