#pragma once

#include "model/runrequest.h"
#include "store/historystore.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeWidget;

namespace rh {

class HistoryCostLabel;
class HistoryModel;

/// "Follow a task to its results": the run history as a sortable, filterable table (read lazily), the selected
/// run's request, events, errors and outputs, and the ways back into work: fill the form with the run's inputs,
/// run them again, show the results, look again at a task the client stopped watching.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)
public:
    /// Text typed into the filter is applied after this pause, so typing does not query on every key.
    static constexpr int FilterDelayMs = 250;

    /// @p store must outlive the view.
    explicit HistoryView(HistoryStore *store, QWidget *parent = nullptr);
    ~HistoryView() override;
    /// Shows only the runs of this server (the one the window talks to now).
    void setServer(const QString &server);
    /// The currency of the runs' money (the current account's); "" = not known.
    void setMoneyCurrency(const QString &currency);

    HistoryModel *model() const { return m_model; }
    /// The selected run, or 0.
    qint64 currentRunId() const;
    /// Selects a run when it is among the loaded rows; returns whether it was.
    bool selectRun(qint64 runId);
    /// Applies the filter text now instead of after the pause.
    void applyFilter();

Q_SIGNALS:
    /// "Fill the form": the selected run's request, rebuilt from its stored preview (no key in it), for the form.
    void fillFormRequested(const rh::RunRequest &request);
    /// "Run again": the same request, to be sent again (after the usual checks).
    void runAgainRequested(const rh::RunRequest &request);
    void resultsRequested(qint64 runId);
    /// The selected run stopped being watched (gave up): poll its task again.
    void watchAgainRequested(qint64 runId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sizeColumns();
    void fitAppColumn();
    QWidget *makeFilterRow();
    QWidget *makeDetails();
    void onCurrentRowChanged();
    void showRun(const std::optional<RunRecord> &run);
    void updateCountLabel();
    void updateButtons();

    HistoryStore *m_store;
    QString m_server;
    HistoryModel *m_model;
    std::optional<RunRecord> m_current; ///< with outputs and events
    std::optional<RunRequest> m_currentRequest;
    QTimer *m_filterTimer;
    QLineEdit *m_filterEdit;
    QComboBox *m_stateCombo;
    QLabel *m_countLabel;
    HistoryCostLabel *m_costLabel;
    QTableView *m_table;
    QLabel *m_summaryLabel;
    QLabel *m_errorLabel;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_requestText;
    QTreeWidget *m_eventsTree;
    QTreeWidget *m_outputsTree;
    QPushButton *m_fillFormButton;
    QPushButton *m_runAgainButton;
    QPushButton *m_showResultsButton;
    QPushButton *m_watchAgainButton;
};

} // namespace rh
