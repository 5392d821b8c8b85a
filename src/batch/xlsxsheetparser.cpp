#include "batch/xlsxsheetparser.h"

#include "batch/sheettablebuilder.h"
#include "batch/xlsxcell.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace rh {

namespace {

// Excel writes characters XML cannot hold (a CR, control codes) as _xHHHH_ ("_x000D_"), and a literal "_x" as
// "_x005F_x".
QString unescapeExcelText(QString text)
{
    if (!text.contains(QStringLiteral("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += QChar(char16_t(match.capturedView(1).toUShort(nullptr, 16)));
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

// The text of the current element (<si> or <is>): its <t>, or the <t> of each run <r>; <rPh> is a reading aid.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh")
                xml.skipCurrentElement();
            else if (xml.name() == u"t")
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else
                ++depth;
        }
    }
    return unescapeExcelText(text);
}

struct Cell
{
    int column = -1;
    QString type;  ///< the t attribute: s, inlineStr, str, b, e, d, or "" / n for a number
    QString value; ///< <v>, or the inline string
};

Cell readCell(QXmlStreamReader &xml, int nextColumn)
{
    Cell cell;
    const QXmlStreamAttributes attributes = xml.attributes();
    cell.column = attributes.hasAttribute(QLatin1String("r")) ? xlsxColumnIndex(attributes.value(QLatin1String("r")))
                                                              : nextColumn;
    cell.type = attributes.value(QLatin1String("t")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v")
            cell.value = xml.readElementText();
        else if (xml.name() == u"is")
            cell.value = readRichText(xml);
        else
            xml.skipCurrentElement(); // <f> formula, <extLst>
    }
    return cell;
}

class SheetParser
{
public:
    SheetParser(const QByteArray &xml, const QStringList &shared, const SheetLimits &limits)
        : m_xml(xml)
        , m_shared(shared)
        , m_limits(limits)
        , m_builder(limits)
    {}

    SheetReadResult run()
    {
        while (!m_xml.atEnd() && m_error == SheetError::None) {
            if (m_xml.readNext() == QXmlStreamReader::StartElement && m_xml.name() == u"row")
                readRow();
        }
        if (m_error == SheetError::None && m_xml.hasError())
            fail(SheetError::BadXlsx,
                 QStringLiteral("sheet: %1 at line %2").arg(m_xml.errorString()).arg(m_xml.lineNumber()));
        if (m_error != SheetError::None)
            return SheetReadResult::failure(m_error, m_detail);
        return m_builder.finish();
    }

private:
    void fail(SheetError error, const QString &detail)
    {
        m_error = error;
        m_detail = detail;
    }

    void readRow()
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        const QStringView r = attributes.value(QLatin1String("r"));
        m_row = r.isEmpty() ? m_row + 1 : r.toInt();
        QStringList cells;
        QList<SheetNote> notes;
        while (m_xml.readNextStartElement() && m_error == SheetError::None) {
            if (m_xml.name() != u"c") {
                m_xml.skipCurrentElement();
                continue;
            }
            const Cell cell = readCell(m_xml, int(cells.size()));
            if (cell.column < 0)
                return fail(SheetError::BadXlsx, QStringLiteral("cell reference at row %1").arg(m_row));
            if (cell.column >= m_limits.maxColumns)
                return fail(SheetError::TooLarge, QStringLiteral("cell column at row %1").arg(m_row));
            while (cells.size() <= cell.column)
                cells.append(QString());
            bool lostDigits = false;
            cells[cell.column] = cellText(cell, &lostDigits);
            if (lostDigits)
                notes.append(SheetNote{0, cell.column, SheetNoteKind::NumberIdLostDigits, cell.value});
        }
        if (m_error != SheetError::None)
            return;
        if (!m_builder.addRow(m_row, std::move(cells)))
            return fail(SheetError::TooLarge, QStringLiteral("cells at row %1").arg(m_row));
        for (const SheetNote &note : std::as_const(notes))
            m_builder.noteOnLastRow(note.column, note.kind, note.detail);
    }

    QString cellText(const Cell &cell, bool *lostDigits)
    {
        if (cell.type == u"s") {
            bool ok = false;
            const int index = cell.value.toInt(&ok);
            if (!ok || index < 0 || index >= m_shared.size()) {
                fail(SheetError::BadXlsx, QStringLiteral("shared string %1 at row %2").arg(cell.value).arg(m_row));
                return {};
            }
            return m_shared.at(index);
        }
        if (cell.type == u"b")
            return cell.value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        if (cell.type == u"inlineStr")
            return cell.value;
        if (cell.type == u"str" || cell.type == u"e" || cell.type == u"d")
            return unescapeExcelText(cell.value);
        return cell.value.isEmpty() ? QString() : xlsxNumberText(cell.value, lostDigits);
    }

    QXmlStreamReader m_xml;
    const QStringList &m_shared;
    SheetLimits m_limits;
    SheetTableBuilder m_builder;
    SheetError m_error = SheetError::None;
    QString m_detail;
    int m_row = 0;
};

} // namespace

SheetError readXlsxSharedStrings(const QByteArray &xml, qint64 maxStrings, QStringList *out, QString *detail)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != u"si")
            continue;
        if (out->size() >= maxStrings) {
            *detail = QStringLiteral("shared strings > %1").arg(maxStrings);
            return SheetError::TooLarge;
        }
        out->append(readRichText(reader));
    }
    if (reader.hasError()) {
        *detail = QStringLiteral("shared strings: %1 at line %2").arg(reader.errorString()).arg(reader.lineNumber());
        return SheetError::BadXlsx;
    }
    return SheetError::None;
}

SheetReadResult parseXlsxSheet(const QByteArray &xml, const QStringList &sharedStrings, const SheetLimits &limits)
{
    return SheetParser(xml, sharedStrings, limits).run();
}

} // namespace rh
