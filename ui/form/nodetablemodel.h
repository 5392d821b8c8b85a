#pragma once

#include "model/draft.h"
#include "model/fieldspec.h"
#include "model/nodefield.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPixmap>

namespace rh {

/// The editable nodeInfoList as a table over the core Draft: one row per NodeField. Every edit goes to the Draft;
/// the model only adds what is seen: problems (a promptTips node error or a validation issue, shown as colour,
/// icon and tooltip, by row until the rows change) and the previews of media files.
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

    explicit NodeTableModel(Draft *draft, QObject *parent = nullptr);

    Draft *draft() const { return m_draft; }
    NodeFields fields() const { return m_draft->fields(); }
    /// Replaces the rows (a pasted nodeInfoList, hand-made rows), keeping the app id and options.
    void setFields(const NodeFields &fields);
    const NodeField &field(int row) const { return m_draft->field(row); }
    void setFieldValue(int row, const QString &value);

    int insertField(int row, const NodeField &field = {}); ///< returns the new row
    void duplicateRow(int row);
    bool moveRowBy(int row, int delta);

    /// Media rows: the local file behind an uploaded fileName and the upload's state live in the Draft (by input);
    /// the preview is kept here by file.
    using Upload = MediaState::Upload;
    void setMedia(int row, const QString &localPath, const QPixmap &preview, Upload state, const QString &note = {});
    /// A preview decoded later (off the GUI thread), for the file wherever it is shown.
    void setPreview(const QString &localPath, const QPixmap &preview);
    /// The row's picture: the preview of its file, none while its upload failed.
    QPixmap mediaPreview(int row) const;
    QString mediaPath(int row) const { return m_draft->media(row).localPath; }
    Upload uploadState(int row) const { return m_draft->media(row).upload; }
    int countUploads(Upload state) const { return m_draft->countUploads(state); }

    /// Marks rows with a problem; rows not in the map are cleared.
    void setProblems(const QHash<int, QString> &problems);
    void clearProblems() { setProblems({}); }
    bool hasProblem(int row) const { return m_problems.contains(row); }

    /// How the row's value is edited (parsed once per distinct fieldType/fieldData).
    const FieldSpec &spec(int row) const { return m_draft->spec(row); }

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

    Draft *m_draft;
    QHash<int, QString> m_problems;
    QHash<QString, QPixmap> m_previews; ///< local file → its preview
};

} // namespace rh

Q_DECLARE_METATYPE(rh::NodeField)
