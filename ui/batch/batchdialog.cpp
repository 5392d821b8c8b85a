#include "batch/batchdialog.h"

#include "batch/batchpreviewmodel.h"
#include "batch/batchsourcebox.h"
#include "batch/batchtext.h"
#include "batch/buddylabel.h"
#include "batch/foldersheet.h"
#include "errortext.h"
#include "queue/costconfirm.h"
#include "task/budgetguard.h"

#include "batch/batchpreset.h"
#include "batch/manifestrecorder.h"
#include "session/services.h"
#include "store/appsettings.h"
#include "store/historystore.h"
#include "task/runqueue.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace rh {

BatchDialog::BatchDialog(Services *services, const BatchSource &source, const RunRequest &base, const QString &appName,
                         QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_source(source)
    , m_base(base)
    , m_appName(appName)
{
    setObjectName(QStringLiteral("batchDialog"));
    setWindowTitle(BatchText::dialogTitle(source));
    auto *layout = new QVBoxLayout(this);
    m_sourceBox = new BatchSourceBox(source, this);
    connect(m_sourceBox, &BatchSourceBox::optionsChanged, this, &BatchDialog::read);
    connect(m_sourceBox, &BatchSourceBox::pasteRequested, this, &BatchDialog::pasteFromClipboard);
    layout->addWidget(m_sourceBox);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createMappingBox());
    splitter->addWidget(createPreviewBox());
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    layout->addWidget(createFooter());
    if (!source.saved.isEmpty())
        m_skip->setChecked(source.saved.skipProblems);
    connect(&m_reader, &QFutureWatcher<SheetFile>::finished, this, &BatchDialog::onRead);
    connect(&m_planner, &QFutureWatcher<BatchPlan>::finished, this, &BatchDialog::onPlanned);
    // Fits a 1280×800 screen with room for the panel and the title bar.
    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
    resize(qMin(1120, available.width() - 40), qMin(700, available.height() - 60));
    splitter->setSizes({width() * 3 / 10, width() * 7 / 10});
    read();
}

