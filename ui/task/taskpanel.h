#pragma once

#include "model/taskoutput.h"
#include "model/taskstate.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QTimer;
class QPushButton;
class QToolButton;

namespace rh {

class ElapsedLabel;
class StateBadge;

/// The status of the current task: badge with the time in its state, task id, client id, progress, errors in plain
/// words, cancel.
class TaskPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskPanel)
public:
    explicit TaskPanel(QWidget *parent = nullptr);

    void reset();
    /// In `--sandbox`: states are worded as happening in the sandbox.
    void setSandbox(bool sandbox);
    void setState(TaskState state);
    TaskState state() const { return m_state; }
    void setTaskId(const QString &taskId);
    void setError(const QString &sentence);
    void setMessages(const QStringList &sentences); ///< validation issues, promptTips node errors, unsaved results
    void setFailure(const FailedReason &reason);
    /// The server's own words behind the sentences shown (e.g. promptTips), folded under Details.
    void setDetails(const QString &text);
    /// What the last press of Cancel did or what the server answered to it; cleared when the task ends.
    void setCancelNote(const QString &sentence);
    /// Steps done of @p maximum (0: unknown, the bar is hidden). The first count and a new maximum show at once; later
    /// steps at most once a second, as the clock: each is a repaint, and samplers send one per step.
    void setProgress(int value, int maximum);
    void setCost(const QString &text);

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QProgressBar *createProgressBar();
    /// A line for the sentence even in a state without one: the rows below keep their place.
    void reserveSentenceLine();
    void updateCancel();
    void updateProgressVisibility();
    bool progressShown() const;
    void showProgress();

    TaskState m_state = TaskState::None;
    bool m_sandbox = false;
    int m_progressValue = 0;
    int m_progressMaximum = 0;
    QTimer *m_progressTimer = nullptr;
    StateBadge *m_statusLabel;
    ElapsedLabel *m_elapsedLabel;
    QLabel *m_sentenceLabel = nullptr;
    QLabel *m_cancelNoteLabel;
    QLineEdit *m_taskIdEdit;
    QToolButton *m_copyTaskIdButton;
    QLabel *m_errorLabel;
    QListWidget *m_messagesList;
    QToolButton *m_detailsButton;
    QPlainTextEdit *m_detailsText;
    QProgressBar *m_progressBar;
    QLabel *m_costTitleLabel;
    QLabel *m_costLabel;
    QPushButton *m_cancelButton;
};

} // namespace rh
