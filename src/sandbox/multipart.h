#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rh::sandbox {

/// One part of a multipart/form-data body.
struct FormPart
{
    QString name;
    QString fileName; ///< empty for plain fields
    QByteArray data;
};

/// Splits a multipart/form-data body using the boundary from contentType. Returns an empty list when the
/// content type has no boundary or the body does not follow it.
QList<FormPart> parseMultipart(const QByteArray &contentType, const QByteArray &body);

} // namespace rh::sandbox
