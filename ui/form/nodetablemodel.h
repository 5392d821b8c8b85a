#pragma once

#include "model/fieldspec.h"
#include "model/nodefield.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPixmap>

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

    /// Media rows: the local file behind an uploaded fileName, its preview and the upload's state.
    enum class Upload { None, Uploading, Done, Failed };
    void setMedia(int row, const QString &localPath, const QPixmap &preview, Upload state, const QString &note = {});
    QString mediaPath(int row) const { return m_media.value(row).path; }
    QPixmap mediaPreview(int row) const { return m_media.value(row).preview; }
    /// A preview decoded later (off the GUI thread): kept only while the row still shows localPath and has not
    /// failed.
    void setPreview(int row, const QString &localPath, const QPixmap &preview);
    Upload uploadState(int row) const { return m_media.value(row).state; }
    int countUploads(Upload state) const;

    /// Marks rows with a problem; rows not in the map are cleared.
    void setProblems(const QHash<int, QString> &problems);
    void clearProblems() { setProblems({}); }
    bool hasProblem(int row) const { return m_problems.contains(row); }

    /// How the row's value is edited (parsed once per distinct fieldType/fieldData).
    const FieldSpec &spec(int row) const;

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
    bool offered(int row) const; ///< false when the value is not among what the app offers

    struct Media
    {
        QString path;
        QPixmap preview;
        Upload state = Upload::None;
        QString note;
    };

    NodeFields m_fields;
    QHash<int, QString> m_problems;
    QHash<int, Media> m_media;
    mutable QHash<QString, FieldSpec> m_specs;
};

} // namespace rh

Q_DECLARE_METATYPE(rh::NodeField)
