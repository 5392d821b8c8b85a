#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace rh {

class Draft;
class InputRow;
class NodeTableModel;

/// The app's inputs as a property sheet: one row per input, its label (the editor's buddy) beside an editor that is
/// always there — no double-click. It shows the Draft and edits it: every edit goes to Draft::setValue, every Draft
/// change is shown. Esc puts back the value the input had when it got the focus. Problems and previews come from
/// the node table model, so the sheet and the Advanced table always agree.
class InputSheet final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputSheet)
public:
    InputSheet(Draft *draft, NodeTableModel *model, QWidget *parent = nullptr);

    int rowCount() const { return int(m_rows.size()); }
    InputRow *row(int row) const { return m_rows.value(row).input; }
    QLabel *label(int row) const { return m_rows.value(row).label; }
    /// The width the labels want (the longest, up to a limit beyond which they wrap).
    int naturalLabelWidth() const;
    /// Makes the label column this wide, so it lines up with the form's other labels.
    void setLabelWidth(int width);
    /// Tab goes from @p widget into the sheet's first editor (rows are rebuilt when the app changes).
    void setTabAnchor(QWidget *widget);
    /// One sentence per input whose typed value is refused right now ("Label: why"); Run waits for none.
    QStringList pendingRefusals() const;
    /// Brings a row into view and gives its editor the focus (to take the user to a problem).
    void showRow(int row);

Q_SIGNALS:
    /// A file picked, dropped or pasted for a media input.
    void mediaChosen(int row, const QString &path);
    /// The rows were made anew (another app, rows added or removed).
    void rebuilt();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QLabel *label = nullptr;
        InputRow *input = nullptr;
        QString valueAtFocus; ///< what Esc puts back
    };

    void rebuild();
    void addRow(int row);
    void showValue(int row, bool force = false);
    void showProblems();
    void showPreview(const QString &path);
    void chainTabOrder();
    int rowOfWidget(QObject *widget) const;
    int labelLimit() const;

    Draft *m_draft;
    NodeTableModel *m_model;
    QFormLayout *m_layout;
    QLabel *m_emptyLabel;
    QList<Row> m_rows;
    QPointer<QWidget> m_tabAnchor;
    int m_focusRow = -1;  ///< the row the focus is in, -1 when outside the sheet
    int m_labelWidth = 0; ///< the label column's width, kept for rows made later
};

} // namespace rh
