#include "batch/batchcontroller.h"

#include "batch/batchdialog.h"
#include "batch/batchtext.h"

#include "batch/batchexport.h"
#include "batch/manifestrecorder.h"
#include "model/draft.h"
#include "session/services.h"
#include "store/appsettings.h"
#include "task/runqueue.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QInputDialog>
#include <QStandardPaths>
#include <QtConcurrent>

namespace rh {

namespace {

QString askForSheet(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, BatchController::tr("Import batch"),
                                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                        BatchController::tr("Spreadsheets (*.xlsx *.csv *.tsv *.txt);;All files (*)"));
}

QString askForFolder(QWidget *parent)
{
    return QFileDialog::getExistingDirectory(parent, BatchController::tr("Import folder"),
                                             QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
}

std::optional<std::pair<BatchRecord, QString>> askForExport(QWidget *parent, const QList<BatchRecord> &batches)
{
    QStringList names;
    for (const BatchRecord &batch : batches)
        names.append(batch.name);
    bool ok = false;
    const QString name = QInputDialog::getItem(parent, BatchController::tr("Export batch"),
                                               BatchController::tr("&Batch:"), names, 0, false, &ok);
    const qsizetype index = names.indexOf(name);
    if (!ok || index < 0)
        return std::nullopt;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
                              QFileInfo(QFileInfo(name).fileName()).completeBaseName() + QStringLiteral(".zip");
    const QString path = QFileDialog::getSaveFileName(parent, BatchController::tr("Export batch"), suggested,
                                                      BatchController::tr("ZIP archives (*.zip)"));
    if (path.isEmpty())
        return std::nullopt;
    return std::pair{batches.at(index), path};
}

} // namespace

BatchController::BatchController(Services *services, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
    , m_import(new QAction(tr("Import &batch…"), this))
    , m_importFolder(new QAction(tr("Import &folder…"), this))
    , m_export(new QAction(tr("E&xport batch…"), this))
    , m_paste(new QAction(tr("&Paste batch from clipboard"), this))
    , m_chooser(askForSheet)
    , m_folderChooser(askForFolder)
    , m_exportChooser(askForExport)
{
    m_import->setObjectName(QStringLiteral("importBatchAction"));
    m_import->setStatusTip(tr("Queue one run per row of a spreadsheet, checked cell by cell first"));
    connect(m_import, &QAction::triggered, this, &BatchController::chooseAndOpen);
    m_importFolder->setObjectName(QStringLiteral("importFolderAction"));
    m_importFolder->setStatusTip(tr("Queue one run per image, video or audio file of a folder"));
    connect(m_importFolder, &QAction::triggered, this, [this] {
        const QString folder = m_folderChooser(m_window);
        if (!folder.isEmpty())
            openSheet(folder);
    });
    m_export->setObjectName(QStringLiteral("exportBatchAction"));
    m_export->setStatusTip(tr("Save a batch's manifest and result files in one ZIP archive"));
    connect(m_export, &QAction::triggered, this, &BatchController::exportBatch);
    m_paste->setObjectName(QStringLiteral("pasteBatchAction"));
    m_paste->setStatusTip(tr("Queue one run per row of the cells copied in a spreadsheet, checked cell by cell first"));
    connect(m_paste, &QAction::triggered, this, &BatchController::openClipboard);
}

void BatchController::setPresetSaver(PresetSaver saver)
{
    m_presetSaver = std::move(saver);
}

void BatchController::setExportChooser(ExportChooser chooser)
{
    m_exportChooser = chooser ? std::move(chooser) : ExportChooser(askForExport);
}

void BatchController::exportBatch()
{
    QList<BatchRecord> batches; // newest first, those with a manifest
    const QList<BatchRecord> all = m_services->queue()->batches();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (QFile::exists(m_services->manifests()->pathOf(*it)))
            batches.append(*it);
    }
    if (batches.isEmpty()) {
        Q_EMIT statusMessage(tr("No batch in the queue has a manifest yet."));
        return;
    }
    const auto chosen = m_exportChooser(m_window, batches);
    if (!chosen)
        return;
    const QString manifest = m_services->manifests()->pathOf(chosen->first);
    const QString zipPath = chosen->second;
    auto *watcher = new QFutureWatcher<BatchExportResult>(this);
    connect(watcher, &QFutureWatcher<BatchExportResult>::finished, this, [this, watcher, zipPath] {
        const BatchExportResult result = watcher->result();
        watcher->deleteLater();
        const QString where = QDir::toNativeSeparators(zipPath);
        if (result.ok && result.missing > 0)
            Q_EMIT statusMessage(
                tr("Exported the batch to %1; result files no longer on disk: %2.").arg(where).arg(result.missing));
        else if (result.ok)
            Q_EMIT statusMessage(tr("Exported the batch to %1.").arg(where));
        else
            Q_EMIT statusMessage(tr("The batch could not be exported: %1").arg(result.error));
        Q_EMIT exported(zipPath, result.ok);
    });
    watcher->setFuture(QtConcurrent::run([manifest, zipPath] { return exportBatchZip(manifest, zipPath); }));
}

void BatchController::setFolderChooser(FileChooser chooser)
{
    m_folderChooser = chooser ? std::move(chooser) : FileChooser(askForFolder);
}

void BatchController::setFileChooser(FileChooser chooser)
{
    m_chooser = chooser ? std::move(chooser) : FileChooser(askForSheet);
}

void BatchController::chooseAndOpen()
{
    const QString path = m_chooser(m_window);
    if (!path.isEmpty())
        openSheet(path);
}

BatchDialog *BatchController::dialog() const
{
    return m_dialog;
}

bool BatchController::openSheet(const QString &path)
{
    return openSource(BatchSource::file(path));
}

bool BatchController::openClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        Q_EMIT statusMessage(tr("The clipboard holds no cells: copy them in the spreadsheet first."));
        return false;
    }
    return openSource(BatchSource::pasted(text));
}

bool BatchController::openPreset(const Preset &preset)
{
    if (preset.batch.isEmpty())
        return false;
    if (!QFileInfo::exists(preset.batch.sheetPath)) {
        Q_EMIT statusMessage(BatchText::missingSheet(preset.name, preset.batch.sheetPath));
        return false;
    }
    return openSource({preset.batch.sheetPath, {}, preset.batch, preset.name});
}

bool BatchController::openSource(const BatchSource &source)
{
    const Draft *draft = m_services->draft();
    if (!draft->hasApp() || draft->rowCount() == 0) {
        Q_EMIT statusMessage(tr("Load an app first: a sheet's columns are matched to its inputs."));
        return false;
    }
    if (m_dialog)
        m_dialog->close();
    const QString appName = draft->app().name.isEmpty() ? draft->webappId() : draft->app().name;
    auto *dialog = new BatchDialog(m_services, source, draft->request(), appName, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BatchDialog::batchQueued, this, [this](qint64 batchId, int runs) {
        Q_EMIT statusMessage(runs == 1 ? tr("Queued 1 run from the sheet.")
                                       : tr("Queued %n runs from the sheet.", nullptr, runs));
        Q_EMIT batchQueued(batchId, runs);
    });
    connect(dialog, &BatchDialog::presetRequested, this, [this](const PresetBatch &batch) {
        if (m_presetSaver && !batch.isEmpty())
            m_presetSaver(batch);
    });
    m_dialog = dialog;
    dialog->open();
    Q_EMIT dialogOpened(dialog);
    return true;
}

} // namespace rh
