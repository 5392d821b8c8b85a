#pragma once

#include "model/appinfo.h"
#include "model/fieldspec.h"
#include "model/nodefield.h"
#include "model/runrequest.h"

#include <QHash>
#include <QObject>

namespace rh {

/// An input as RunningHub names it: node and field. State that belongs to an input (an upload under way, the local
/// file behind a fileName) is kept by this key, never by row, so moving a row keeps it.
struct FieldKey
{
    QString nodeId;
    QString fieldName;

    static FieldKey of(const NodeField &field) { return {field.nodeId, field.fieldName}; }
    friend bool operator==(const FieldKey &a, const FieldKey &b)
    {
        return a.nodeId == b.nodeId && a.fieldName == b.fieldName;
    }
    friend bool operator!=(const FieldKey &a, const FieldKey &b) { return !(a == b); }
};

inline size_t qHash(const FieldKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.nodeId, key.fieldName);
}

/// The file behind an IMAGE/VIDEO/AUDIO input and where its upload stands.
struct MediaState
{
    enum class Upload { None, Uploading, Done, Failed };
    Upload upload = Upload::None;
    QString localPath; ///< the user's file on this computer
    QString note;      ///< what to show: name, size, fileName, or why it failed

    bool isEmpty() const { return upload == Upload::None && localPath.isEmpty(); }
};

/// The form's state, in core: which app, the value of each input, the instance type and webhook, and each media
/// input's upload. Loading an app, a preset, "Run again", a drift fix and a batch row all write it the same way,
/// and views (the node table, the form) only show it and edit it. Row structure changes (an app arrives, a row is
/// added, removed or moved) come as aboutToReset/reset; a value or a media change as fieldChanged.
class Draft final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Draft)
public:
    explicit Draft(QObject *parent = nullptr);

    /// The app id the form is about (typed, or the loaded app's); may be a half-typed text.
    QString webappId() const { return m_webappId; }
    /// The app's inputs as loaded; empty nodes when not known (yet).
    const AppInfo &app() const { return m_app; }
    bool hasApp() const { return !m_app.webappId.isEmpty() && m_app.webappId == m_webappId; }
    const NodeFields &fields() const { return m_fields; }
    int rowCount() const { return int(m_fields.size()); }
    const NodeField &field(int row) const { return m_fields.at(row); }
    /// How the row's value is edited (parsed once per distinct fieldType/fieldData).
    const FieldSpec &spec(int row) const;
    QString instanceType() const { return m_instanceType; }
    QString webhookUrl() const { return m_webhookUrl; }

    /// The one way an app's inputs reach the form: the app's own rows, each with the value @p values has for it
    /// (a preset, a history run, the form's values on a reload); inputs of @p values the app does not have are
    /// kept at the end when @p keepStrays (they are then marked by the drift check). Media state of inputs that
    /// remain is kept.
    void setApp(const AppInfo &app, const NodeFields &values = {}, bool keepStrays = true);
    /// The inputs of the app being edited arrived (loaded, reloaded, or found for a request shown before them):
    /// when the rows are this app's, their values stay — for a request with the inputs the app does not have
    /// (marked later), for a reload without; rows of another app give way to the app's defaults.
    void appArrived(const AppInfo &app);
    /// A request shown before its app's inputs are known (or as is): its id, rows and options. The app stays
    /// known when it is the same app.
    void setRequest(const RunRequest &request);
    /// The user typed or pasted another app id: the rows stay until that app's inputs arrive.
    void setWebappId(const QString &webappId);
    void setInstanceType(const QString &instanceType);
    void setWebhookUrl(const QString &webhookUrl);

    void setValue(int row, const QString &value);
    /// Replaces a whole row (hand editing of node id, field name, type …).
    void setField(int row, const NodeField &field);
    int insertField(int row, const NodeField &field = {}); ///< returns the new row
    void removeField(int row);
    bool moveField(int row, int to);

    MediaState media(const FieldKey &key) const { return m_media.value(key); }
    MediaState media(int row) const { return media(FieldKey::of(m_fields.at(row))); }
    void setMedia(const FieldKey &key, const MediaState &state);
    /// Inputs of the current rows whose upload is in this state.
    int countUploads(MediaState::Upload state) const;
    /// Rows of this input (usually one; a hand-duplicated row makes two).
    QList<int> rowsOf(const FieldKey &key) const;

    /// What Run would send: the values normalised the way the server expects them ("2.0" → "2" for a SWITCH).
    RunRequest request() const;

Q_SIGNALS:
    void aboutToReset();
    void reset();
    void fieldChanged(int row);
    void optionsChanged(); ///< webapp id, instance type or webhook URL

private:
    template<typename Change>
    void restructure(Change change);
    void dropMediaOfMissingInputs();

    QString m_webappId;
    QString m_rowsApp; ///< the app the rows were made for (a typed id does not change it)
    AppInfo m_app;
    NodeFields m_fields;
    QString m_instanceType;
    QString m_webhookUrl;
    QHash<FieldKey, MediaState> m_media;
    mutable QHash<QString, FieldSpec> m_specs;
};

} // namespace rh
