#include "batch/batchpreviewmodel.h"

#include "errortext.h"

namespace rh {

BatchPreviewModel::BatchPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BatchPreviewModel::setPlan(const BatchPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_inputs = plan.runs.isEmpty() ? NodeFields() : plan.runs.constFirst().request.nodes;
    endResetModel();
}

int BatchPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.runs.size());
}

int BatchPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedCount + int(m_inputs.size());
}

QVariant BatchPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan.runs.size())
        return {};
    const BatchRun &run = m_plan.runs.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        return run.sourceRow;
    case StatusColumn:
        return run.ok() ? tr("ready")
                        : (run.problemCount == 1 ? tr("1 problem") : tr("%n problems", nullptr, run.problemCount));
    case LabelColumn:
        return run.label;
    default:
        return run.request.nodes.value(index.column() - FixedCount).fieldValue;
    }
}

QVariant BatchPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case StatusColumn:
        return tr("Status");
    case LabelColumn:
        return tr("Label");
    default:
        return ErrorText::fieldLabel(m_inputs.value(section - FixedCount));
    }
}

} // namespace rh
