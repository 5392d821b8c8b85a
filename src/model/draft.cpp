#include "model/draft.h"

#include "model/nodeinfoparser.h"

namespace rh {

Draft::Draft(QObject *parent)
    : QObject(parent)
{}

template<typename Change>
void Draft::restructure(Change change)
{
    Q_EMIT aboutToReset();
    change();
    dropMediaOfMissingInputs();
    Q_EMIT reset();
}

void Draft::dropMediaOfMissingInputs()
{
    for (auto it = m_media.begin(); it != m_media.end();) {
        if (rowsOf(it.key()).isEmpty())
            it = m_media.erase(it);
        else
            ++it;
    }
}

const FieldSpec &Draft::spec(int row) const
{
    const NodeField &field = m_fields.at(row);
    const QString key = field.fieldType + QLatin1Char('\n') + field.fieldData;
    auto it = m_specs.find(key);
    if (it == m_specs.end())
        it = m_specs.insert(key, FieldSpec::parse(field.fieldType, field.fieldData));
    return *it;
}

void Draft::setApp(const AppInfo &app, const NodeFields &values, bool keepStrays)
{
    restructure([&] {
        if (app.webappId != m_app.webappId)
            m_media.clear(); // another app: nothing of the last one's files applies
        m_app = app;
        m_webappId = app.webappId;
        m_rowsApp = app.webappId;
        m_fields = mergeValues(app.nodes, values, keepStrays);
    });
    Q_EMIT optionsChanged();
}

void Draft::appArrived(const AppInfo &app)
{
    if (m_rowsApp != app.webappId) {
        setApp(app);
        return;
    }
    const bool reload = hasApp();
    setApp(app, m_fields, !reload);
}

void Draft::setRequest(const RunRequest &request)
{
    restructure([&] {
        if (request.webappId != m_webappId)
            m_media.clear();
        m_webappId = request.webappId;
        m_rowsApp = request.webappId;
        m_fields = request.nodes;
        m_instanceType = request.instanceType;
        m_webhookUrl = request.webhookUrl;
    });
    Q_EMIT optionsChanged();
}

void Draft::setWebappId(const QString &webappId)
{
    if (webappId == m_webappId)
        return;
    m_webappId = webappId;
    Q_EMIT optionsChanged();
}

void Draft::setInstanceType(const QString &instanceType)
{
    if (instanceType == m_instanceType)
        return;
    m_instanceType = instanceType;
    Q_EMIT optionsChanged();
}

void Draft::setWebhookUrl(const QString &webhookUrl)
{
    if (webhookUrl == m_webhookUrl)
        return;
    m_webhookUrl = webhookUrl;
    Q_EMIT optionsChanged();
}

void Draft::setValue(int row, const QString &value)
{
    if (row < 0 || row >= m_fields.size() || m_fields.at(row).fieldValue == value)
        return;
    m_fields[row].fieldValue = value;
    // A fileName typed by hand replaces a failed upload: the input no longer blocks Run.
    const FieldKey key = FieldKey::of(m_fields.at(row));
    if (m_media.value(key).upload == MediaState::Upload::Failed)
        m_media.remove(key);
    Q_EMIT fieldChanged(row);
}

void Draft::setField(int row, const NodeField &field)
{
    if (row < 0 || row >= m_fields.size() || m_fields.at(row) == field)
        return;
    if (!m_fields.at(row).sameKey(field)) {
        restructure([&] { m_fields[row] = field; });
        return;
    }
    const QString value = field.fieldValue;
    NodeField changed = field;
    changed.fieldValue = m_fields.at(row).fieldValue;
    m_fields[row] = changed;
    if (value != changed.fieldValue)
        setValue(row, value); // says fieldChanged
    else
        Q_EMIT fieldChanged(row);
}

int Draft::insertField(int row, const NodeField &field)
{
    row = qBound(0, row, int(m_fields.size()));
    restructure([&] { m_fields.insert(row, field); });
    return row;
}

void Draft::removeField(int row)
{
    if (row < 0 || row >= m_fields.size())
        return;
    restructure([&] { m_fields.remove(row); });
}

bool Draft::moveField(int row, int to)
{
    if (row < 0 || row >= m_fields.size() || to < 0 || to >= m_fields.size() || row == to)
        return false;
    restructure([&] { m_fields.move(row, to); });
    return true;
}

void Draft::setMedia(const FieldKey &key, const MediaState &state)
{
    if (state.isEmpty())
        m_media.remove(key);
    else
        m_media.insert(key, state);
    for (int row : rowsOf(key))
        Q_EMIT fieldChanged(row);
}

int Draft::countUploads(MediaState::Upload state) const
{
    int count = 0;
    for (auto it = m_media.cbegin(); it != m_media.cend(); ++it)
        count += it->upload == state ? 1 : 0;
    return count;
}

QList<int> Draft::rowsOf(const FieldKey &key) const
{
    QList<int> rows;
    for (int row = 0; row < m_fields.size(); ++row) {
        if (FieldKey::of(m_fields.at(row)) == key)
            rows.append(row);
    }
    return rows;
}

RunRequest Draft::request() const
{
    RunRequest request;
    request.webappId = m_webappId;
    request.nodes = m_fields;
    for (int row = 0; row < request.nodes.size(); ++row)
        request.nodes[row].fieldValue = spec(row).normaliseValue(request.nodes.at(row).fieldValue);
    request.instanceType = m_instanceType;
    request.webhookUrl = m_webhookUrl;
    return request;
}

} // namespace rh
