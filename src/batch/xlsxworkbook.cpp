#include "batch/xlsxworkbook.h"

#include "batch/xlsxpackage.h"

#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

namespace rh {

namespace {

struct Relationship
{
    QString type; ///< the last segment of the Type URI, e.g. "worksheet", "sharedStrings", "officeDocument"
    QString path; ///< resolved against the source part's folder
};

// A relationship Target is relative to the folder of the part that owns the rels, or absolute from the zip root.
QString resolveTarget(const QString &folder, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(folder.isEmpty() ? target : folder + u'/' + target);
}

SheetError readRelationships(const XlsxPackage &package, const QString &relsPath, const QString &folder,
                             QHash<QString, Relationship> *out, QString *detail)
{
    QByteArray bytes;
    if (const SheetError error = package.read(relsPath, &bytes, detail); error != SheetError::None)
        return error;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString type = attributes.value(QLatin1String("Type")).toString();
        out->insert(attributes.value(QLatin1String("Id")).toString(),
                    Relationship{type.mid(type.lastIndexOf(u'/') + 1),
                                 resolveTarget(folder, attributes.value(QLatin1String("Target")).toString())});
    }
    if (xml.hasError()) {
        *detail = QStringLiteral("%1: %2 at line %3").arg(relsPath, xml.errorString()).arg(xml.lineNumber());
        return SheetError::BadXlsx;
    }
    return SheetError::None;
}

// The r:id of a <sheet>: matched by local name, as strict OOXML files use another namespace URI for it.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return {};
}

QString workbookPath(const XlsxPackage &package)
{
    QHash<QString, Relationship> root;
    QString ignored;
    if (readRelationships(package, QStringLiteral("_rels/.rels"), QString(), &root, &ignored) == SheetError::None) {
        for (const Relationship &relationship : std::as_const(root)) {
            if (relationship.type == u"officeDocument")
                return relationship.path;
        }
    }
    return QStringLiteral("xl/workbook.xml");
}

} // namespace

SheetError readXlsxWorkbook(const XlsxPackage &package, XlsxWorkbook *workbook, QString *detail)
{
    const QString bookPath = workbookPath(package);
    if (!package.contains(bookPath)) {
        *detail = QStringLiteral("no workbook part");
        return SheetError::NotXlsx;
    }
    const int slash = int(bookPath.lastIndexOf(u'/'));
    const QString folder = slash < 0 ? QString() : bookPath.left(slash);
    const QString relsPath = (folder.isEmpty() ? QString() : folder + u'/') + QStringLiteral("_rels/") +
                             bookPath.mid(slash + 1) + QStringLiteral(".rels");
    QHash<QString, Relationship> relationships;
    if (const SheetError error = readRelationships(package, relsPath, folder, &relationships, detail);
        error != SheetError::None)
        return error;
    for (const Relationship &relationship : std::as_const(relationships)) {
        if (relationship.type == u"sharedStrings")
            workbook->sharedStringsPath = relationship.path;
    }
    QByteArray bytes;
    if (const SheetError error = package.read(bookPath, &bytes, detail); error != SheetError::None)
        return error;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"sheet")
            continue;
        const auto found = relationships.constFind(relationshipId(xml.attributes()));
        // A chartsheet or a dangling id has no worksheet part: it is not offered.
        if (found != relationships.constEnd() && found->type == u"worksheet")
            workbook->sheets.append(
                XlsxSheetRef{xml.attributes().value(QLatin1String("name")).toString(), found->path});
    }
    if (xml.hasError()) {
        *detail = QStringLiteral("%1: %2 at line %3").arg(bookPath, xml.errorString()).arg(xml.lineNumber());
        return SheetError::BadXlsx;
    }
    return SheetError::None;
}

} // namespace rh
