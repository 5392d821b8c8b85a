#pragma once

#include "batch/sheettable.h"

namespace rh {

/// Collects raw rows from a reader into a SheetTable: skips empty rows, takes the first non-empty one as the
/// header, pads every row to the widest, and enforces SheetLimits. Shared by the CSV and XLSX readers.
class SheetTableBuilder
{
public:
    explicit SheetTableBuilder(const SheetLimits &limits)
        : m_limits(limits)
    {}

    /// False once a cap is exceeded; the reader should stop and return finish(), which reports TooLarge.
    bool addRow(int sourceRow, QStringList cells);
    /// A note on a cell of the row addRow() just kept (ignored when that row was empty).
    void noteOnLastRow(int column, SheetNoteKind kind, const QString &detail);
    SheetReadResult finish();

private:
    SheetLimits m_limits;
    SheetTable m_table;
    bool m_haveHeader = false;
    bool m_lastKept = false;
    qint64 m_cells = 0;
    int m_width = 0;
    QString m_overflow;
};

} // namespace rh
