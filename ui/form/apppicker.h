#pragma once

#include "store/appcache.h"

#include <QFrame>
#include <QHash>
#include <QIcon>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace rh {

/// The apps seen on this server, by name and cover: favourites first, then the most recently opened. A popup under
/// the app box: type to search by name or ID, Enter or a click opens the app.
class AppPicker final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppPicker)
public:
    static constexpr int CoverSize = 32;
    enum Role { WebappIdRole = Qt::UserRole + 1, FavouriteRole };

    explicit AppPicker(QWidget *parent = nullptr);

    void setApps(const QList<KnownApp> &apps);
    /// Opens under @p anchor with an empty search and the focus in it.
    void popup(QWidget *anchor);
    QLineEdit *searchEdit() const { return m_search; }
    QListView *listView() const { return m_list; }
    /// The app IDs listed now (after the search), in order.
    QStringList shownAppIds() const;

Q_SIGNALS:
    void appChosen(const QString &webappId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const QModelIndex &index);
    void updateEmpty();

    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_emptyLabel;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QHash<QString, QIcon> m_covers; ///< decoded covers by app ID, kept across refreshes
};

} // namespace rh