QWidget *BatchDialog::createMappingBox()
{
    auto *group = new QGroupBox(tr("Columns"), this);
    group->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    auto *layout = new QVBoxLayout(group);
    auto *scroll = new QScrollArea(group);
    scroll->setObjectName(QStringLiteral("batchMappingScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *inner = new QWidget(scroll);
    m_mappingForm = new QFormLayout(inner);
    scroll->setWidget(inner);
    layout->addWidget(scroll);
    m_choices = {BatchColumn{}, BatchColumn{BatchColumn::Role::Label, {}, {}},
                 BatchColumn{BatchColumn::Role::InstanceType, {}, {}},
                 BatchColumn{BatchColumn::Role::WebhookUrl, {}, {}}};
    for (const NodeField &field : m_base.nodes)
        m_choices.append(BatchColumn::input(field));
    return group;
}

QWidget *BatchDialog::createPreviewBox()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_preview = new BatchPreviewModel(this);
    m_previewView = new QTableView(box);
    m_previewView->setObjectName(QStringLiteral("batchPreviewTableView"));
    m_previewView->setAccessibleName(tr("Batch preview"));
    m_previewView->setModel(m_preview);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_previewView->verticalHeader()->hide();
    // Column widths from the first rows, not from every one of 10,000 (that alone held the window ~50 ms).
    m_previewView->horizontalHeader()->setResizeContentsPrecision(200);
    m_previewLabel = buddyLabel(tr("Batch &preview"), m_previewView, box);
    connect(m_previewView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BatchDialog::showRequest);
    m_problems = new QStringListModel(this);
    m_problemsView = new QListView(box);
    m_problemsView->setObjectName(QStringLiteral("batchProblemsListView"));
    m_problemsView->setAccessibleName(tr("Batch problems"));
    m_problemsView->setModel(m_problems);
    m_problemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsView->setWordWrap(true);
    // 10,000 wrapped lines are measured a few hundred per event-loop turn, so the window keeps answering.
    m_problemsView->setLayoutMode(QListView::Batched);
    m_problemsView->setBatchSize(200);
    m_request = new QPlainTextEdit(box);
    m_request->setObjectName(QStringLiteral("batchRequestTextEdit"));
    m_request->setAccessibleName(tr("Request of the selected run"));
    m_request->setReadOnly(true);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *splitter = new QSplitter(Qt::Vertical, box);
    splitter->setChildrenCollapsible(false);
    const auto section = [splitter](QLabel *label, QWidget *view) {
        auto *part = new QWidget(splitter);
        auto *partLayout = new QVBoxLayout(part);
        partLayout->setContentsMargins(0, 0, 0, 0);
        partLayout->addWidget(label);
        partLayout->addWidget(view, 1);
        label->setParent(part);
        view->setParent(part);
        splitter->addWidget(part);
    };
    section(m_previewLabel, m_previewView);
    section(buddyLabel(tr("Batch p&roblems"), m_problemsView, box), m_problemsView);
    section(buddyLabel(tr("Re&quest of the selected run (the API key is masked)"), m_request, box), m_request);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    layout->addWidget(splitter);
    return box;
}

QWidget *BatchDialog::createFooter()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_estimate = new QLabel(box);
    m_estimate->setObjectName(QStringLiteral("batchEstimateLabel"));
    m_estimate->setAccessibleDescription(tr("Batch estimate"));
    m_estimate->setWordWrap(true);
    layout->addWidget(m_estimate);
    m_skip = new QCheckBox(tr("&Skip rows with problems (they are listed in the manifest)"), box);
    m_skip->setObjectName(QStringLiteral("skipProblemRowsCheckBox"));
    m_skip->setChecked(true);
    connect(m_skip, &QCheckBox::toggled, this, &BatchDialog::updateFooter);
    layout->addWidget(m_skip);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, box);
    m_savePreset = buttons->addButton(tr("Sa&ve as preset…"), QDialogButtonBox::ActionRole);
    m_savePreset->setObjectName(QStringLiteral("saveBatchPresetButton"));
    m_savePreset->setAutoDefault(false);
    connect(m_savePreset, &QPushButton::clicked, this, [this] { Q_EMIT presetRequested(presetBatch()); });
    m_queue = buttons->addButton(tr("Queue runs"), QDialogButtonBox::AcceptRole);
    m_queue->setObjectName(QStringLiteral("queueBatchButton"));
    m_queue->setAccessibleName(tr("Queue runs"));
    m_queue->setAutoDefault(false);
    connect(m_queue, &QPushButton::clicked, this, &BatchDialog::queueRuns);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    return box;
}

void BatchDialog::read()
{
    if (m_reader.isRunning())
        m_reader.waitForFinished(); // a change while reading: read again with the newest choice
    const SheetFileOptions options = m_sourceBox->options();
    m_queue->setEnabled(false);
    m_savePreset->setEnabled(false);
    if (m_source.isPasted())
        m_reader.setFuture(
            QtConcurrent::run([text = m_source.pastedText, options] { return readPastedSheet(text, options.limits); }));
    else
        m_reader.setFuture(QtConcurrent::run([path = m_source.path, options] { return readSheetFile(path, options); }));
}

void BatchDialog::pasteFromClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        m_sourceBox->setNotice(tr("The clipboard holds no cells: copy them in the spreadsheet first."));
        return;
    }
    pasteCells(text);
}

void BatchDialog::pasteCells(const QString &text)
{
    m_source = BatchSource::pasted(text);
    setWindowTitle(BatchText::dialogTitle(m_source));
    m_sourceBox->showSource(m_source);
    m_sourceBox->setNotice(QString());
    read();
}

PresetBatch BatchDialog::presetBatch() const
{
    PresetBatch batch;
    if (m_source.isPasted())
        return batch;
    const SheetFileOptions options = m_sourceBox->options();
    batch.sheetPath = QFileInfo(m_source.path).absoluteFilePath();
    batch.sheetName = m_sheet.format == SheetFile::Format::Xlsx ? options.sheetName : QString();
    batch.encoding = m_sheet.format == SheetFile::Format::Csv ? sheetEncodingKey(options.encoding) : QString();
    batch.skipProblems = m_skip->isChecked();
    batch.columns = savedBatchColumns(m_sheet.read.table.header, mapping());
    return batch;
}

