#include "form/nodetableeditor.h"

#include "form/fielddelegate.h"
#include "form/nodetablemodel.h"
#include "imagework.h"

#include "model/nodeinfoparser.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace rh {

namespace {

QToolButton *toolButton(QWidget *parent, const QString &objectName, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

std::function<QString(QWidget *, const QString &)> &fileChooser()
{
    static std::function<QString(QWidget *, const QString &)> chooser = [](QWidget *parent, const QString &filter) {
        return QFileDialog::getOpenFileName(parent, NodeTableEditor::tr("Choose a file to upload"), QString(), filter);
    };
    return chooser;
}

QString filterFor(const NodeField &field)
{
    const QString type = field.fieldType.toUpper();
    if (type == QLatin1String("IMAGE"))
        return NodeTableEditor::tr("Images (*.jpg *.jpeg *.png *.webp)");
    if (type == QLatin1String("VIDEO"))
        return NodeTableEditor::tr("Videos (*.mp4 *.avi *.mov *.mkv)");
    return NodeTableEditor::tr("Audio (*.mp3 *.wav *.flac)");
}

} // namespace

void NodeTableEditor::setFileChooser(std::function<QString(QWidget *, const QString &)> chooser)
{
    fileChooser() = std::move(chooser);
}

bool NodeTableEditor::isMediaRow(const NodeField &field)
{
    const QString type = field.fieldType.toUpper();
    return type == QLatin1String("IMAGE") || type == QLatin1String("VIDEO") || type == QLatin1String("AUDIO");
}

NodeTableEditor::NodeTableEditor(Draft *draft, QWidget *parent)
    : QWidget(parent)
    , m_model(new NodeTableModel(draft, this))
    , m_delegate(new FieldDelegate(this))
    , m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createTools());
    m_table->setObjectName(QStringLiteral("nodeTableView"));
    m_table->setAccessibleName(tr("Node inputs"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    // Rows grow to show a media input's preview; an app has a handful of inputs, so this stays cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(NodeTableModel::ValueColumn, QHeaderView::Stretch);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setColumnWidth(NodeTableModel::LabelColumn, 220);
    for (int column :
         {NodeTableModel::NodeNameColumn, NodeTableModel::FieldTypeColumn, NodeTableModel::DescriptionColumn,
          NodeTableModel::DescriptionEnColumn, NodeTableModel::FieldDataColumn})
        m_table->setColumnHidden(column, true);
    connect(header, &QWidget::customContextMenuRequested, this, &NodeTableEditor::showColumnMenu);
    m_table->setIconSize(QSize(48, 48));
    m_table->viewport()->setAcceptDrops(true);
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
}

QWidget *NodeTableEditor::createTools()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Inputs</b>"), row));
    layout->addStretch();
    auto *add = toolButton(row, QStringLiteral("addRowButton"), tr("+ Add"), tr("Add an input row"));
    auto *remove = toolButton(row, QStringLiteral("removeRowButton"), tr("− Remove"), tr("Remove the selected rows"));
    auto *duplicate = toolButton(row, QStringLiteral("duplicateRowButton"), tr("Duplicate"), tr("Duplicate the row"));
    auto *up = toolButton(row, QStringLiteral("moveRowUpButton"), tr("↑"), tr("Move the row up"));
    auto *down = toolButton(row, QStringLiteral("moveRowDownButton"), tr("↓"), tr("Move the row down"));
    auto *paste = toolButton(row, QStringLiteral("pasteNodeInfoButton"), tr("Paste JSON"),
                             tr("Paste a nodeInfoList (as copied from RunningHub's docs) into the table"));
    m_columnsButton = toolButton(row, QStringLiteral("technicalColumnsButton"), tr("Node details"),
                                 tr("Show the node ID and field name columns"));
    m_columnsButton->setCheckable(true);
    m_columnsButton->setChecked(true);
    auto *choose = toolButton(row, QStringLiteral("chooseMediaButton"), tr("Choose file…"),
                              tr("Choose a file for the selected image, video or audio input"));
    connect(choose, &QToolButton::clicked, this, &NodeTableEditor::chooseMedia);
    for (QToolButton *button : {choose, add, remove, duplicate, up, down, paste, m_columnsButton})
        layout->addWidget(button);
    connect(add, &QToolButton::clicked, this, &NodeTableEditor::addRow);
    connect(remove, &QToolButton::clicked, this, &NodeTableEditor::removeSelectedRows);
    connect(duplicate, &QToolButton::clicked, this, &NodeTableEditor::duplicateRow);
    connect(up, &QToolButton::clicked, this, [this] { moveRow(-1); });
    connect(down, &QToolButton::clicked, this, [this] { moveRow(1); });
    connect(paste, &QToolButton::clicked, this, &NodeTableEditor::pasteNodeInfoList);
    connect(m_columnsButton, &QToolButton::toggled, this, [this](bool on) {
        m_table->setColumnHidden(NodeTableModel::NodeIdColumn, !on);
        m_table->setColumnHidden(NodeTableModel::FieldNameColumn, !on);
        m_table->setColumnHidden(NodeTableModel::NodeNameColumn, !on);
    });
    return row;
}

