#include "form/mediafield.h"

#include "errortext.h"
#include "form/formtext.h"
#include "form/mediafiles.h"
#include "form/previewcache.h"

#include "model/mediatext.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>

namespace rh {

namespace {

QString localFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    return !urls.isEmpty() && urls.constFirst().isLocalFile() ? urls.constFirst().toLocalFile() : QString();
}

} // namespace

MediaField::MediaField(const FieldSpec &spec, const QString &fieldType, const QString &label, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_fieldType(fieldType)
    , m_thumbnail(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_chooseButton(new QPushButton(tr("Choose…"), this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mediaValueEditor"));
    setAcceptDrops(true);
    m_thumbnail->setObjectName(QStringLiteral("mediaThumbnailLabel"));
    m_thumbnail->setFixedSize(PreviewCache::PreviewSize, PreviewCache::PreviewSize);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_nameEdit->setObjectName(QStringLiteral("mediaNameLineEdit"));
    m_nameEdit->setAccessibleName(label);
    m_nameEdit->setPlaceholderText(tr("Choose, drop or paste a file"));
    m_nameEdit->setAcceptDrops(false); // a dropped file is a file for the input, not text for the box
    m_nameEdit->installEventFilter(this);
    m_chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    m_chooseButton->setAccessibleName(tr("Choose a file for %1").arg(label));
    m_chooseButton->setToolTip(tr("Choose a file for %1").arg(label));
    m_statusLabel->setObjectName(QStringLiteral("mediaStatusLabel"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_thumbnail, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(m_nameEdit, 0, 1);
    layout->addWidget(m_chooseButton, 0, 2);
    layout->addWidget(m_statusLabel, 1, 1, 1, 2);
    layout->setColumnStretch(1, 1);
    setFocusProxy(m_nameEdit);
    connect(m_chooseButton, &QPushButton::clicked, this, &MediaField::choose);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &MediaField::takeTyped);
    connect(m_nameEdit, &QLineEdit::editingFinished, this, &MediaField::takeTyped);
}

void MediaField::setState(const QString &fieldValue, const MediaState &media)
{
    m_shownName = FormText::mediaName(media, fieldValue);
    if (!m_nameEdit->hasFocus() || m_nameEdit->text() == m_shownName || !m_nameEdit->isModified())
        m_nameEdit->setText(m_shownName);
    m_nameEdit->setToolTip(media.localPath.isEmpty() ? fieldValue : QDir::toNativeSeparators(media.localPath));
    showStatus(FormText::mediaStatus(media, fieldValue, m_spec), media.upload == MediaState::Upload::Failed);
    if (media.localPath.isEmpty() || media.upload == MediaState::Upload::Failed)
        setPreview({});
}

void MediaField::setPreview(const QPixmap &preview)
{
    m_thumbnail->setPixmap(preview);
    if (preview.isNull())
        m_thumbnail->setText(m_spec.kind == FieldSpec::Kind::Image   ? tr("Image")
                             : m_spec.kind == FieldSpec::Kind::Video ? tr("Video")
                                                                     : tr("Sound"));
}

QString MediaField::statusText() const
{
    return m_status;
}

void MediaField::discardTyping()
{
    m_nameEdit->setText(m_shownName);
    m_nameEdit->setModified(false);
}

void MediaField::showStatus(const QString &text, bool problem)
{
    m_status = text;
    m_statusIsProblem = problem;
    m_statusLabel->setAccessibleName(text);
    m_statusLabel->setToolTip(text);
    m_statusLabel->setStyleSheet(problem ? QStringLiteral("color:#991b1b;") : QStringLiteral("color:palette(mid);"));
    fitStatus();
}

void MediaField::fitStatus()
{
    // A sentence (why a file was refused) wraps; a state with a long server fileName is cut in the middle, so the
    // cell never grows wider than the form for a name nobody reads whole.
    m_statusLabel->setWordWrap(m_statusIsProblem);
    m_statusLabel->setText(m_statusIsProblem ? m_status
                                             : m_statusLabel->fontMetrics().elidedText(
                                                   m_status, Qt::ElideMiddle, qMax(40, m_statusLabel->width())));
}

void MediaField::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitStatus();
}

void MediaField::refuse(const QString &sentence)
{
    m_nameEdit->setText(m_shownName);
    m_nameEdit->setModified(false);
    showStatus(sentence, true);
}

void MediaField::choose()
{
    const QString path = MediaFiles::choose(this, m_fieldType);
    if (!path.isEmpty())
        Q_EMIT fileChosen(path);
}

void MediaField::takeTyped()
{
    const QString typed = m_nameEdit->text();
    if (!m_nameEdit->isModified() || typed == m_shownName)
        return;
    m_nameEdit->setModified(false);
    const MediaText text = MediaText::classify(typed, QDir::homePath());
    switch (text.kind) {
    case MediaText::Kind::Empty:
        m_nameEdit->setText(m_shownName); // an input cannot be emptied by accident; the Advanced table can
        return;
    case MediaText::Kind::LocalPath: {
        const QFileInfo info(text.text);
        if (!info.isFile() || !info.isReadable()) {
            refuse(ErrorText::forMissingFile(text.text));
            return;
        }
        m_nameEdit->setText(info.fileName());
        Q_EMIT fileChosen(info.absoluteFilePath());
        return;
    }
    case MediaText::Kind::ServerFile:
        Q_EMIT serverFileTyped(text.text);
        return;
    }
}

bool MediaField::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    const QString copiedFile = localFileOf(mime);
    if (!copiedFile.isEmpty()) {
        Q_EMIT fileChosen(copiedFile);
        return true;
    }
    if (m_spec.kind == FieldSpec::Kind::Image && MediaFiles::clipboardHasImage()) {
        return MediaFiles::pasteImage(
            this, [this](const QString &path) { Q_EMIT fileChosen(path); },
            [this](const QString &sentence) { showStatus(sentence, true); });
    }
    if (mime && mime->hasText()) {
        // A pasted path is taken at once, as a dropped file would be.
        m_nameEdit->setText(mime->text().trimmed());
        m_nameEdit->setModified(true);
        takeTyped();
        return true;
    }
    return false;
}

bool MediaField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_nameEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste))
        return paste();
    return QWidget::eventFilter(watched, event);
}

void MediaField::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFileOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MediaField::dropEvent(QDropEvent *event)
{
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT fileChosen(path);
}

} // namespace rh
