#pragma once

#include "batch/batchsource.h"
#include "model/preset.h"
#include "store/queuestore.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <utility>

class QAction;
class QWidget;

namespace rh {

class BatchDialog;
class Services;

/// "Import batch…" (File menu, or a sheet dropped on the window): asks for a .csv/.tsv/.xlsx and opens the batch
/// dialog on it, for the app the form has loaded.
class BatchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchController)
public:
    /// Asked for the sheet to import; "" = cancelled. Tests set one instead of the file dialog.
    using FileChooser = std::function<QString(QWidget *parent)>;
    /// Asked which batch to export and where: the batch and the ZIP's path; nullopt = cancelled.
    using ExportChooser = std::function<std::optional<std::pair<BatchRecord, QString>>(
        QWidget *parent, const QList<BatchRecord> &batches)>;

    /// Keeps a batch with the form's values as a preset (asking for its name); returns its id, 0 when not saved.
    using PresetSaver = std::function<qint64(const PresetBatch &batch)>;

    BatchController(Services *services, QWidget *window, QObject *parent = nullptr);

    QAction *importAction() const { return m_import; }
    /// "Import folder…": one run per media file of a folder, into the app's first media input (changeable).
    QAction *importFolderAction() const { return m_importFolder; }
    /// "Export batch…": a batch's manifest and result files in one ZIP.
    QAction *exportAction() const { return m_export; }
    /// "Paste batch from clipboard": the batch dialog on the cells copied in a spreadsheet.
    QAction *pasteAction() const { return m_paste; }
    void setFileChooser(FileChooser chooser);
    void setFolderChooser(FileChooser chooser);
    void setExportChooser(ExportChooser chooser);
    /// Enables the dialog's "Save as preset…" (the window gives the presets panel's Save as).
    void setPresetSaver(PresetSaver saver);
    /// Opens the batch dialog on @p path (a sheet file or a folder). False (with the reason in statusMessage) when no
    /// app is loaded.
    bool openSheet(const QString &path);
    /// Opens the batch dialog on the clipboard's cells. False (with the reason in statusMessage) when the clipboard
    /// holds no text or no app is loaded.
    bool openClipboard();
    /// Reruns a batch preset whose values the form holds now: reads its sheet again, with its mapping. False (with
    /// the reason in statusMessage) when the sheet is gone or no app is loaded.
    bool openPreset(const Preset &preset);
    /// The dialog now open, if any.
    BatchDialog *dialog() const;

Q_SIGNALS:
    void statusMessage(const QString &sentence);
    void dialogOpened(rh::BatchDialog *dialog);
    /// Runs were queued as a batch: the window shows the queue.
    void batchQueued(qint64 batchId, int runs);
    /// An export ended; @p ok false when the archive could not be written.
    void exported(const QString &zipPath, bool ok);

private:
    void chooseAndOpen();
    void exportBatch();
    bool openSource(const BatchSource &source);

    Services *m_services;
    QWidget *m_window;
    QAction *m_import;
    QAction *m_importFolder;
    QAction *m_export;
    QAction *m_paste;
    FileChooser m_chooser;
    FileChooser m_folderChooser;
    ExportChooser m_exportChooser;
    PresetSaver m_presetSaver;
    QPointer<BatchDialog> m_dialog;
};

} // namespace rh
