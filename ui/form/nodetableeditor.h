#pragma once

#include "model/nodefield.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QTableView;
class QToolButton;

namespace rh {

class Draft;
class FieldDelegate;
class NodeTableModel;

/// The node table with its tools: add, remove, duplicate, move, paste a nodeInfoList, show node details.
class NodeTableEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeTableEditor)
public:
    explicit NodeTableEditor(Draft *draft, QWidget *parent = nullptr);

    NodeTableModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    FieldDelegate *delegate() const { return m_delegate; }
    NodeFields fields() const;
    void setFields(const NodeFields &fields);
    /// Node ID / field name columns: shown for hand-made rows, hidden when an app's inputs are loaded.
    void setTechnicalColumnsVisible(bool visible);
    void markRows(const QHash<int, QString> &problems);
    /// Selects and scrolls to the row; used to take the user to a problem.
    void showRow(int row);

    /// A file dropped somewhere else in the window: it goes to the selected media input, else the first one.
    /// False (with pasteFailed) when the app has no media input.
    bool takeFile(const QString &path);
    /// IMAGE, VIDEO or AUDIO: rows that take a file.
    static bool isMediaRow(const NodeField &field);
    /// The file-dialog seam: tests set a function that answers instead of the dialog.
    static void setFileChooser(std::function<QString(QWidget *, const QString &filter)> chooser);

Q_SIGNALS:
    void pasteFailed(const QString &sentence);
    /// The user picked, dropped or pasted a file for a media row.
    void mediaChosen(int row, const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createTools();
    void addRow();
    void removeSelectedRows();
    void duplicateRow();
    void moveRow(int delta);
    void pasteNodeInfoList();
    void showColumnMenu(const QPoint &pos);
    void chooseMedia();
    bool pasteImage();
    int mediaRowAt(const QPoint &viewportPos) const;
    int currentRow() const;

    NodeTableModel *m_model;
    FieldDelegate *m_delegate;
    QTableView *m_table;
    QToolButton *m_columnsButton = nullptr;
};

} // namespace rh
