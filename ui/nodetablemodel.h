#pragma once

#include "model/nodefield.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rh {

/// The editable nodeInfoList: one row per NodeField. Rows can carry a problem (a promptTips node error or a
/// validation issue) that is shown as colour, icon and tooltip.
class NodeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeTableModel)
public:
    enum Column {
        LabelColumn, ///< what a person calls the input (description), read-only
        ValueColumn,
        NodeIdColumn,
        FieldNameColumn,
        NodeNameColumn,
        FieldTypeColumn,
        DescriptionColumn,
        DescriptionEnColumn,
        FieldDataColumn,
        ColumnCount
    };
    enum Role {
        FieldRole = Qt::UserRole + 1, ///< the whole NodeField (QVariant of rh::NodeField)
        ProblemRole,                  ///< the row's problem text, "" when none
    };

    explicit NodeTableModel(QObject *parent = nullptr);

    NodeFields fields() const { return m_fields; }
    void setFields(const NodeFields &fields);
    const NodeField &field(int row) const { return m_fields.at(row); }
    void setFieldValue(int row, const QString &value);

    int insertField(int row, const NodeField &field = {}); ///< returns the new row
    void duplicateRow(int row);
    bool moveRowBy(int row, int delta);

    /// Marks rows with a problem; rows not in the map are cleared.
    void setProblems(const QHash<int, QString> &problems);
    void clearProblems() { setProblems({}); }
    bool hasProblem(int row) const { return m_problems.contains(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void fieldsEdited();

private:
    static QString *member(NodeField &field, int column);

    NodeFields m_fields;
    QHash<int, QString> m_problems;
};

} // namespace rh

Q_DECLARE_METATYPE(rh::NodeField)
