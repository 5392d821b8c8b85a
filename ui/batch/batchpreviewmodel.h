#pragma once

#include "batch/batchplan.h"

#include <QAbstractTableModel>

namespace rh {

/// The runs a batch would make, one row each: the sheet's row, the label, every input's value, and whether the
/// row is ready or has problems (those are skipped or block the batch).
class BatchPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchPreviewModel)
public:
    explicit BatchPreviewModel(QObject *parent = nullptr);

    void setPlan(const BatchPlan &plan);
    const BatchPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum Fixed { RowColumn, StatusColumn, LabelColumn, FixedCount };

    BatchPlan m_plan;
    NodeFields m_inputs; ///< the columns after the fixed ones
};

} // namespace rh