void BatchDialog::onRead()
{
    m_sheet = m_reader.result();
    m_sourceBox->setSheetNames(m_sheet.sheetNames);
    const QStringList &header = m_sheet.read.table.header;
    if (!m_source.saved.isEmpty() && m_sheet.ok()) {
        // A rerun preset: its own mapping, and a word when the sheet's columns are not the ones it was saved with.
        const RestoredMapping restored = restoreBatchMapping(m_source.saved.columns, header, m_base.nodes);
        m_sourceBox->setNotice(BatchText::changedColumns(m_source.presetName, restored));
        buildMapping(restored.mapping);
    } else {
        buildMapping(m_sheet.format == SheetFile::Format::Folder ? folderMapping(m_base.nodes)
                                                                 : guessBatchMapping(header, m_base.nodes));
    }
    replan();
}

void BatchDialog::buildMapping(const BatchMapping &guess)
{
    while (m_mappingForm->rowCount() > 0)
        m_mappingForm->removeRow(0);
    m_columns.clear();
    const QStringList &header = m_sheet.read.table.header;
    for (int column = 0; column < header.size(); ++column) {
        auto *combo = new QComboBox(m_mappingForm->parentWidget());
        combo->setObjectName(QStringLiteral("batchColumnComboBox"));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12); // long input names shrink with the pane instead of widening it
        combo->setAccessibleName(tr("Column %1").arg(header.at(column)));
        for (const BatchColumn &choice : std::as_const(m_choices)) {
            switch (choice.role) {
            case BatchColumn::Role::Ignore:
                combo->addItem(tr("(not used)"));
                break;
            case BatchColumn::Role::Label:
                combo->addItem(tr("Label of the run"));
                break;
            case BatchColumn::Role::InstanceType:
                combo->addItem(tr("Instance type"));
                break;
            case BatchColumn::Role::WebhookUrl:
                combo->addItem(tr("Webhook URL"));
                break;
            case BatchColumn::Role::Input:
                for (const NodeField &field : std::as_const(m_base.nodes)) {
                    if (choice.isInput(field))
                        combo->addItem(
                            tr("%1 (%2:%3)").arg(ErrorText::fieldLabel(field), field.nodeId, field.fieldName));
                }
                break;
            }
        }
        combo->setCurrentIndex(qMax(0, int(m_choices.indexOf(guess.value(column)))));
        connect(combo, &QComboBox::activated, this, &BatchDialog::replan);
        const QString name = header.at(column).isEmpty() ? tr("Column %1").arg(column + 1) : header.at(column);
        m_mappingForm->addRow(buddyLabel(name.toHtmlEscaped(), combo, combo->parentWidget()), combo);
        m_columns.append(combo);
    }
}

