#include "presets/driftnotice.h"

#include "errortext.h"
#include "model/findfield.h"
#include "presets/presetlistmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace rh {

DriftNotice::DriftNotice(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("driftNotice"));
    setAccessibleName(tr("The app changed since the preset was saved"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#driftNotice { background:#fef3c7; color:#78350f; border-radius:4px; }"));
    auto *layout = new QVBoxLayout(this);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("driftTitleLabel"));
    m_titleLabel->setWordWrap(true);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_detailsLabel = new QLabel(this);
    m_detailsLabel->setObjectName(QStringLiteral("driftDetailsLabel"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *hint = new QLabel(tr("“Load as is” keeps the inputs the app no longer has in the table, marked: remove "
                               "them before running, or RunningHub may refuse the task."),
                            this);
    hint->setObjectName(QStringLiteral("driftHintLabel"));
    hint->setWordWrap(true);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(hint);

    auto *buttons = new QHBoxLayout;
    m_fixButton = new QPushButton(tr("&Fix and load"), this);
    m_fixButton->setObjectName(QStringLiteral("driftFixButton"));
    m_fixButton->setAccessibleName(tr("Fix and load"));
    m_fixButton->setToolTip(tr("Leave out the inputs the app dropped and give new inputs the app's defaults"));
    m_asIsButton = new QPushButton(tr("Load &as is"), this);
    m_asIsButton->setObjectName(QStringLiteral("driftLoadAsIsButton"));
    m_asIsButton->setAccessibleName(tr("Load as is"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("driftCancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel loading the preset"));
    buttons->addStretch();
    buttons->addWidget(m_fixButton);
    buttons->addWidget(m_asIsButton);
    buttons->addWidget(m_cancelButton);
    layout->addLayout(buttons);

    connect(m_fixButton, &QPushButton::clicked, this, &DriftNotice::fixAndLoad);
    connect(m_asIsButton, &QPushButton::clicked, this, &DriftNotice::loadAsIs);
    connect(m_cancelButton, &QPushButton::clicked, this, &DriftNotice::cancel);
    hide();
}

bool DriftNotice::showFor(const Preset &preset, const AppInfo &app)
{
    const PresetDrift drift = compareWithApp(preset, app);
    if (drift.isEmpty()) {
        hide();
        return false;
    }
    setDrift(preset, app, drift);
    return true;
}

void DriftNotice::setDrift(const Preset &preset, const AppInfo &app, const PresetDrift &drift)
{
    m_preset = preset;
    m_app = app;
    m_drift = drift;
    m_sentences = ErrorText::forDrift(drift, preset, app);
    const QString appName = app.name.isEmpty() ? PresetListModel::appLabel(preset) : app.name;
    m_titleLabel->setText(
        tr("The app “%1” changed since the preset “%2” was saved.").arg(appName, PresetListModel::presetLabel(preset)));
    QStringList lines;
    for (const QString &sentence : std::as_const(m_sentences))
        lines.append(QStringLiteral("• ") + sentence);
    m_detailsLabel->setText(lines.join(QLatin1Char('\n')));
    show();
    m_fixButton->setFocus();
}

QHash<int, QString> DriftNotice::removedInputProblems(const Preset &preset, const PresetDrift &drift)
{
    QHash<int, QString> problems;
    for (int row = 0; row < preset.nodes.size(); ++row) {
        const NodeField &node = preset.nodes.at(row);
        if (findField(drift.removed, node.nodeId, node.fieldName))
            problems.insert(row, ErrorText::removedInput());
    }
    return problems;
}

void DriftNotice::fixAndLoad()
{
    hide();
    Q_EMIT fixedLoadRequested(applyFix(m_preset, m_app, m_drift));
}

void DriftNotice::loadAsIs()
{
    hide();
    Q_EMIT asIsLoadRequested(m_preset, removedInputProblems(m_preset, m_drift));
}

void DriftNotice::cancel()
{
    hide();
    Q_EMIT cancelled();
}

} // namespace rh
