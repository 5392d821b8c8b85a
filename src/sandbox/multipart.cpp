#include "multipart.h"

namespace rh::sandbox {

namespace {

QByteArray boundaryOf(const QByteArray &contentType)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return {};
    for (const QByteArray &param : contentType.split(';')) {
        const QByteArray trimmed = param.trimmed();
        if (trimmed.toLower().startsWith("boundary=")) {
            QByteArray value = trimmed.mid(9);
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

/// Reads name="…" / filename="…" from a Content-Disposition line.
QString dispositionParam(const QByteArray &line, const QByteArray &key)
{
    const QByteArray needle = key + "=\"";
    int from = 0;
    while ((from = line.indexOf(needle, from)) >= 0) {
        // "name=" must not match the tail of "filename=".
        if (from == 0 || line.at(from - 1) == ' ' || line.at(from - 1) == ';') {
            const int start = from + needle.size();
            const int end = line.indexOf('"', start);
            return end < 0 ? QString() : QString::fromUtf8(line.mid(start, end - start));
        }
        from += needle.size();
    }
    return {};
}

bool parsePart(const QByteArray &raw, FormPart &part)
{
    const int headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    for (const QByteArray &line : raw.left(headerEnd).split('\n')) {
        if (line.trimmed().toLower().startsWith("content-disposition:")) {
            part.name = dispositionParam(line.trimmed(), "name");
            part.fileName = dispositionParam(line.trimmed(), "filename");
        }
    }
    part.data = raw.mid(headerEnd + 4);
    return !part.name.isEmpty();
}

} // namespace

QList<FormPart> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty())
        return {};
    const QByteArray delimiter = "--" + boundary;
    QList<FormPart> parts;
    int pos = body.indexOf(delimiter);
    while (pos >= 0) {
        const int start = pos + delimiter.size();
        if (body.mid(start, 2) == "--")
            break; // closing delimiter
        const int next = body.indexOf("\r\n" + delimiter, start);
        if (next < 0)
            return {};
        FormPart part;
        if (parsePart(body.mid(start + 2, next - start - 2), part))
            parts.append(part);
        pos = next + 2;
    }
    return parts;
}

} // namespace rh::sandbox
