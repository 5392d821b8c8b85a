#include "task/resultsview.h"
#include "displayformat.h"

#include "imagework.h"
#include "task/filerevealer.h"
#include "task/lineroom.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPixmap>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace rh {

namespace {

QString displayName(const TaskOutput &output)
{
    if (!output.localPath.isEmpty())
        return QFileInfo(output.localPath).fileName();
    const QString name = QUrl(output.fileUrl).fileName();
    return name.isEmpty() ? output.fileUrl : name;
}

QPushButton *makeButton(const QString &text, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}

} // namespace

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_revealer(new FileRevealer(this))
    , m_folderOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    // Opaque: the cost line and the buttons change with every run, and behind a see-through view each repaint ran
    // through the tabs, the splitters and the window too.
    setAutoFillBackground(true);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("resultsListView"));
    m_list->setAccessibleName(tr("Results"));
    m_list->setModel(m_model);
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(ThumbnailSize, ThumbnailSize));
    m_list->setGridSize(QSize(ThumbnailSize + 24, ThumbnailSize + 48));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Double-click or Enter (or a single click where the desktop is set up that way).
    connect(m_list, &QListView::activated, this, &ResultsView::openCurrentFile);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ResultsView::updateActions);

    m_costLabel = new QLabel(this);
    m_costLabel->setObjectName(QStringLiteral("resultsCostLabel"));
    m_costLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_costLabel->setWordWrap(true); // a long cost line wraps; it never widens the panel (and moves the splitter)

    m_openFileButton = makeButton(tr("&Open file"), QStringLiteral("openFileButton"), tr("Open file"), this);
    m_openFolderButton = makeButton(tr("Op&en folder"), QStringLiteral("openFolderButton"), tr("Open folder"), this);
    m_copyUrlButton = makeButton(tr("&Copy URL"), QStringLiteral("copyUrlButton"), tr("Copy URL"), this);
    connect(m_openFileButton, &QPushButton::clicked, this, &ResultsView::openCurrentFile);
    connect(m_openFolderButton, &QPushButton::clicked, this, &ResultsView::openCurrentFolder);
    connect(m_copyUrlButton, &QPushButton::clicked, this, &ResultsView::copyCurrentUrl);
    // The same three in the list's context menu.
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto addAction = [this](QPushButton *button, const QString &objectName) {
        auto *action = new QAction(button->text(), m_list);
        action->setObjectName(objectName);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_list->addAction(action);
        return action;
    };
    m_openFileAction = addAction(m_openFileButton, QStringLiteral("openFileAction"));
    m_openFolderAction = addAction(m_openFolderButton, QStringLiteral("openFolderAction"));
    m_copyUrlAction = addAction(m_copyUrlButton, QStringLiteral("copyUrlAction"));
    m_copyUrlAction->setShortcut(QKeySequence::Copy);
    m_copyUrlAction->setShortcutContext(Qt::WidgetShortcut);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_openFileButton);
    buttons->addWidget(m_openFolderButton);
    buttons->addWidget(m_copyUrlButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    // The cost has a line of its own, kept when empty: beside the buttons a narrow panel wrapped it into a column,
    // and a row that grows when the cost comes and shrinks when the next run clears it moves and repaints the list.
    layout->addWidget(m_costLabel);
    layout->addLayout(buttons);
    layout->addWidget(makeFolderProblemRow());
    connect(m_revealer, &FileRevealer::unavailable, this, &ResultsView::openFolderInstead);
    reserveCostLine();
    clear();
}

ResultsView::~ResultsView() = default;

