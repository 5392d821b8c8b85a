#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace rh {

/// Writes JSON text in the order the caller gives (QJsonObject would sort the keys) and lets integers be
/// written from their exact digits, so 19-digit ids never pass through a double.
class JsonWriter
{
public:
    enum class Format { Compact, Indented };
    explicit JsonWriter(Format format = Format::Compact);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const QString &name);
    void string(const QString &value);
    /// Writes already valid JSON number text as it is (e.g. "1877265245566922753").
    void rawNumber(const QByteArray &digits);

    QByteArray take() { return std::move(m_out); }

    /// `value` as a quoted JSON string (escapes as QJsonDocument does; UTF-8, not \u-escaped).
    static QByteArray quoted(const QString &value);

private:
    void beforeValue();
    void newline();

    QByteArray m_out;
    Format m_format;
    QVector<bool> m_empty; ///< per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace rh
