#pragma once

#include "batch/batchsource.h"
#include "batch/sheetfile.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace rh {

/// The top of the batch dialog: which file (or pasted cells) the rows come from, how to read it (encoding, sheet),
/// "Paste cells" to take the clipboard's cells instead, and a notice when a rerun preset's sheet changed.
class BatchSourceBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchSourceBox)
public:
    explicit BatchSourceBox(const BatchSource &source, QWidget *parent = nullptr);

    /// Shows @p source (after "Paste cells" replaced the file, say).
    void showSource(const BatchSource &source);
    /// The choices for reading the file now.
    SheetFileOptions options() const;
    /// The worksheets of an XLSX, once read: the box offers them, keeping the one chosen.
    void setSheetNames(const QStringList &names);
    /// A sentence above everything else ("" hides it).
    void setNotice(const QString &text);

Q_SIGNALS:
    /// The encoding or the sheet was changed: read again.
    void optionsChanged();
    /// "Paste cells" was pressed.
    void pasteRequested();

private:
    QFormLayout *m_form;
    QLabel *m_notice;
    QLabel *m_file;
    QComboBox *m_encoding;
    QComboBox *m_sheetName;
    QPushButton *m_paste;
};

} // namespace rh