QWidget *ResultsView::makeFolderProblemRow()
{
    m_folderProblemRow = new QWidget(this);
    m_folderProblemRow->setObjectName(QStringLiteral("openFolderProblemRow"));
    m_folderProblemLabel = new QLabel(m_folderProblemRow);
    m_folderProblemLabel->setObjectName(QStringLiteral("openFolderProblemLabel"));
    m_folderProblemLabel->setWordWrap(true); // a long path wraps; it never widens the panel
    m_folderProblemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // No Alt-letter: every letter of "Copy path" is taken by a control seen beside it (tst_mnemonics).
    auto *copyPath =
        makeButton(tr("Copy path"), QStringLiteral("copyPathButton"), tr("Copy the file's path"), m_folderProblemRow);
    connect(copyPath, &QPushButton::clicked, this, &ResultsView::copyProblemPath);
    auto *row = new QHBoxLayout(m_folderProblemRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_folderProblemLabel, 1);
    row->addWidget(copyPath);
    m_folderProblemRow->hide();
    return m_folderProblemRow;
}

ResultsView::Kind ResultsView::kindOf(const TaskOutput &output)
{
    QString type = output.fileType.trimmed().toLower();
    if (type.startsWith(QLatin1Char('.')))
        type.remove(0, 1);
    if (type.isEmpty())
        type = QFileInfo(QUrl(output.fileUrl).path()).suffix().toLower();
    const auto in = [&type](std::initializer_list<const char *> names) {
        return std::any_of(names.begin(), names.end(),
                           [&type](const char *name) { return type == QLatin1String(name); });
    };
    if (in({"png", "jpg", "jpeg", "webp", "gif", "bmp", "tif", "tiff", "image"}))
        return Kind::Image;
    if (in({"mp4", "webm", "mov", "mkv", "avi", "m4v", "video"}))
        return Kind::Video;
    if (in({"mp3", "wav", "flac", "ogg", "m4a", "aac", "opus", "audio"}))
        return Kind::Audio;
    if (in({"txt", "json", "md", "csv", "srt", "log", "text"}))
        return Kind::Text;
    return Kind::Other;
}

void ResultsView::clear()
{
    setOutputs({});
}

void ResultsView::setOutputs(const QList<TaskOutput> &outputs)
{
    ++m_generation;
    m_outputs = outputs;
    m_folderProblemRow->hide();
    m_model->clear();
    for (int i = 0; i < outputs.size(); ++i) {
        auto *item = new QStandardItem;
        item->setEditable(false);
        m_model->appendRow(item);
        fillItem(item, outputs.at(i), i);
    }
    if (!outputs.isEmpty())
        setCurrentIndex(0);
    updateCost();
    updateActions();
}

void ResultsView::updateOutput(int index, const TaskOutput &output)
{
    if (index < 0 || index >= m_outputs.size())
        return;
    const bool samePicture = m_outputs.at(index).localPath == output.localPath;
    m_outputs[index] = output;
    if (!samePicture)
        fillItem(m_model->item(index), output, index);
    updateCost();
    updateActions();
}

void ResultsView::fillItem(QStandardItem *item, const TaskOutput &output, int index)
{
    item->setText(displayName(output));
    item->setData(index, OutputIndexRole);
    item->setData(false, ThumbnailReadyRole);
    item->setToolTip(output.localPath.isEmpty() ? output.fileUrl
                                                : tr("%1\nSaved as %2").arg(output.fileUrl, output.localPath));
    QStyle::StandardPixmap icon = QStyle::SP_FileIcon;
    const Kind kind = kindOf(output);
    if (output.localPath.isEmpty()) {
        icon = QStyle::SP_BrowserReload; // not on disk yet: the download is still running
        item->setText(tr("Downloading…"));
    } else if (kind == Kind::Video) {
        icon = QStyle::SP_MediaPlay;
    } else if (kind == Kind::Audio) {
        icon = QStyle::SP_MediaVolume;
    } else if (kind == Kind::Text) {
        icon = QStyle::SP_FileDialogContentsView;
    }
    item->setData(kindIcon(icon), Qt::DecorationRole);
    if (kind == Kind::Image && !output.localPath.isEmpty())
        startThumbnail(index, output.localPath);
}

QIcon ResultsView::kindIcon(int standardPixmap)
{
    auto it = m_kindIcons.find(standardPixmap);
    if (it == m_kindIcons.end())
        it = m_kindIcons.insert(standardPixmap, style()->standardIcon(QStyle::StandardPixmap(standardPixmap)));
    return it.value();
}

void ResultsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        m_kindIcons.clear(); // the next outputs take the new style's icons
    if (m_costLabel && (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange))
        reserveCostLine();
    QWidget::changeEvent(event);
}

void ResultsView::reserveCostLine()
{
    m_costLabel->setMinimumHeight(
        lineRoom(m_costLabel->font(), DisplayFormat::runCost(QStringLiteral("1"), QStringLiteral("1"))));
}

void ResultsView::startThumbnail(int index, const QString &path)
{
    const quint64 generation = m_generation;
    const QSize box(ThumbnailSize, ThumbnailSize);
    ImageWork::readScaledLater(path, box, this, [this, generation, index, path](const QImage &image) {
        if (generation != m_generation || index >= m_outputs.size() || m_outputs.at(index).localPath != path)
            return; // the list changed while this was decoding
        QStandardItem *item = m_model->item(index);
        if (image.isNull()) {
            item->setToolTip(tr("%1\nThe picture could not be read.").arg(item->toolTip()));
            return;
        }
        item->setData(QPixmap::fromImage(image), Qt::DecorationRole);
        item->setData(true, ThumbnailReadyRole);
    });
}

int ResultsView::currentIndex() const
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ResultsView::setCurrentIndex(int index)
{
    m_list->selectionModel()->setCurrentIndex(m_model->index(index, 0), QItemSelectionModel::ClearAndSelect);
}

void ResultsView::openCurrentFile()
{
    const int index = currentIndex();
    if (index >= 0 && !m_outputs.at(index).localPath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_outputs.at(index).localPath));
}

void ResultsView::openCurrentFolder()
{
    const int index = currentIndex();
    if (index < 0 || m_outputs.at(index).localPath.isEmpty())
        return;
    m_folderProblemRow->hide();
    // The file manager selects the file; openFolderInstead() runs when none answers.
    m_revealer->reveal(m_outputs.at(index).localPath);
}

void ResultsView::openFolderInstead(const QString &path)
{
    if (!m_folderOpener(QUrl::fromLocalFile(QFileInfo(path).absolutePath())))
        showFolderProblem(path);
}

void ResultsView::showFolderProblem(const QString &path)
{
    m_problemPath = QDir::toNativeSeparators(path);
    m_folderProblemLabel->setText(
        tr("No file manager answered, so the folder could not be opened. The file is saved as %1").arg(m_problemPath));
    m_folderProblemRow->show();
}

void ResultsView::copyProblemPath()
{
    QApplication::clipboard()->setText(m_problemPath);
}

void ResultsView::copyCurrentUrl()
{
    const int index = currentIndex();
    if (index >= 0 && !m_outputs.at(index).fileUrl.isEmpty())
        QApplication::clipboard()->setText(m_outputs.at(index).fileUrl);
}

void ResultsView::updateActions()
{
    const int index = currentIndex();
    const bool saved = index >= 0 && !m_outputs.at(index).localPath.isEmpty();
    const bool hasUrl = index >= 0 && !m_outputs.at(index).fileUrl.isEmpty();
    m_openFileButton->setEnabled(saved);
    m_openFileAction->setEnabled(saved);
    m_openFolderButton->setEnabled(saved);
    m_openFolderAction->setEnabled(saved);
    m_copyUrlButton->setEnabled(hasUrl);
    m_copyUrlAction->setEnabled(hasUrl);
}

void ResultsView::updateCost()
{
    // The server repeats the task's cost on every output: the first one that has it speaks for the run.
    const auto it = std::find_if(m_outputs.cbegin(), m_outputs.cend(), [](const TaskOutput &output) {
        return !output.taskCostTime.isEmpty() || !output.consumeCoins.isEmpty();
    });
    QString text;
    if (it != m_outputs.cend()) {
        text = DisplayFormat::runCost(it->taskCostTime, it->consumeCoins);
    }
    m_costLabel->setText(text);
    m_costLabel->setAccessibleName(text);
}

} // namespace rh