NodeFields NodeTableEditor::fields() const
{
    return m_model->fields();
}

void NodeTableEditor::setFields(const NodeFields &fields)
{
    m_model->setFields(fields);
}

void NodeTableEditor::setTechnicalColumnsVisible(bool visible)
{
    m_columnsButton->setChecked(visible);
    m_table->setColumnHidden(NodeTableModel::NodeIdColumn, !visible);
    m_table->setColumnHidden(NodeTableModel::FieldNameColumn, !visible);
    m_table->setColumnHidden(NodeTableModel::NodeNameColumn, true);
}

void NodeTableEditor::markRows(const QHash<int, QString> &problems)
{
    m_model->setProblems(problems);
    if (!problems.isEmpty()) {
        int first = m_model->rowCount();
        for (auto it = problems.cbegin(); it != problems.cend(); ++it)
            first = qMin(first, it.key());
        showRow(first);
    }
}

void NodeTableEditor::showRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, NodeTableModel::ValueColumn);
    m_table->scrollTo(index);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int NodeTableEditor::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void NodeTableEditor::addRow()
{
    const int row = m_model->insertField(currentRow() < 0 ? m_model->rowCount() : currentRow() + 1);
    setTechnicalColumnsVisible(true);
    const QModelIndex index = m_model->index(row, NodeTableModel::NodeIdColumn);
    m_table->setCurrentIndex(index);
    m_table->edit(index);
}

void NodeTableEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && currentRow() >= 0)
        rows.append(currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_model->removeRows(row, 1);
}

void NodeTableEditor::duplicateRow()
{
    if (currentRow() >= 0)
        m_model->duplicateRow(currentRow());
}

void NodeTableEditor::moveRow(int delta)
{
    const int row = currentRow();
    if (m_model->moveRowBy(row, delta))
        showRow(row + delta);
}

void NodeTableEditor::pasteNodeInfoList()
{
    const QString text = QApplication::clipboard()->text();
    const NodeInfoParse parsed = parseNodeInfoList(text);
    if (!parsed.ok) {
        Q_EMIT pasteFailed(
            tr("The clipboard holds no nodeInfoList. Copy a JSON list such as "
               "[{\"nodeId\": \"6\", \"fieldName\": \"text\", \"fieldValue\": \"…\"}] and paste again."));
        return;
    }
    NodeFields fields = m_model->fields();
    for (const NodeField &incoming : parsed.fields) {
        auto same = std::find_if(fields.begin(), fields.end(), [&](const NodeField &f) { return f.sameKey(incoming); });
        if (same != fields.end())
            same->fieldValue = incoming.fieldValue;
        else
            fields.append(incoming);
    }
    m_model->setFields(fields);
    setTechnicalColumnsVisible(true);
}

