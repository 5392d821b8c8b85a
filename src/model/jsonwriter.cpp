#include "model/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rh {

JsonWriter::JsonWriter(Format format)
    : m_format(format)
{}

QByteArray JsonWriter::quoted(const QString &value)
{
    // Let Qt do the escaping: the one-element array is `[<quoted>]`.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

void JsonWriter::newline()
{
    if (m_format == Format::Compact)
        return;
    m_out += '\n';
    m_out += QByteArray(4 * m_empty.size(), ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.isEmpty())
        return;
    if (!m_empty.last())
        m_out += ',';
    m_empty.last() = false;
    newline();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_empty.append(true);
}

void JsonWriter::endObject()
{
    const bool empty = m_empty.takeLast();
    if (!empty)
        newline();
    m_out += '}';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_empty.append(true);
}

void JsonWriter::endArray()
{
    const bool empty = m_empty.takeLast();
    if (!empty)
        newline();
    m_out += ']';
}

void JsonWriter::key(const QString &name)
{
    beforeValue();
    m_out += quoted(name);
    m_out += m_format == Format::Compact ? QByteArrayLiteral(":") : QByteArrayLiteral(": ");
    m_afterKey = true;
}

void JsonWriter::string(const QString &value)
{
    beforeValue();
    m_out += quoted(value);
}

void JsonWriter::rawNumber(const QByteArray &digits)
{
    beforeValue();
    m_out += digits;
}

} // namespace rh
