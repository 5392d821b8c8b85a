#pragma once

#include "model/draft.h"
#include "model/fieldspec.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rh {

/// An IMAGE, VIDEO or AUDIO input as a file cell: a thumbnail, the user's file name (or the server's fileName),
/// a Choose button and a line under it saying where the file stands. A file can be chosen, dropped, or pasted (a
/// picture, a copied file, or its path). A typed or pasted path on this computer is a file to upload, never text
/// for the server: it is uploaded when it exists, refused otherwise.
class MediaField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaField)
public:
    MediaField(const FieldSpec &spec, const QString &fieldType, const QString &label, QWidget *parent = nullptr);

    /// Shows the input as the Draft has it.
    void setState(const QString &fieldValue, const MediaState &media);
    void setPreview(const QPixmap &preview);
    QLineEdit *nameEdit() const { return m_nameEdit; }
    QPushButton *chooseButton() const { return m_chooseButton; }
    QString statusText() const;
    /// Drops what was typed in the name box and shows the input as it is again (Esc).
    void discardTyping();

Q_SIGNALS:
    /// A local file to upload for this input.
    void fileChosen(const QString &path);
    /// A fileName the server already has, typed by hand.
    void serverFileTyped(const QString &fileName);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();
    void takeTyped();
    bool paste();
    void refuse(const QString &sentence);
    void showStatus(const QString &text, bool problem);
    void fitStatus();

    FieldSpec m_spec;
    QString m_fieldType;
    QString m_shownName; ///< what the name box shows for the Draft's state
    QString m_status;    ///< the whole line under the box (shown elided when it is no sentence)
    bool m_statusIsProblem = false;
    QLabel *m_thumbnail;
    QLineEdit *m_nameEdit;
    QPushButton *m_chooseButton;
    QLabel *m_statusLabel;
};

} // namespace rh
