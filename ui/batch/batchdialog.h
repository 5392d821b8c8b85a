#pragma once

#include "batch/batchmapping.h"
#include "batch/batchplan.h"
#include "batch/batchsource.h"
#include "batch/sheetfile.h"
#include "model/runrequest.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QTableView;

namespace rh {

class BatchPreviewModel;
class BatchSourceBox;
class Services;

/// Import batch…: reads a sheet, a folder of media files or pasted cells (on a worker), guesses which column feeds
/// which input (or takes a rerun preset's mapping),
/// checks every cell and shows the runs, the problems, the request of the selected run and an estimate. Nothing is sent
/// until "Queue N runs"; then the good rows become one batch in the run queue and the skipped rows the first lines of
/// its manifest.
class BatchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchDialog)
public:
    /// @p base: the form's request (its app's inputs and values); @p appName names the jobs.
    BatchDialog(Services *services, const BatchSource &source, const RunRequest &base, const QString &appName,
                QWidget *parent = nullptr);

    const BatchPlan &plan() const;
    /// The runs "Queue" would add now.
    int runCount() const;
    /// Reading or checking the sheet on a worker: the queue button waits.
    bool isBusy() const { return m_reader.isRunning() || m_planner.isRunning(); }
    /// Replaces the rows with cells pasted from a spreadsheet (tab-separated text) and checks them.
    void pasteCells(const QString &text);
    /// This sheet, this mapping and these options, to keep with a preset. Empty for pasted cells (no file to read
    /// again).
    PresetBatch presetBatch() const;

Q_SIGNALS:
    /// The sheet was (re)read and checked, or the mapping changed: the preview, problems and estimate are new.
    void planChanged();
    /// The runs were added to the queue as batch @p batchId.
    void batchQueued(qint64 batchId, int runs);
    /// "Save as preset…": keep @p batch with the form's values as a preset.
    void presetRequested(const rh::PresetBatch &batch);

private:
    QWidget *createMappingBox();
    QWidget *createPreviewBox();
    QWidget *createFooter();
    void read();
    void onRead();
    void buildMapping(const BatchMapping &guess);
    BatchMapping mapping() const;
    /// What relative media paths are relative to: the sheet's folder, or the folder itself.
    QString sheetFolder() const;
    void replan();
    void onPlanned();
    void showRequest();
    void updateFooter();
    void queueRuns();

    void pasteFromClipboard();

    Services *m_services;
    BatchSource m_source;
    RunRequest m_base;
    QString m_appName;
    SheetFile m_sheet;
    QList<BatchColumn> m_choices; ///< what each mapping combo offers, by item index
    QFutureWatcher<SheetFile> m_reader;
    QFutureWatcher<BatchPlan> m_planner;
    bool m_replanAgain = false; ///< the mapping changed while a check was running

    BatchSourceBox *m_sourceBox = nullptr;
    QFormLayout *m_mappingForm = nullptr;
    QList<QComboBox *> m_columns;
    QLabel *m_previewLabel = nullptr;
    BatchPreviewModel *m_preview = nullptr;
    QTableView *m_previewView = nullptr;
    QStringListModel *m_problems = nullptr;
    QListView *m_problemsView = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QLabel *m_estimate = nullptr;
    QCheckBox *m_skip = nullptr;
    QPushButton *m_savePreset = nullptr;
    QPushButton *m_queue = nullptr;
};

} // namespace rh
