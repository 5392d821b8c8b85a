#include "form/keyrow.h"

#include "session/connection.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QIconEngine>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace rh {

namespace {

/// The "show the key" eye, drawn at whatever size is asked for in the palette's text colour (dark themes too), struck
/// through while the key is shown. Drawn rather than the style's stock picture, a file decoded at start-up.
class EyeIconEngine final : public QIconEngine
{
public:
    explicit EyeIconEngine(bool struck)
        : m_struck(struck)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const QPalette palette = QApplication::palette();
        const QColor ink =
            palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::WindowText);
        const QRectF box = QRectF(rect).adjusted(1, 1, -1, -1);
        const qreal side = qMin(box.width(), box.height());
        const QRectF square(box.center() - QPointF(side, side) / 2, QSizeF(side, side));
        const qreal pen = qMax<qreal>(1.0, side / 12);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(ink, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        const qreal left = square.left() + pen, right = square.right() - pen, middle = square.center().y();
        QPainterPath lids(QPointF(left, middle));
        lids.quadTo(QPointF(square.center().x(), square.top() + side * 0.05), QPointF(right, middle));
        lids.quadTo(QPointF(square.center().x(), square.bottom() - side * 0.05), QPointF(left, middle));
        painter->drawPath(lids);
        painter->setBrush(ink);
        painter->drawEllipse(square.center(), side * 0.14, side * 0.14);
        Q_UNUSED(state) // the line edit's button always asks for Off; the action swaps engines instead
        if (m_struck)
            painter->drawLine(QPointF(square.left() + side * 0.15, square.bottom() - side * 0.15),
                              QPointF(square.right() - side * 0.15, square.top() + side * 0.15));
        painter->restore();
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }
    QIconEngine *clone() const override { return new EyeIconEngine(m_struck); }

private:
    bool m_struck;
};

} // namespace

KeyRow::KeyRow(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_keyEdit(new QLineEdit(this))
    , m_rememberCheck(new QCheckBox(tr("Remem&ber"), this))
    , m_keyNotice(new QLabel(this))
{
    // The notice goes under the key, never beside it: a notice arriving late (the keychain answers
    // asynchronously) must not narrow the field the user may be typing in.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *keyLine = new QHBoxLayout;
    keyLine->setContentsMargins(0, 0, 0, 0);
    m_keyEdit->setObjectName(QStringLiteral("apiKeyLineEdit"));
    m_keyEdit->setAccessibleName(tr("API key"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("32 characters, from your RunningHub account page"));
    QAction *show = m_keyEdit->addAction(QIcon(new EyeIconEngine(false)), QLineEdit::TrailingPosition);
    show->setObjectName(QStringLiteral("showApiKeyAction"));
    show->setCheckable(true);
    show->setToolTip(tr("Show the key"));
    connect(show, &QAction::toggled, m_keyEdit, [this, show](bool visible) {
        m_keyEdit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
        show->setIcon(QIcon(new EyeIconEngine(visible)));
    });
    connect(m_keyEdit, &QLineEdit::editingFinished, this, &KeyRow::commit);
    m_rememberCheck->setObjectName(QStringLiteral("rememberKeyCheckBox"));
    m_rememberCheck->setAccessibleName(tr("Remember the API key"));
    m_rememberCheck->setToolTip(tr("Keep the key in the system keychain"));
    connect(m_rememberCheck, &QCheckBox::toggled, this, [this](bool remember) {
        commit();
        m_connection->setRememberKey(remember);
    });
    m_keyNotice->setObjectName(QStringLiteral("keyNoticeLabel"));
    m_keyNotice->setVisible(false);
    m_keyNotice->setWordWrap(true);
    m_keyNotice->setStyleSheet(QStringLiteral("color:#92400e;"));
    keyLine->addWidget(m_keyEdit, 1);
    keyLine->addWidget(m_rememberCheck);
    layout->addLayout(keyLine);
    layout->addWidget(m_keyNotice);
    setFocusProxy(m_keyEdit);
    connect(connection, &Connection::changed, this, &KeyRow::showConnection);
    showConnection();
}

void KeyRow::commit()
{
    m_connection->setApiKey(m_keyEdit->text());
}

void KeyRow::markMissing(bool missing)
{
    m_keyEdit->setStyleSheet(missing ? QStringLiteral("QLineEdit { border: 2px solid #dc2626; }") : QString());
}

void KeyRow::showConnection()
{
    if (m_keyEdit->text().trimmed() != m_connection->apiKey())
        m_keyEdit->setText(m_connection->apiKey());
    const QSignalBlocker blocker(m_rememberCheck);
    m_rememberCheck->setChecked(m_connection->rememberKey());
    m_rememberCheck->setEnabled(!m_connection->isFixed() || m_connection->apiKey().isEmpty());
    QString notice;
    switch (m_connection->keyNotice()) {
    case Connection::KeyNotice::NoKeychain:
    case Connection::KeyNotice::SaveFailed:
        notice = tr("No keychain: the key is kept for this session only");
        break;
    case Connection::KeyNotice::None:
        break;
    }
    m_keyNotice->setText(notice);
    m_keyNotice->setToolTip(notice);
    m_keyNotice->setVisible(!notice.isEmpty());
}

} // namespace rh