void NodeTableEditor::showColumnMenu(const QPoint &pos)
{
    QMenu menu;
    for (int column = 0; column < NodeTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        action->setEnabled(column != NodeTableModel::ValueColumn);
        connect(action, &QAction::toggled, m_table, [this, column](bool on) { m_table->setColumnHidden(column, !on); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

} // namespace rh

namespace rh {

int NodeTableEditor::mediaRowAt(const QPoint &viewportPos) const
{
    const QModelIndex index = m_table->indexAt(viewportPos);
    if (index.isValid() && isMediaRow(m_model->field(index.row())))
        return index.row();
    // Dropped beside the rows: the first media input, if there is exactly one kind of place for it.
    const NodeFields fields = m_model->fields();
    for (int row = 0; row < fields.size(); ++row) {
        if (isMediaRow(fields.at(row)))
            return row;
    }
    return -1;
}

bool NodeTableEditor::takeFile(const QString &path)
{
    int row = currentRow();
    if (row < 0 || !isMediaRow(m_model->field(row)))
        row = mediaRowAt(QPoint(-1, -1));
    if (row < 0) {
        Q_EMIT pasteFailed(tr("This app has no image, video or audio input."));
        return false;
    }
    Q_EMIT mediaChosen(row, path);
    return true;
}

void NodeTableEditor::chooseMedia()
{
    int row = currentRow();
    if (row < 0 || !isMediaRow(m_model->field(row)))
        row = mediaRowAt(QPoint(-1, -1));
    if (row < 0) {
        Q_EMIT pasteFailed(tr("This app has no image, video or audio input."));
        return;
    }
    const QString path = fileChooser()(this, filterFor(m_model->field(row)));
    if (!path.isEmpty())
        Q_EMIT mediaChosen(row, path);
}

bool NodeTableEditor::pasteImage()
{
    const QImage image = QApplication::clipboard()->image();
    const int row = currentRow() >= 0 && isMediaRow(m_model->field(currentRow())) ? currentRow() : mediaRowAt({-1, -1});
    if (image.isNull() || row < 0 || m_model->field(row).fieldType.toUpper() != QLatin1String("IMAGE"))
        return false;
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/pasted");
    QDir().mkpath(folder);
    const QString path =
        folder + QStringLiteral("/pasted-%1.png")
                     .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    // Encoding a screenshot-sized PNG takes long enough to stall the window: on a worker. The row is found again
    // by its field when the file is written, in case rows moved meanwhile.
    const NodeField field = m_model->field(row);
    ImageWork::savePngLater(image, path, this, [this, field, folder, path](bool saved) {
        if (!saved) {
            Q_EMIT pasteFailed(tr("The pasted image could not be saved to %1.").arg(folder));
            return;
        }
        const NodeFields fields = m_model->fields();
        for (int at = 0; at < fields.size(); ++at) {
            if (fields.at(at).sameKey(field)) {
                Q_EMIT mediaChosen(at, path);
                return;
            }
        }
    });
    return true;
}

bool NodeTableEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste) && QApplication::clipboard()->mimeData()->hasImage())
            return pasteImage();
        return false;
    }
    if (watched != m_table->viewport())
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        if (drag->mimeData()->hasUrls() && mediaRowAt(drag->position().toPoint()) >= 0) {
            drag->acceptProposedAction();
            return true;
        }
        return false;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const int row = mediaRowAt(drop->position().toPoint());
        const QList<QUrl> urls = drop->mimeData()->urls();
        if (row < 0 || urls.isEmpty() || !urls.first().isLocalFile())
            return false;
        drop->acceptProposedAction();
        Q_EMIT mediaChosen(row, urls.first().toLocalFile());
        return true;
    }
    default:
        return false;
    }
}

} // namespace rh
