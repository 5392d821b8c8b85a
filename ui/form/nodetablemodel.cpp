#include "form/nodetablemodel.h"

#include "errortext.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

namespace rh {

namespace {

/// A multi-line value in one cell: its first line with text (real prompts may start with blank lines), and " …"
/// when more text follows; the tooltip and the editor show the whole value.
QString oneLine(const QString &value)
{
    const QStringList lines = value.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const bool more = !lines.mid(i + 1).join(QLatin1Char('\n')).trimmed().isEmpty();
        return more ? line + QStringLiteral(" …") : line;
    }
    return {};
}

} // namespace

NodeTableModel::NodeTableModel(Draft *draft, QObject *parent)
    : QAbstractTableModel(parent)
    , m_draft(draft)
{
    Q_ASSERT(draft);
    connect(draft, &Draft::aboutToReset, this, [this] {
        beginResetModel();
        m_problems.clear();
    });
    connect(draft, &Draft::reset, this, [this] {
        endResetModel();
        Q_EMIT fieldsEdited();
    });
    connect(draft, &Draft::fieldChanged, this, [this](int row) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        Q_EMIT fieldsEdited();
    });
}

void NodeTableModel::setFields(const NodeFields &fields)
{
    RunRequest request;
    request.webappId = m_draft->webappId();
    request.nodes = fields;
    request.instanceType = m_draft->instanceType();
    request.webhookUrl = m_draft->webhookUrl();
    m_draft->setRequest(request);
}

void NodeTableModel::setFieldValue(int row, const QString &value)
{
    setData(index(row, ValueColumn), value);
}

int NodeTableModel::insertField(int row, const NodeField &field)
{
    return m_draft->insertField(row, field);
}

void NodeTableModel::duplicateRow(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    insertField(row + 1, field(row));
}

bool NodeTableModel::moveRowBy(int row, int delta)
{
    return delta != 0 && m_draft->moveField(row, row + delta);
}

void NodeTableModel::setMedia(int row, const QString &localPath, const QPixmap &preview, Upload state,
                              const QString &note)
{
    if (row < 0 || row >= rowCount())
        return;
    if (!preview.isNull())
        m_previews.insert(localPath, preview);
    m_draft->setMedia(FieldKey::of(field(row)), {state, localPath, note});
}

void NodeTableModel::setPreview(const QString &localPath, const QPixmap &preview)
{
    m_previews.insert(localPath, preview);
    for (int row = 0; row < rowCount(); ++row) {
        if (mediaPath(row) == localPath)
            Q_EMIT dataChanged(index(row, ValueColumn), index(row, ValueColumn));
    }
}

QPixmap NodeTableModel::mediaPreview(int row) const
{
    const MediaState media = m_draft->media(row);
    return media.upload == Upload::Failed ? QPixmap() : m_previews.value(media.localPath);
}

void NodeTableModel::setProblems(const QHash<int, QString> &problems)
{
    m_problems = problems;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int NodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_draft->rowCount();
}

int NodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString *NodeTableModel::member(NodeField &field, int column)
{
    switch (column) {
    case ValueColumn:
        return &field.fieldValue;
    case NodeIdColumn:
        return &field.nodeId;
    case FieldNameColumn:
        return &field.fieldName;
    case NodeNameColumn:
        return &field.nodeName;
    case FieldTypeColumn:
        return &field.fieldType;
    case DescriptionColumn:
        return &field.description;
    case DescriptionEnColumn:
        return &field.descriptionEn;
    case FieldDataColumn:
        return &field.fieldData;
    default:
        return nullptr;
    }
}

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const NodeField &field = m_draft->field(index.row());
    const MediaState media = m_draft->media(index.row());
    const QString problem = m_problems.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        if (index.column() == LabelColumn)
            return ErrorText::fieldLabel(field);
        QString *value = member(const_cast<NodeField &>(field), index.column());
        if (!value)
            return {};
        if (role == Qt::DisplayRole && index.column() == ValueColumn) {
            if (value->contains(QLatin1Char('\n')))
                return oneLine(*value);
            const FieldSpec &fieldSpec = spec(index.row());
            if (fieldSpec.hasOptions())
                return fieldSpec.labelFor(*value);
        }
        return *value;
    }
    case Qt::ToolTipRole:
        if (!problem.isEmpty())
            return problem;
        if (index.column() == ValueColumn && !offered(index.row()))
            return tr("The app does not offer this value (%1). It is kept as it is; choose another if the run fails.")
                .arg(field.fieldValue);
        if (index.column() == ValueColumn && !media.isEmpty())
            return media.note;
        if (index.column() == ValueColumn &&
            (field.fieldValue.size() > 40 || field.fieldValue.contains(QLatin1Char('\n'))))
            return field.fieldValue;
        if (index.column() == ValueColumn && !spec(index.row()).tooltip.isEmpty())
            return spec(index.row()).tooltip;
        if (index.column() == LabelColumn)
            return tr("Node %1 (%2), field %3").arg(field.nodeId, field.nodeName, field.fieldName);
        return {};
    case Qt::BackgroundRole:
        if (!problem.isEmpty())
            return QBrush(QColor(0xfe, 0xe2, 0xe2));
        if (index.column() == ValueColumn && !offered(index.row()))
            return QBrush(QColor(0xff, 0xed, 0xd5));
        return {};
    case Qt::ForegroundRole:
        return problem.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0x7f, 0x1d, 0x1d)));
    case Qt::DecorationRole:
        if (index.column() == LabelColumn && !problem.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (index.column() == ValueColumn && !mediaPreview(index.row()).isNull())
            return mediaPreview(index.row());
        return {};
    case Qt::AccessibleDescriptionRole:
        return problem;
    case FieldRole:
        return QVariant::fromValue(field);
    case ProblemRole:
        return problem;
    default:
        return {};
    }
}

bool NodeTableModel::offered(int row) const
{
    const NodeField &field = m_draft->field(row);
    if (field.fieldType.isEmpty() || field.fieldValue.isEmpty())
        return true;
    const FieldSpec &fieldSpec = spec(row);
    return !fieldSpec.dataUnderstood || fieldSpec.accepts(field.fieldValue);
}

bool NodeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    NodeField edited = m_draft->field(index.row());
    QString *target = member(edited, index.column());
    if (!target)
        return false;
    const QString text = value.toString();
    if (*target == text)
        return true;
    *target = text;
    m_problems.remove(index.row());
    if (index.column() == ValueColumn)
        m_draft->setValue(index.row(), text);
    else
        m_draft->setField(index.row(), edited);
    return true;
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case LabelColumn:
        return tr("Input");
    case ValueColumn:
        return tr("Value");
    case NodeIdColumn:
        return tr("Node ID");
    case FieldNameColumn:
        return tr("Field name");
    case NodeNameColumn:
        return tr("Node name");
    case FieldTypeColumn:
        return tr("Type");
    case DescriptionColumn:
        return tr("Description");
    case DescriptionEnColumn:
        return tr("Description (English)");
    case FieldDataColumn:
        return tr("Field data");
    default:
        return {};
    }
}

Qt::ItemFlags NodeTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != LabelColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool NodeTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    for (int i = 0; i < count; ++i)
        m_draft->removeField(row);
    return true;
}

} // namespace rh
