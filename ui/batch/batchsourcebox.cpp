#include "batch/batchsourcebox.h"

#include "batch/batchpreset.h"
#include "batch/batchtext.h"
#include "batch/buddylabel.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace rh {

BatchSourceBox::BatchSourceBox(const BatchSource &source, QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_notice(new QLabel(this))
    , m_file(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_sheetName(new QComboBox(this))
    , m_paste(new QPushButton(tr("P&aste cells"), this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_notice->setObjectName(QStringLiteral("batchNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_form->addRow(m_notice);
    m_file->setObjectName(QStringLiteral("batchFileLabel"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_paste->setObjectName(QStringLiteral("pasteCellsButton"));
    m_paste->setToolTip(tr("Take the cells copied in a spreadsheet (the first row names the columns) instead"));
    m_paste->setAutoDefault(false);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_paste);
    m_form->addRow(tr("File:"), fileRow);
    m_encoding->setObjectName(QStringLiteral("batchEncodingComboBox"));
    for (SheetEncoding encoding : {SheetEncoding::Auto, SheetEncoding::Utf8, SheetEncoding::Gb18030,
                                   SheetEncoding::Utf16LE, SheetEncoding::Utf16BE})
        m_encoding->addItem(BatchText::encodingName(encoding), int(encoding));
    m_form->addRow(buddyLabel(tr("&Encoding:"), m_encoding, this), m_encoding);
    m_sheetName->setObjectName(QStringLiteral("batchSheetComboBox"));
    m_form->addRow(buddyLabel(tr("S&heet:"), m_sheetName, this), m_sheetName);
    connect(m_encoding, &QComboBox::activated, this, &BatchSourceBox::optionsChanged);
    connect(m_sheetName, &QComboBox::activated, this, &BatchSourceBox::optionsChanged);
    connect(m_paste, &QPushButton::clicked, this, &BatchSourceBox::pasteRequested);
    setNotice(QString());
    showSource(source);
    // A rerun preset reads its sheet as it was read when saved.
    const int encoding = m_encoding->findData(int(sheetEncodingFromKey(source.saved.encoding)));
    m_encoding->setCurrentIndex(qMax(0, encoding));
    if (!source.saved.sheetName.isEmpty())
        m_sheetName->addItem(source.saved.sheetName);
}

void BatchSourceBox::showSource(const BatchSource &source)
{
    if (source.isPasted()) {
        m_file->setText(tr("Cells pasted from the clipboard"));
        // Pasted cells have no folder of their own: relative media paths are taken from the home folder.
        m_file->setToolTip(
            tr("Relative file paths in the cells are taken from %1").arg(QDir::toNativeSeparators(QDir::homePath())));
    } else {
        // The name, whole; the folder in the tooltip (a long folder would push the dialog wider than the screen).
        m_file->setText(QFileInfo(source.path).fileName());
        m_file->setToolTip(QDir::toNativeSeparators(source.path));
    }
    m_file->setAccessibleName(m_file->text());
    const QFileInfo info(source.path);
    const bool xlsx = info.suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    m_form->setRowVisible(m_encoding, !source.isPasted() && !xlsx && !info.isDir());
    m_form->setRowVisible(m_sheetName, xlsx);
    if (source.isPasted())
        m_sheetName->clear();
}

SheetFileOptions BatchSourceBox::options() const
{
    SheetFileOptions options;
    options.encoding = SheetEncoding(m_encoding->currentData().toInt());
    options.sheetName = m_sheetName->currentText();
    return options;
}

void BatchSourceBox::setSheetNames(const QStringList &names)
{
    QStringList offered;
    for (int i = 0; i < m_sheetName->count(); ++i)
        offered.append(m_sheetName->itemText(i));
    if (names.isEmpty() || offered == names)
        return;
    const QString current = m_sheetName->currentText();
    m_sheetName->clear();
    m_sheetName->addItems(names);
    m_sheetName->setCurrentIndex(qMax(0, int(names.indexOf(current))));
}

void BatchSourceBox::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setAccessibleName(text);
    m_form->setRowVisible(m_notice, !text.isEmpty());
}

} // namespace rh
