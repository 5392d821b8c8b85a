#include "task/taskpanel.h"

#include "errortext.h"
#include "task/elapsedlabel.h"
#include "task/lineroom.h"
#include "task/statebadge.h"
#include "task/statetext.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rh {

TaskPanel::TaskPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_statusLabel = new StateBadge(this);
    m_statusLabel->setObjectName(QStringLiteral("taskStatusLabel"));
    m_statusLabel->setAccessibleDescription(tr("Task status"));
    m_sentenceLabel = new QLabel(this);
    m_sentenceLabel->setObjectName(QStringLiteral("taskSentenceLabel"));
    m_sentenceLabel->setWordWrap(true);
    m_cancelButton = new QPushButton(tr("Cancel &task"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel task"));
    connect(m_cancelButton, &QPushButton::clicked, this, &TaskPanel::cancelRequested);
    m_elapsedLabel = new ElapsedLabel(this);
    m_elapsedLabel->setObjectName(QStringLiteral("taskElapsedLabel"));
    m_elapsedLabel->setAccessibleDescription(tr("Time in this state"));
    // Waiting steps are shown with the clock's redraw: one frame a second for both, not two.
    connect(m_elapsedLabel, &ElapsedLabel::ticked, this, [this] {
        if (m_progressTimer->isActive())
            showProgress();
    });
    top->addWidget(m_statusLabel);
    top->addWidget(m_elapsedLabel);
    top->addWidget(createProgressBar(), 1);
    top->addWidget(m_cancelButton);
    layout->addLayout(top);
    // The sentence has the panel's whole width: beside the badge and Cancel it had a third of it and wrapped.
    layout->addWidget(m_sentenceLabel);
    m_cancelNoteLabel = new QLabel(this);
    m_cancelNoteLabel->setObjectName(QStringLiteral("cancelNoteLabel"));
    m_cancelNoteLabel->setAccessibleDescription(tr("Cancel request"));
    m_cancelNoteLabel->setWordWrap(true);
    m_cancelNoteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_cancelNoteLabel);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(1000);
    connect(m_progressTimer, &QTimer::timeout, this, &TaskPanel::showProgress);

    auto *form = new QFormLayout;
    auto *idRow = new QHBoxLayout;
    m_taskIdEdit = new QLineEdit(this);
    m_taskIdEdit->setObjectName(QStringLiteral("taskIdLineEdit"));
    m_taskIdEdit->setAccessibleDescription(tr("Task ID"));
    m_taskIdEdit->setReadOnly(true);
    m_taskIdEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyTaskIdButton = new QToolButton(this);
    m_copyTaskIdButton->setObjectName(QStringLiteral("copyTaskIdButton"));
    m_copyTaskIdButton->setText(tr("Copy"));
    m_copyTaskIdButton->setAccessibleName(tr("Copy task ID"));
    connect(m_copyTaskIdButton, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_taskIdEdit->text()); });
    idRow->addWidget(m_taskIdEdit, 1);
    idRow->addWidget(m_copyTaskIdButton);
    form->addRow(tr("Task ID:"), idRow);
    m_costLabel = new QLabel(this);
    m_costLabel->setObjectName(QStringLiteral("costLabel"));
    m_costLabel->setAccessibleDescription(tr("Cost and run time"));
    m_costTitleLabel = new QLabel(tr("Cost:"), this);
    m_costTitleLabel->setObjectName(QStringLiteral("costTitleLabel"));
    form->addRow(m_costTitleLabel, m_costLabel);
    layout->addLayout(form);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAccessibleDescription(tr("Error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color:#991b1b; }"));
    layout->addWidget(m_errorLabel);
    m_messagesList = new QListWidget(this);
    m_messagesList->setObjectName(QStringLiteral("nodeErrorsListWidget"));
    m_messagesList->setAccessibleName(tr("Problems with the inputs"));
    m_messagesList->setWordWrap(true);
    m_messagesList->setMaximumHeight(120);
    layout->addWidget(m_messagesList);
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("failureDetailsButton"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsText = new QPlainTextEdit(this);
    m_detailsText->setObjectName(QStringLiteral("failureDetailsTextEdit"));
    m_detailsText->setAccessibleName(tr("Failure details"));
    m_detailsText->setReadOnly(true);
    m_detailsText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_detailsText->setVisible(open);
        m_detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    layout->addWidget(m_detailsButton);
    layout->addWidget(m_detailsText, 1);
    // Room the pane gives beyond the rows goes below them (the details take it when open), not into the sentence.
    layout->addStretch(0);
    reserveSentenceLine();
    reset();
}

// The bar sits between the clock and Cancel, and keeps its place while hidden: the panel has one height through a
// run. A bar on a row of its own, coming and going, moved every row below it, toggled the scroll bar and laid out and
// repainted the panel at each state change.
QProgressBar *TaskPanel::createProgressBar()
{
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setAccessibleName(tr("Progress"));
    m_progressBar->setTextVisible(true);
    m_progressBar->setMinimumWidth(60);
    QSizePolicy policy = m_progressBar->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_progressBar->setSizePolicy(policy);
    return m_progressBar;
}

void TaskPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (m_sentenceLabel && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
        reserveSentenceLine();
}

void TaskPanel::reserveSentenceLine()
{
    m_sentenceLabel->setMinimumHeight(lineRoom(m_sentenceLabel->font(), ErrorText::stateSentence(TaskState::Running)));
}