QString BatchDialog::sheetFolder() const
{
    if (m_source.isPasted())
        return QDir::homePath(); // pasted cells have no folder of their own
    const QFileInfo info(m_source.path);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

BatchMapping BatchDialog::mapping() const
{
    BatchMapping mapping;
    for (const QComboBox *combo : m_columns)
        mapping.append(m_choices.value(combo->currentIndex()));
    return mapping;
}

void BatchDialog::replan()
{
    // 10,000 rows take tens of milliseconds (each media cell looks at its file): a worker does it.
    if (m_planner.isRunning()) {
        m_replanAgain = true;
        return;
    }
    m_queue->setEnabled(false);
    m_planner.setFuture(
        QtConcurrent::run([table = m_sheet.read.table, mapping = mapping(), base = m_base, folder = sheetFolder()] {
            return planBatch(table, mapping, base, folder);
        }));
}

void BatchDialog::onPlanned()
{
    if (m_replanAgain) {
        m_replanAgain = false;
        replan();
        return;
    }
    const BatchPlan plan = m_planner.result();
    QStringList problems;
    if (!m_sheet.openError.isEmpty())
        problems.append(tr("The file could not be opened: %1").arg(m_sheet.openError));
    else if (!m_sheet.read.ok())
        problems.append(BatchText::readError(m_sheet.read.error, m_sheet.read.detail));
    for (const BatchProblem &problem : plan.problems)
        problems.append(problem.text);
    m_preview->setPlan(plan);
    m_problems->setStringList(problems);
    m_previewView->resizeColumnsToContents();
    if (!plan.runs.isEmpty())
        m_previewView->selectRow(0);
    showRequest();
    updateFooter();
    Q_EMIT planChanged();
}

void BatchDialog::showRequest()
{
    const int row = m_previewView->currentIndex().row();
    const BatchPlan &runs = m_preview->plan();
    m_request->setPlainText(
        row >= 0 && row < runs.runs.size() ? QString::fromUtf8(runs.runs.at(row).request.toPreviewJson()) : QString());
}

const BatchPlan &BatchDialog::plan() const
{
    return m_preview->plan();
}

int BatchDialog::runCount() const
{
    const BatchPlan &current = plan();
    const bool blocked = !m_skip->isChecked() && !current.problems.isEmpty();
    return blocked || !m_sheet.ok() ? 0 : current.goodCount();
}

void BatchDialog::updateFooter()
{
    const int runs = runCount();
    m_previewLabel->setText(plan().runs.size() == 1 ? tr("Batch &preview: 1 run")
                                                    : tr("Batch &preview: %n runs", nullptr, int(plan().runs.size())));
    const QString server = m_services->connection()->server();
    HistoryStore *history = m_services->history();
    m_estimate->setText(BatchText::estimate(runs, history->medianCoins(server, m_base.webappId),
                                            history->medianRunMs(server, m_base.webappId),
                                            m_services->settings().queueSlots()));
    m_estimate->setAccessibleName(m_estimate->text());
    m_queue->setText(runs == 1 ? tr("Queue 1 run") : tr("Queue %n runs", nullptr, runs));
    m_queue->setEnabled(runs > 0 && !isBusy());
    m_savePreset->setEnabled(!m_source.isPasted() && m_sheet.ok() && !isBusy());
    m_savePreset->setToolTip(m_source.isPasted()
                                 ? tr("Pasted cells have no file to read again: save them as a sheet first")
                                 : tr("Keep this sheet, these columns and the form's other values as a preset"));
}

void BatchDialog::queueRuns()
{
    if (runCount() <= 0)
        return;
    const QString server = m_services->connection()->server();
    BatchRecord batch;
    batch.server = server;
    batch.source = JobOrigin::Kind::Batch;
    batch.sourceRef = m_source.path;
    batch.name = QStringLiteral("%1 %2").arg(
        m_source.isPasted() ? tr("Pasted cells") : QFileInfo(m_source.path).completeBaseName(),
        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH.mm.ss")));
    QList<JobSpec> specs = batchJobSpecs(plan(), server, m_appName);
    for (JobSpec &spec : specs)
        spec.account = m_services->connection()->accountId(); // the jobs stay with the account chosen now
    // The one question before a costly batch, as for "Run ×N" (the threshold is a setting).
    const qint64 threshold = m_services->settings().coinsLimit(AppSettings::Key::ConfirmAboveCoins);
    if (!CostConfirm::ask(this, m_services->budget()->estimate(server, m_base.webappId), int(specs.size()), threshold))
        return;
    batch.id = m_services->queue()->addBatch(batch, specs);
    if (batch.id == 0) {
        m_problems->setStringList({tr("The queue could not be saved; nothing was added.")});
        return;
    }
    m_services->manifests()->writeLines(batch, ManifestRecorder::inputNames(m_base.nodes),
                                        skippedManifestLines(plan()));
    Q_EMIT batchQueued(batch.id, int(specs.size()));
    accept();
}

} // namespace rh
