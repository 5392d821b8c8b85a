#include "form/apppicker.h"

#include "errortext.h"
#include "imagework.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPixmap>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace rh {

AppPicker::AppPicker(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_emptyLabel(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("appPicker"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search->setObjectName(QStringLiteral("appSearchLineEdit"));
    m_search->setAccessibleName(tr("Search your apps"));
    m_search->setPlaceholderText(tr("Search by name or ID"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(Qt::UserRole + 3); // name and ID together
    m_list->setObjectName(QStringLiteral("knownAppsListView"));
    m_list->setAccessibleName(tr("Your apps"));
    m_list->setModel(m_filter);
    m_list->setIconSize(QSize(CoverSize, CoverSize));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_emptyLabel->setObjectName(QStringLiteral("knownAppsEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    layout->addWidget(m_search);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_list, 1);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        if (m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
        updateEmpty();
    });
    connect(m_list, &QListView::activated, this, &AppPicker::choose);
    connect(m_list, &QListView::clicked, this, &AppPicker::choose);
    resize(380, 320);
    updateEmpty();
}

void AppPicker::setApps(const QList<KnownApp> &apps)
{
    m_model->clear();
    for (const KnownApp &app : apps) {
        const QString name = ErrorText::appLabel(app.name, app.webappId);
        auto *item = new QStandardItem(app.favourite ? tr("★ %1").arg(name) : name);
        item->setData(app.webappId, WebappIdRole);
        item->setData(app.favourite, FavouriteRole);
        item->setData(name + QLatin1Char('\n') + app.webappId, Qt::UserRole + 3);
        item->setToolTip(tr("%1 (app %2)").arg(name, app.webappId));
        item->setIcon(m_covers.value(app.webappId));
        m_model->appendRow(item);
        if (m_covers.contains(app.webappId) || app.cover.isEmpty())
            continue;
        const QString id = app.webappId;
        ImageWork::decodeScaledLater(app.cover, QSize(CoverSize, CoverSize) * devicePixelRatio(), this,
                                     [this, id](const QImage &cover) {
                                         if (cover.isNull())
                                             return;
                                         QPixmap pixmap = QPixmap::fromImage(cover);
                                         pixmap.setDevicePixelRatio(devicePixelRatio());
                                         m_covers.insert(id, QIcon(pixmap));
                                         for (int row = 0; row < m_model->rowCount(); ++row) {
                                             if (m_model->item(row)->data(WebappIdRole).toString() == id)
                                                 m_model->item(row)->setIcon(m_covers.value(id));
                                         }
                                     });
    }
    updateEmpty();
}

void AppPicker::popup(QWidget *anchor)
{
    m_search->clear();
    QPoint at = anchor->mapToGlobal(QPoint(0, anchor->height()));
    if (const QScreen *screen = anchor->screen()) {
        const QRect room = screen->availableGeometry();
        at.setX(qBound(room.left(), at.x(), qMax(room.left(), room.right() - width())));
        if (at.y() + height() > room.bottom())
            at.setY(qMax(room.top(), anchor->mapToGlobal(QPoint(0, 0)).y() - height()));
    }
    move(at);
    show();
    m_search->setFocus(Qt::PopupFocusReason);
    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
}

QStringList AppPicker::shownAppIds() const
{
    QStringList ids;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids.append(m_filter->index(row, 0).data(WebappIdRole).toString());
    return ids;
}

void AppPicker::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString id = index.data(WebappIdRole).toString();
    hide();
    Q_EMIT appChosen(id);
}

void AppPicker::updateEmpty()
{
    const bool none = m_model->rowCount() == 0;
    m_emptyLabel->setText(none ? tr("Apps you open appear here. Paste an app's ID or link into the box to start.")
                               : tr("No app matches “%1”.").arg(m_search->text().trimmed()));
    m_emptyLabel->setVisible(m_filter->rowCount() == 0);
    m_list->setVisible(m_filter->rowCount() > 0);
}

bool AppPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            m_list->setFocus();
            if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
                m_list->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            choose(m_list->currentIndex().isValid() ? m_list->currentIndex() : m_filter->index(0, 0));
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace rh