void TaskPanel::reset()
{
    setState(TaskState::None);
    setTaskId({});
    setError({});
    setMessages({});
    setFailure({});
    setCancelNote({});
    setCost({});
    setProgress(0, 0);
}

void TaskPanel::setSandbox(bool sandbox)
{
    m_sandbox = sandbox;
    m_costTitleLabel->setText(sandbox ? tr("Simulated cost:") : tr("Cost:"));
}

void TaskPanel::setState(TaskState state)
{
    const TaskState previous = m_state;
    m_state = state;
    const QString name = ErrorText::stateName(state);
    m_statusLabel->setText(name);
    m_statusLabel->setAccessibleName(name);
    m_statusLabel->setState(state);
    m_sentenceLabel->setText(StateText::sentence(state, m_sandbox));
    const bool live = !isTerminal(state) && state != TaskState::None;
    if (!live)
        m_elapsedLabel->stop();
    else if (state != previous)
        m_elapsedLabel->start();
    if (state == TaskState::Success)
        setProgress(1, 1);
    else if (state != TaskState::Running)
        setProgress(0, 0); // waiting: the badge and its clock say so; no bar until the server counts steps
    else
        updateProgressVisibility();
    if (isTerminal(state))
        setCancelNote({}); // the end itself says how it went
    updateCancel();
}

void TaskPanel::setTaskId(const QString &taskId)
{
    m_taskIdEdit->setText(taskId);
    m_taskIdEdit->setAccessibleName(taskId);
    m_copyTaskIdButton->setEnabled(!taskId.isEmpty());
    updateCancel();
}

void TaskPanel::setError(const QString &sentence)
{
    m_errorLabel->setText(sentence);
    m_errorLabel->setAccessibleName(sentence);
    m_errorLabel->setVisible(!sentence.isEmpty());
}

void TaskPanel::setMessages(const QStringList &sentences)
{
    m_messagesList->clear();
    m_messagesList->addItems(sentences);
    m_messagesList->setVisible(!sentences.isEmpty());
}

void TaskPanel::setFailure(const FailedReason &reason)
{
    const QString sentence = ErrorText::forFailure(reason);
    const bool failed = !sentence.isEmpty();
    if (failed) {
        setError(sentence);
        m_detailsText->setPlainText(reason.exceptionType.isEmpty()
                                        ? reason.traceback
                                        : reason.exceptionType + QStringLiteral("\n\n") + reason.traceback);
    }
    m_detailsButton->setVisible(failed && !reason.traceback.isEmpty());
    m_detailsButton->setChecked(false);
    m_detailsText->setVisible(false);
}

void TaskPanel::setDetails(const QString &text)
{
    m_detailsText->setPlainText(text);
    m_detailsButton->setVisible(!text.isEmpty());
    m_detailsButton->setChecked(false);
    m_detailsText->setVisible(false);
}

void TaskPanel::setCancelNote(const QString &sentence)
{
    m_cancelNoteLabel->setText(sentence);
    m_cancelNoteLabel->setAccessibleName(sentence);
    m_cancelNoteLabel->setVisible(!sentence.isEmpty());
}

// A busy (0, 0) bar is never set: the style animates it for as long as it is shown, a repaint every few
// milliseconds for the whole run. An unknown amount hides the bar; the badge and its clock say the task is alive.
void TaskPanel::setProgress(int value, int maximum)
{
    // Steps forward on the same scale can wait; a new scale or a count going back (the next node) shows at once.
    const bool sameScale = m_progressMaximum > 0 && maximum == m_progressMaximum && value >= m_progressValue;
    m_progressValue = value;
    m_progressMaximum = maximum;
    if (!sameScale)
        showProgress();
    else if (!m_progressTimer->isActive())
        m_progressTimer->start();
}

// QProgressBar repaints at once (not with the next frame) on every new range or value it shows: a bar that is to be
// hidden is hidden first, and a shown one takes its values with updates off, so it is painted once, with the frame.
void TaskPanel::showProgress()
{
    m_progressTimer->stop();
    if (!progressShown())
        m_progressBar->hide();
    if (m_progressMaximum > 0) {
        m_progressBar->setUpdatesEnabled(false);
        m_progressBar->setRange(0, m_progressMaximum);
        m_progressBar->setValue(m_progressValue);
        m_progressBar->setUpdatesEnabled(true);
        m_progressBar->setAccessibleDescription(tr("%1 of %2").arg(m_progressValue).arg(m_progressMaximum));
    } else {
        m_progressBar->setAccessibleDescription(QString());
    }
    updateProgressVisibility();
}

bool TaskPanel::progressShown() const
{
    return m_progressMaximum > 0 && !isTerminal(m_state) && m_state != TaskState::None;
}

void TaskPanel::updateProgressVisibility()
{
    m_progressBar->setVisible(progressShown());
}

void TaskPanel::setCost(const QString &text)
{
    m_costLabel->setText(text);
    m_costLabel->setAccessibleName(text);
}

void TaskPanel::updateCancel()
{
    const bool cancellable =
        !m_taskIdEdit->text().isEmpty() &&
        (m_state == TaskState::Queued || m_state == TaskState::Running || m_state == TaskState::Create);
    m_cancelButton->setEnabled(cancellable);
}

} // namespace rh
