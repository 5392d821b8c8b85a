#include "batch/batchcontroller.h"

#include "batch/batchdialog.h"

#include "model/draft.h"
#include "session/services.h"
#include "store/appsettings.h"

#include <QAction>
#include <QFileDialog>
#include <QStandardPaths>

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

} // namespace

BatchController::BatchController(Services *services, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
    , m_import(new QAction(tr("&Import batch…"), this))
    , m_importFolder(new QAction(tr("Import &folder…"), this))
    , m_chooser(askForSheet)
    , m_folderChooser(askForFolder)
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
    const Draft *draft = m_services->draft();
    if (!draft->hasApp() || draft->rowCount() == 0) {
        Q_EMIT statusMessage(tr("Load an app first: a sheet's columns are matched to its inputs."));
        return false;
    }
    if (m_dialog)
        m_dialog->close();
    const QString appName = draft->app().name.isEmpty() ? draft->webappId() : draft->app().name;
    auto *dialog = new BatchDialog(m_services, path, draft->request(), appName, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BatchDialog::batchQueued, this, [this](qint64 batchId, int runs) {
        Q_EMIT statusMessage(runs == 1 ? tr("Queued 1 run from the sheet.")
                                       : tr("Queued %n runs from the sheet.", nullptr, runs));
        Q_EMIT batchQueued(batchId, runs);
    });
    m_dialog = dialog;
    dialog->open();
    Q_EMIT dialogOpened(dialog);
    return true;
}

} // namespace rh
