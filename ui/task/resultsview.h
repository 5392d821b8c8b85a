#pragma once

#include "model/taskoutput.h"

#include <QHash>
#include <QIcon>
#include <QList>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QListView;
class QModelIndex;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QUrl;

namespace rh {

class FileRevealer;

/// A run's outputs as a grid: image thumbnails (decoded off the GUI thread), icons for video, audio, text and
/// other files, a placeholder while a file is still downloading; open the file or its folder, copy its URL.
class ResultsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsView)
public:
    enum class Kind { Image, Video, Audio, Text, Other };
    static constexpr int ThumbnailSize = 160;
    enum Role {
        OutputIndexRole = Qt::UserRole + 1, ///< int: index into outputs()
        ThumbnailReadyRole,                 ///< bool: the decoration is the decoded image
    };

    explicit ResultsView(QWidget *parent = nullptr);
    ~ResultsView() override;

    void setOutputs(const QList<rh::TaskOutput> &outputs);
    /// One output changed (e.g. its download landed): only that one is redrawn.
    void updateOutput(int index, const rh::TaskOutput &output);
    void clear();
    QList<TaskOutput> outputs() const { return m_outputs; }
    int outputsCount() const { return int(m_outputs.size()); }
    /// The selected output's index, or -1.
    int currentIndex() const;
    void setCurrentIndex(int index);

    /// What an output is, from its fileType (or the URL's suffix when the type is missing).
    static Kind kindOf(const TaskOutput &output);

    /// Asks the file manager to select a file (tests point it at a fake service).
    FileRevealer *fileRevealer() const { return m_revealer; }
    /// Opens a folder when no file manager selects the file; true when something answered. Tests replace
    /// QDesktopServices::openUrl with one that fails.
    using FolderOpener = std::function<bool(const QUrl &)>;
    void setFolderOpener(FolderOpener opener) { m_folderOpener = std::move(opener); }

public Q_SLOTS:
    void openCurrentFile();
    void openCurrentFolder();
    void copyCurrentUrl();
    /// Puts the path of the file "Open folder" could not show on the clipboard.
    void copyProblemPath();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The style's icon for a kind of output, read once: the style reads its icon files on every call (about 1 M
    /// instructions each, once per output of every run).
    QIcon kindIcon(int standardPixmap);
    void fillItem(QStandardItem *item, const TaskOutput &output, int index);
    void startThumbnail(int index, const QString &path);
    void updateActions();
    void updateCost();
    /// One line for the cost even while there is none: the list above keeps its height from run to run.
    void reserveCostLine();
    QWidget *makeFolderProblemRow();
    void openFolderInstead(const QString &path);
    void showFolderProblem(const QString &path);

    QList<TaskOutput> m_outputs;
    QHash<int, QIcon> m_kindIcons;
    quint64 m_generation = 0; ///< thumbnails decoded for an older list are dropped
    QStandardItemModel *m_model;
    QListView *m_list;
    QLabel *m_costLabel = nullptr;
    QPushButton *m_openFileButton;
    QPushButton *m_openFolderButton;
    QPushButton *m_copyUrlButton;
    QAction *m_openFileAction;
    QAction *m_openFolderAction;
    QAction *m_copyUrlAction;
    FileRevealer *m_revealer;
    FolderOpener m_folderOpener;
    QWidget *m_folderProblemRow;
    QLabel *m_folderProblemLabel;
    QString m_problemPath;
};

} // namespace rh
