#pragma once

#include <QAbstractTableModel>

namespace rh {

class RunQueue;

/// The run queue as a table, one row a job in queue order: label, app, state (History's words), task id,
/// attempts, cost. Waiting jobs can be dragged to another place. Follows the queue's signals; holds no copy.
class QueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueModel)
public:
    enum Column { LabelColumn, AppColumn, StateColumn, TaskIdColumn, AttemptsColumn, CostColumn, ColumnCount };
    enum Role {
        JobIdRole = Qt::UserRole + 1, ///< qint64
        StateRole,                    ///< int(JobState)
        BatchIdRole,                  ///< qint64 (0 = none)
    };
    static QString mimeType() { return QStringLiteral("application/x-rhdesk-queue-jobs"); }

    explicit QueueModel(RunQueue *queue, QObject *parent = nullptr);

    qint64 jobId(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

private:
    RunQueue *m_queue;
    int m_rows = 0; ///< rows announced to views (the queue appends before it says so)
};

} // namespace rh
