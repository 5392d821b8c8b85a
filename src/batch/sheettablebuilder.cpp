#include "batch/sheettablebuilder.h"

#include <algorithm>

namespace rh {

namespace {

bool allEmpty(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.isEmpty(); });
}

void padTo(QStringList &cells, int width)
{
    while (cells.size() < width)
        cells.append(QString());
}

} // namespace

bool SheetTableBuilder::addRow(int sourceRow, QStringList cells)
{
    m_lastKept = false;
    if (!m_overflow.isEmpty())
        return false;
    // Trailing empty cells (a row of ",,,") do not widen the table.
    while (!cells.isEmpty() && cells.constLast().isEmpty())
        cells.removeLast();
    if (cells.isEmpty() || allEmpty(cells))
        return true;
    if (cells.size() > m_limits.maxColumns) {
        m_overflow = QStringLiteral("columns > %1 at row %2").arg(m_limits.maxColumns).arg(sourceRow);
        return false;
    }
    m_cells += cells.size();
    m_width = std::max(m_width, int(cells.size()));
    if (m_cells > m_limits.maxCells || qint64(m_width) * (m_table.rows.size() + 1) > m_limits.maxCells) {
        m_overflow = QStringLiteral("cells > %1 at row %2").arg(m_limits.maxCells).arg(sourceRow);
        return false;
    }
    if (!m_haveHeader) {
        m_haveHeader = true;
        m_table.header = std::move(cells);
    } else {
        m_table.rows.append(SheetRow{sourceRow, std::move(cells)});
    }
    m_lastKept = true;
    return true;
}

void SheetTableBuilder::noteOnLastRow(int column, SheetNoteKind kind, const QString &detail)
{
    if (!m_lastKept)
        return;
    m_table.notes.append(SheetNote{int(m_table.rows.size()) - 1, column, kind, detail});
}

SheetReadResult SheetTableBuilder::finish()
{
    if (!m_overflow.isEmpty())
        return SheetReadResult::failure(SheetError::TooLarge, m_overflow);
    if (!m_haveHeader)
        return SheetReadResult::failure(SheetError::Empty);
    padTo(m_table.header, m_width);
    for (SheetRow &row : m_table.rows)
        padTo(row.cells, m_width);
    SheetReadResult result;
    result.table = std::move(m_table);
    return result;
}

} // namespace rh
